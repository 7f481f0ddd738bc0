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

/** The search and what passes it, timed as `quotes:filter` (`npm run bench`: "filtering itself"). */
function searchQuotes(
  index: QuoteSearchIndex,
  q: string,
  passing: Int32Array,
): { search: SearchMatch; shown: Int32Array } {
  const started = performance.now();
  const search = index.match(q);
  // The same result as before (a space typed at the end): the same list, nothing to walk.
  const known = shownBy.get(search);
  const before = search.within && shownBy.get(search.within);
  const from = before?.passing === passing ? before.order : passing;
  const order =
    known?.passing === passing ? known.order : shownOrder(from, search.mask, search.matches.length);
  shownBy.set(search, { passing, order });
  performance.measure('quotes:filter', { start: started, end: performance.now() });
  return { search, shown: order };
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
  // Re-render when folding moves on: results grow from exact-script to both-script matches.
  const version = useSyncExternalStore(index.subscribe, index.getVersion, index.getVersion);
  const order = useMemo(() => quoteOrder(indexed, sort, lang), [indexed, sort, lang]);
  const filters: QuoteFilters = useMemo(
    () => ({ issues, actors, positions, asOf, focus, bloc, kind, venue }),
    [issues, actors, positions, asOf, focus, bloc, kind, venue],
  );
  // The filters other than the search change rarely: narrow the order once per change, so a
  // keystroke only runs the search and walks what passed.
  const passing = useMemo(() => filteredOrder(indexed, order, filters), [indexed, order, filters]);
  const { search, shown } = useMemo(
    () => searchQuotes(index, q, passing),
    // `version` changes when the index has folded more text: the same query may match more.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, q, version, indexed, passing],
  );
  return { shown, search, filters, order, lang };
}
