import { useMemo, useSyncExternalStore } from 'react';
import type { IndexedModel } from '../../model/index-model';
import { useViewStore } from '../../state/view-store';
import { filterQuotes, type QuoteFilters } from './filter-quotes';
import { searchIndexFor } from './search-index-for';
import { quoteOrder } from './sort-quotes';
import { useQuoteOptions } from './use-quote-options';

/** The quotes shown: the view store's filters and search plus the list's own options. */
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
  useSyncExternalStore(index.subscribe, index.getVersion);
  const search = index.match(q);
  const order = useMemo(() => quoteOrder(indexed, sort, lang), [indexed, sort, lang]);
  const filters: QuoteFilters = useMemo(
    () => ({ issues, actors, positions, asOf, focus, bloc, kind, venue }),
    [issues, actors, positions, asOf, focus, bloc, kind, venue],
  );
  const quotes = useMemo(
    () => filterQuotes(indexed, order, filters, search.mask),
    [indexed, order, filters, search.mask],
  );
  return { quotes, search, filters, order, lang };
}
