import { useMemo, useSyncExternalStore } from 'react';
import type { IndexedModel } from '../../model/index-model';
import { useViewStore } from '../../state/view-store';
import { filteredOrder, shownOrder, type QuoteFilters } from './filter-quotes';
import type { QuoteSearchIndex, SearchMatch } from './quote-search-index';
import { searchIndexFor } from './search-index-for';
import { quoteOrder } from './sort-quotes';
import { useQuoteOptions } from './use-quote-options';

/** What each search showed, and from which filtered order: typing on narrows the last list. */
const shownBy = new WeakMap<SearchMatch, { passing: Int32Array; order: Int32Array }>();
/** What each index was last asked, so a render that asks the same again is not timed. */
const lastAsked = new WeakMap<
  QuoteSearchIndex,
  { q: string; passing: Int32Array; search: SearchMatch }
>();

/**
 * The search and what passes it, timed as `quotes:filter` (`npm run bench`: "filtering itself")
 * whenever the query, its result or the filtered order changed. Cheap to ask again: the index
 * keeps its last result, and each result its list here, so this runs in every render.
 */
function searchQuotes(
  index: QuoteSearchIndex,
  q: string,
  passing: Int32Array,
): { search: SearchMatch; shown: Int32Array } {
  const started = performance.now();
  const search = index.match(q);
  // The same result as before (a space typed at the end, a re-render): the same list.
  const known = shownBy.get(search);
  let order = known?.order;
  if (!known || known.passing !== passing) {
    const before = search.within && shownBy.get(search.within);
    const from = before?.passing === passing ? before.order : passing;
    order = shownOrder(from, search.mask, search.matches.length);
    shownBy.set(search, { passing, order });
  }
  const asked = lastAsked.get(index);
  if (asked?.q !== q || asked.passing !== passing || asked.search !== search) {
    lastAsked.set(index, { q, passing, search });
    performance.measure('quotes:filter', { start: started, end: performance.now() });
  }
  return { search, shown: order ?? passing };
}

/** The quotes shown (indices into the model's quotes, in order): the view store's filters and search plus the list's own options. */
export function useQuoteResults(indexed: IndexedModel) {
  const q = useViewStore((s) => s.q);
  const lang = useViewStore((s) => s.lang);
  const issues = useViewStore((s) => s.issues);
  const actors = useViewStore((s) => s.actors);
  const positions = useViewStore((s) => s.positions);
  const asOf = useViewStore((s) => s.asOf);
  const focus = useViewStore((s) => s.focus);
  const sort = useQuoteOptions((s) => s.sort);
  const bloc = useQuoteOptions((s) => s.bloc);
  const kind = useQuoteOptions((s) => s.kind);
  const venue = useQuoteOptions((s) => s.venue);

  const index = searchIndexFor(indexed.model);
  // Re-render when the same query may match more: the Chinese dictionary has arrived.
  useSyncExternalStore(index.subscribe, index.getVersion, index.getVersion);
  const order = useMemo(() => quoteOrder(indexed, sort, lang), [indexed, sort, lang]);
  const filters: QuoteFilters = useMemo(
    () => ({ issues, actors, positions, asOf, focus, bloc, kind, venue }),
    [issues, actors, positions, asOf, focus, bloc, kind, venue],
  );
  // The filters other than the search change rarely: narrow the order once per change, so a
  // keystroke only runs the search and walks what passed.
  const passing = useMemo(() => filteredOrder(indexed, order, filters), [indexed, order, filters]);
  const { search, shown } = searchQuotes(index, q, passing);
  return { shown, search, filters, order, lang, retryChinese: index.retryChinese };
}
