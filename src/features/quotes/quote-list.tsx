import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { IndexedModel } from '../../model/index-model';
import type { Quote } from '../../model/schema';
import { QuoteItem } from './quote-item';
import type { SearchMatch } from './quote-search-index';

type Props = {
  indexed: IndexedModel;
  quotes: readonly Quote[];
  lang: string;
  search: SearchMatch;
  onCopy: (quote: Quote) => void;
};

/** The quotes, virtualised: only the rows in view (and a few around) are in the page. */
export function QuoteList({ indexed, quotes, lang, search, onCopy }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component on scroll; no memoised child depends on its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: quotes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 190,
    overscan: 4,
    getItemKey: (i) => quotes[i]?.id ?? i,
  });
  // A new result starts at its top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [quotes]);
  return (
    <div ref={scrollRef} className="quotes-scroll" tabIndex={0}>
      <ul
        aria-label={t('quotes.list')}
        className="quotes-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const quote = quotes[row.index];
          if (!quote) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              data-id={quote.id}
              aria-setsize={quotes.length}
              aria-posinset={row.index + 1}
              className="quotes-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <QuoteItem
                indexed={indexed}
                quote={quote}
                lang={lang}
                folded={search.folded}
                fold={search.fold}
                onCopy={onCopy}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
