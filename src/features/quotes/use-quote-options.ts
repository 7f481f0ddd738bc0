import { create } from 'zustand';
import type { QuoteKind } from '../../model/schema';
import type { QuoteSort } from './sort-quotes';

/** The quote list's own options (not in the URL): its sort and its bloc, kind and venue filters. */
type QuoteOptions = {
  sort: QuoteSort;
  bloc: string | null;
  kind: QuoteKind | null;
  venue: string | null;
  set: (patch: Partial<Omit<QuoteOptions, 'set' | 'clearFilters'>>) => void;
  clearFilters: () => void;
};

export const useQuoteOptions = create<QuoteOptions>()((set) => ({
  sort: 'newest',
  bloc: null,
  kind: null,
  venue: null,
  set: (patch) => set(patch),
  clearFilters: () => set({ bloc: null, kind: null, venue: null }),
}));
