import type { IndexedModel } from '../../model/index-model';
import type { Model } from '../../model/schema';
import { resolveText } from '../../model/text';

export const quoteSorts = ['newest', 'oldest', 'speaker'] as const;
export type QuoteSort = (typeof quoteSorts)[number];

const cache = new WeakMap<Model, Map<string, Int32Array>>();

/** Quote indices (model order) as numbers that sort like their dates; undated gets -1. */
function dateRanks(model: Model): Int32Array {
  const dates = [...new Set(model.quotes.map((q) => q.date).filter((d) => d !== undefined))].sort();
  const rank = new Map(dates.map((date, i) => [date, i]));
  return Int32Array.from(model.quotes, (q) =>
    q.date === undefined ? -1 : (rank.get(q.date) ?? -1),
  );
}

/**
 * The order of the quotes (indices into model.quotes) for a sort, computed once per model,
 * sort and language, so filtering walks a ready order instead of sorting on every keystroke.
 * Newest first puts undated quotes last; oldest first puts them first; ties keep model order.
 * By speaker: by the speaker's name in the UI language, then newest first.
 */
export function quoteOrder(indexed: IndexedModel, sort: QuoteSort, lang: string): Int32Array {
  const { model } = indexed;
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  const key = sort === 'speaker' ? `${sort}|${lang}` : sort;
  const cached = perModel.get(key);
  if (cached) return cached;

  const dates = dateRanks(model);
  const order = Int32Array.from(model.quotes, (_, i) => i);
  const newest = (a: number, b: number) => (dates[b] ?? -1) - (dates[a] ?? -1) || a - b;
  if (sort === 'newest') order.sort(newest);
  else if (sort === 'oldest') order.sort((a, b) => (dates[a] ?? -1) - (dates[b] ?? -1) || a - b);
  else {
    const collator = new Intl.Collator(lang);
    const languages = model.meta.languages;
    const names = [...model.actors]
      .map((actor) => ({ id: actor.id, name: resolveText(actor.name, lang, languages) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const rank = new Map(names.map((actor, i) => [actor.id, i]));
    const speaker = Int32Array.from(model.quotes, (q) => rank.get(q.speaker) ?? names.length);
    order.sort((a, b) => (speaker[a] ?? 0) - (speaker[b] ?? 0) || newest(a, b));
  }
  perModel.set(key, order);
  return order;
}
