import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';
import type { IndexedModel } from '../../model/index-model';
import type { Quote } from '../../model/schema';
import { QuoteItem } from './quote-item';
import { quoteLabels } from './quote-labels';
import type { SearchMatch } from './quote-search-index';

type Props = {
  indexed: IndexedModel;
  /** Indices into the model's quotes, in the order shown. */
  shown: Int32Array;
  lang: string;
  search: SearchMatch;
  onCopy: (quote: Quote) => void;
};

const ESTIMATE = 190;
/** The scroller's CSS height on a wide screen: the first frame fills it before any measurement. */
const INITIAL_RECT = { width: 0, height: 560 };

/**
 * The scroller's size from a ResizeObserver only. The library's default reads it on mount,
 * which forces the layout of the whole page inside React's commit.
 */
const observeRect: VirtualizerOptions<HTMLDivElement, HTMLLIElement>['observeElementRect'] = (
  instance,
  report,
) => {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.contentBoxSize[0];
    if (box) report({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
};

/**
 * A row's height as its ResizeObserver entry reports it (after layout, before paint). A row
 * just mounted keeps what its place measured before, or the estimate, until its entry comes:
 * reading offsetHeight there would force a layout in the middle of a keystroke.
 */
const measureRow = (
  element: HTMLLIElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, HTMLLIElement>,
) => {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.measurementsCache[index]?.size ?? ESTIMATE;
};

/**
 * The quotes, virtualised: only the rows in view (and a few around) are in the page. The rows
 * stay in normal flow between two paddings that stand for the rows above and below, so a new
 * result is laid out right on its first frame whatever the rows' heights, and adding rows adds
 * no compositing layers (no per-row transform). Rows are keyed by their place in the list: a
 * keystroke rewrites the words in the rows already there instead of replacing them.
 */
export function QuoteList({ indexed, shown, lang, search, onCopy }: Props) {
  const all = indexed.model.quotes;
  const { t } = useTranslation();
  const labels = useMemo(() => quoteLabels(t), [t]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component on scroll; no memoised child depends on its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATE,
    overscan: 4,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRect,
    measureElement: measureRow,
    // Sizes are remembered by place (the default key), not by quote: a keystroke then
    // rebuilds the offsets without a string lookup per quote.
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
              key={row.key}
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
                labels={labels}
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
