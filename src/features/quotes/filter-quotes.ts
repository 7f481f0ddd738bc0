import { visibleAt, type IndexedModel } from '../../model/index-model';
import type { Model, Position, Quote, QuoteKind, Text } from '../../model/schema';
import { resolveText } from '../../model/text';

/** The filters on the quote list: the global ones (from the view store) and the list's own. */
export type QuoteFilters = {
  issues: readonly string[];
  actors: readonly string[];
  positions: readonly Position[];
  asOf: string | null;
  focus: string | null;
  bloc: string | null;
  kind: QuoteKind | null;
  venue: string | null;
};

export const filterNames = [
  'search',
  'issues',
  'actors',
  'positions',
  'asOf',
  'focus',
  'bloc',
  'kind',
  'venue',
] as const;
export type FilterName = (typeof filterNames)[number];

const membersCache = new WeakMap<Model, Map<string, string[]>>();

/** actor id → the actors that name it in memberOf (any entry, not only the first). */
function membersOf(model: Model): Map<string, string[]> {
  let members = membersCache.get(model);
  if (members) return members;
  members = new Map();
  for (const actor of model.actors)
    for (const parent of actor.memberOf ?? [])
      members.set(parent, [...(members.get(parent) ?? []), actor.id]);
  membersCache.set(model, members);
  return members;
}

/**
 * The actors and everyone who belongs to them, transitively: choosing the United States
 * (in `actors=` or as the focus) shows what Trump, Witkoff and Rubio said too.
 */
export function speakersWithin(model: Model, ids: readonly string[]): Set<string> {
  const members = membersOf(model);
  const out = new Set<string>();
  const stack = [...ids];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(members.get(id) ?? []));
  }
  return out;
}

/** A venue's identity whatever the UI language: its text in the model's first language. */
export const venueKey = (quote: Quote, languages: readonly string[]) =>
  quote.venue === undefined ? '' : resolveText(quote.venue, languages[0] ?? 'en', languages);

/** The filters that are set (the search counts when `searching`). */
export function activeFilters(filters: QuoteFilters, searching: boolean): FilterName[] {
  const set: Record<FilterName, boolean> = {
    search: searching,
    issues: filters.issues.length > 0,
    actors: filters.actors.length > 0,
    positions: filters.positions.length > 0,
    asOf: filters.asOf !== null,
    focus: filters.focus !== null,
    bloc: filters.bloc !== null,
    kind: filters.kind !== null,
    venue: filters.venue !== null,
  };
  return filterNames.filter((name) => set[name]);
}

/**
 * The quotes shown, in `order`: those that pass every filter and, when `mask` is given,
 * match the search (mask[i] = 1). `without` leaves one filter out (to explain an empty list).
 */
export function filterQuotes(
  indexed: IndexedModel,
  order: Int32Array,
  filters: QuoteFilters,
  mask: Uint8Array | null,
  without?: FilterName,
): Quote[] {
  const passing = filteredOrder(indexed, order, filters, without);
  const search = without === 'search' ? null : mask;
  return quotesAt(indexed.model.quotes, shownOrder(passing, search, passing.length));
}

/**
 * `order` narrowed by every filter but the search (and `without`): computed when a filter
 * changes, not on each keystroke. With no filter set it is `order` itself.
 */
export function filteredOrder(
  indexed: IndexedModel,
  order: Int32Array,
  filters: QuoteFilters,
  without?: FilterName,
): Int32Array {
  const { model } = indexed;
  const on = (name: FilterName) => name !== without;
  const issues = on('issues') && filters.issues.length ? new Set(filters.issues) : null;
  const actors =
    on('actors') && filters.actors.length ? speakersWithin(model, filters.actors) : null;
  const focus = on('focus') && filters.focus ? speakersWithin(model, [filters.focus]) : null;
  const positions = on('positions') && filters.positions.length ? new Set(filters.positions) : null;
  const asOf = on('asOf') ? filters.asOf : null;
  const bloc = on('bloc') ? filters.bloc : null;
  const kind = on('kind') ? filters.kind : null;
  const venue = on('venue') ? filters.venue : null;
  if (!issues && !actors && !focus && !positions && !asOf && !bloc && !kind && venue === null)
    return order;
  const languages = model.meta.languages;

  const out = new Int32Array(order.length);
  let n = 0;
  const all = model.quotes;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    const quote = all[i];
    if (!quote) continue;
    if (kind && quote.kind !== kind) continue;
    if (asOf && !visibleAt(quote.date, asOf)) continue;
    if (actors && !actors.has(quote.speaker)) continue;
    if (focus && !focus.has(quote.speaker)) continue;
    if (bloc && indexed.blocOf.get(quote.speaker) !== bloc) continue;
    if (issues && !quote.issues?.some((issue) => issues.has(issue))) continue;
    if (venue !== null && venueKey(quote, languages) !== venue) continue;
    if (
      positions &&
      !indexed.stancesByQuote.get(quote.id)?.some((stance) => positions.has(stance.position))
    )
      continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}

/**
 * The indices of `from` (an order) that the search `mask` keeps, in that order. `from` may be
 * the filtered order or, while typing on, what the shorter query showed (a smaller walk).
 */
export function shownOrder(from: Int32Array, mask: Uint8Array | null, count: number): Int32Array {
  if (!mask) return from;
  const out = new Int32Array(Math.min(count, from.length));
  return out.subarray(0, keepMasked(from, mask, out));
}

/**
 * The walk itself, apart: V8 compiles a long loop while it runs (on-stack replacement), before
 * the code after it has ever run. With `subarray` after the loop in the same function, that
 * compiled loop left the function on every call (Chromium's --trace-deopt: 57 deoptimisations
 * in 58 keystrokes at 50,000 quotes, "insufficient type feedback"); here nothing follows it.
 */
function keepMasked(from: Int32Array, mask: Uint8Array, out: Int32Array): number {
  let n = 0;
  for (let k = 0; k < from.length && n < out.length; k++) {
    const i = from[k] ?? 0;
    if (mask[i]) out[n++] = i;
  }
  return n;
}

/** The quotes at those indices. */
export function quotesAt(all: readonly Quote[], order: Int32Array): Quote[] {
  const out: Quote[] = [];
  for (let k = 0; k < order.length; k++) {
    const quote = all[order[k] ?? -1];
    if (quote) out.push(quote);
  }
  return out;
}

/** For an empty list: each filter that is set, and how many quotes there would be without it. */
export function explainEmpty(
  indexed: IndexedModel,
  order: Int32Array,
  filters: QuoteFilters,
  mask: Uint8Array | null,
): { name: FilterName; without: number }[] {
  return activeFilters(filters, mask !== null).map((name) => ({
    name,
    without: filterQuotes(indexed, order, filters, mask, name).length,
  }));
}

const venuesCache = new WeakMap<Model, { key: string; venue: Text }[]>();

/** The distinct venues of the model's quotes, in model order, for the venue filter. */
export function venueOptions(model: Model): { key: string; venue: Text }[] {
  let options = venuesCache.get(model);
  if (options) return options;
  const byKey = new Map<string, Text>();
  for (const quote of model.quotes) {
    const key = venueKey(quote, model.meta.languages);
    if (quote.venue !== undefined && !byKey.has(key)) byKey.set(key, quote.venue);
  }
  options = [...byKey].map(([key, venue]) => ({ key, venue }));
  venuesCache.set(model, options);
  return options;
}
