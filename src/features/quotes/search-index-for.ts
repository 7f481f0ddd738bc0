import type { Model } from '../../model/schema';
import { QuoteSearchIndex } from './quote-search-index';

const indexes = new WeakMap<Model, QuoteSearchIndex>();

/** One search index per model, started (case folding in slices) when first asked for. */
export function searchIndexFor(model: Model): QuoteSearchIndex {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = new QuoteSearchIndex(model)));
  return index;
}
