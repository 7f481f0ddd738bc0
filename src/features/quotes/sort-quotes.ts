import type { IndexedModel } from '../../model/index-model';
import type { Model } from '../../model/schema';
import { resolveText } from '../../model/text';

export const quoteSorts = ['newest', 'oldest', 'speaker'] as const;
export type QuoteSort = (typeof quoteSorts)[number];

const cache = new WeakMap<Model, Map<string, Int32Array>>();

/** Each quote's date as a number that sorts like it (undated: -1), and how many dates there are. */
function dateRanks(model: Model): { ranks: Int32Array; dates: number } {
  const { quotes } = model;
  // One pass: each distinct date gets a number as met, then the numbers are put in date order.
  const met = new Map<string, number>();
  const ranks = new Int32Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) {
    const date = quotes[i]?.date;
    if (date === undefined) ranks[i] = -1;
    else {
      let id = met.get(date);
      if (id === undefined) met.set(date, (id = met.size));
      ranks[i] = id;
    }
  }
  const dates = [...met.keys()];
  const byDate = dates
    .map((_, id) => id)
    .sort((a, b) => ((dates[a] ?? '') < (dates[b] ?? '') ? -1 : 1));
  const rankOf = new Int32Array(dates.length);
  byDate.forEach((id, rank) => (rankOf[id] = rank));
  for (let i = 0; i < ranks.length; i++) {
    const id = ranks[i] ?? -1;
    if (id >= 0) ranks[i] = rankOf[id] ?? -1;
  }
  return { ranks, dates: dates.length };
}

/**
 * Indices 0..n-1 ordered by key(i), ties in index order: one number per quote,
 * key(i) * n + i, sorted by the typed array's own numeric sort (no comparator called
 * 800,000 times for 50,000 quotes). Keys are whole numbers from 0 to `most`.
 */
function orderBy(n: number, key: (i: number) => number, most: number): Int32Array {
  if ((most + 1) * n > Number.MAX_SAFE_INTEGER)
    return Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
  const keyed = new Float64Array(n);
  for (let i = 0; i < n; i++) keyed[i] = key(i) * n + i;
  keyed.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = (keyed[k] ?? 0) % n;
  return order;
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

  const n = model.quotes.length;
  const { ranks, dates } = dateRanks(model);
  // Newest first: the latest date is 0, undated (-1) last.
  const newest = (i: number) => dates - 1 - (ranks[i] ?? -1);
  let order: Int32Array;
  if (sort === 'newest') order = orderBy(n, newest, dates);
  else if (sort === 'oldest') order = orderBy(n, (i) => (ranks[i] ?? -1) + 1, dates);
  else {
    const collator = new Intl.Collator(lang);
    const languages = model.meta.languages;
    const names = [...model.actors]
      .map((actor) => ({ id: actor.id, name: resolveText(actor.name, lang, languages) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const rank = new Map(names.map((actor, i) => [actor.id, i]));
    const speaker = Int32Array.from(model.quotes, (q) => rank.get(q.speaker) ?? names.length);
    const most = (names.length + 1) * (dates + 1) - 1;
    order = orderBy(n, (i) => (speaker[i] ?? 0) * (dates + 1) + newest(i), most);
  }
  perModel.set(key, order);
  return order;
}
