import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { IndexedModel } from '../../model/index-model';
import type { Quote } from '../../model/schema';
import { QuoteItem } from './quote-item';
import type { SearchMatch } from './quote-search-index';

type Props = {
  indexed: IndexedModel;
  /** Indices into the model's quotes, in the order shown. */
  shown: Int32Array;
  lang: string;
  search: SearchMatch;
  onCopy: (quote: Quote) => void;
};

/**
 * The quotes, virtualised: only the rows in view (and a few around) are in the page. The rows
 * stay in normal flow between two paddings that stand for the rows above and below, so a new
 * result is laid out right on its first frame whatever the rows' heights, and adding rows adds
 * no compositing layers (no per-row transform): a keystroke repaints only the list.
 */
export function QuoteList({ indexed, shown, lang, search, onCopy }: Props) {
  const all = indexed.model.quotes;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component on scroll; no memoised child depends on its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 190,
    overscan: 4,
    // Sizes are remembered by position (the default key), not by quote: a keystroke then
    // rebuilds the offsets without a string lookup per quote, and rows in normal flow are
    // placed right whatever the remembered sizes say.
  });
  // A new result starts at its top (no scroll, and no forced layout, when it is there already).
  useEffect(() => {
    if (virtualizer.scrollOffset) scrollRef.current?.scrollTo({ top: 0 });
  }, [shown, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return (
    <div ref={scrollRef} className="quotes-scroll" tabIndex={0}>
      <ul
        aria-label={t('quotes.list')}
        className="quotes-list"
        style={{ paddingTop: before, paddingBottom: Math.max(0, after) }}
      >
        {rows.map((row) => {
          const quote = all[shown[row.index] ?? -1];
          if (!quote) return null;
          return (
            <li
              key={quote.id}
              ref={virtualizer.measureElement}
              data-index={row.index}
              data-id={quote.id}
              aria-setsize={shown.length}
              aria-posinset={row.index + 1}
              className="quotes-row"
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
