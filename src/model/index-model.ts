import type { Actor, Issue, Model, ModelEvent, Quote, Relation, Stance, View } from './schema';

/** Lookups built once per model, shared by every selector. */
export type IndexedModel = {
  model: Model;
  actorsById: Map<string, Actor>;
  issuesById: Map<string, Issue>;
  quotesById: Map<string, Quote>;
  relationsById: Map<string, Relation>;
  stancesById: Map<string, Stance>;
  eventsById: Map<string, ModelEvent>;
  viewsById: Map<string, View>;
  /** actor id → the top of its first-memberOf chain (itself when it belongs to nothing). */
  blocOf: Map<string, string>;
  /** bloc ids in model order. */
  blocs: string[];
  /** actor id → the actors whose first memberOf is it. */
  childrenOf: Map<string, string[]>;
  /** actor id → its colour: its own, else the nearest ancestor's (first memberOf chain). */
  colorOf: Map<string, string>;
  /** `${actor}|${issue}` → that actor's stances on that issue, oldest first (undated first). */
  stancesByCell: Map<string, Stance[]>;
  /** quote id → the stances citing it as evidence. */
  stancesByQuote: Map<string, Stance[]>;
  /** actor id → relations with that actor at either end. */
  relationsByActor: Map<string, Relation[]>;
};

export const NEUTRAL_COLOR = '#6b7280';

export const cellKey = (actor: string, issue: string) => `${actor}|${issue}`;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;
const ZONED = /(?:Z|[+-]\d{2}:\d{2})$/;
/** A date and time as an instant (no zone given: read as UTC, the same on every machine). */
const instant = (value: string) => Date.parse(ZONED.test(value) ? value : `${value}Z`);

/**
 * Dates compare as strings (YYYY-MM-DD…), code unit by code unit: ISO dates need no collation,
 * and the page's first `localeCompare` would set up a locale collator just to sort them. Two
 * dates with times compare as instants first. Undated records sort first.
 */
export const compareDates = (a: string | undefined, b: string | undefined) => {
  const x = a ?? '';
  const y = b ?? '';
  // Two times in different zones are ordered as instants: 23:00-05:00 comes after 01:00Z.
  if (DATE_TIME.test(x) && DATE_TIME.test(y)) {
    const delta = instant(x) - instant(y);
    if (delta) return delta < 0 ? -1 : 1;
  }
  return x < y ? -1 : x > y ? 1 : 0;
};

const cache = new WeakMap<Model, IndexedModel>();

export function indexModel(model: Model): IndexedModel {
  const cached = cache.get(model);
  if (cached) return cached;
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((item) => [item.id, item]));
  const actorsById = byId(model.actors);

  const chainTop = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      seen.add(current);
      const parent = actorsById.get(current)?.memberOf?.[0];
      if (parent === undefined || seen.has(parent) || !actorsById.has(parent)) return current;
      current = parent;
    }
  };
  const colorFor = (id: string): string => {
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const actor = actorsById.get(current);
      if (actor?.color) return actor.color;
      current = actor?.memberOf?.[0];
    }
    return NEUTRAL_COLOR;
  };

  const blocOf = new Map<string, string>();
  const colorOf = new Map<string, string>();
  const childrenOf = new Map<string, string[]>();
  const blocSet = new Set<string>();
  for (const actor of model.actors) {
    const bloc = chainTop(actor.id);
    blocOf.set(actor.id, bloc);
    blocSet.add(bloc);
    colorOf.set(actor.id, colorFor(actor.id));
    const parent = actor.memberOf?.[0];
    if (parent !== undefined && actorsById.has(parent)) push(childrenOf, parent, actor.id);
  }

  const stancesByCell = new Map<string, Stance[]>();
  const stancesByQuote = new Map<string, Stance[]>();
  const sorted = [...model.stances].sort((a, b) => compareDates(a.date, b.date));
  for (const stance of sorted) {
    push(stancesByCell, cellKey(stance.actor, stance.issue), stance);
    for (const quote of stance.evidence ?? []) push(stancesByQuote, quote, stance);
  }
  const relationsByActor = new Map<string, Relation[]>();
  for (const relation of model.relations) {
    push(relationsByActor, relation.source, relation);
    push(relationsByActor, relation.target, relation);
  }

  let quotesById: Map<string, Quote> | undefined;
  const indexed: IndexedModel = {
    model,
    actorsById,
    issuesById: byId(model.issues),
    // Built when first asked for (Details): a model may hold 100,000 quotes.
    get quotesById() {
      return (quotesById ??= byId(model.quotes));
    },
    relationsById: byId(model.relations),
    stancesById: byId(model.stances),
    eventsById: byId(model.events),
    viewsById: byId(model.views),
    blocOf,
    blocs: model.actors.filter((a) => blocSet.has(a.id)).map((a) => a.id),
    childrenOf,
    colorOf,
    stancesByCell,
    stancesByQuote,
    relationsByActor,
  };
  cache.set(model, indexed);
  return indexed;
}

/** Whether a dated record is visible at `asOf` (undated records always are). */
export const visibleAt = (recordDate: string | undefined, asOf: string | null | undefined) =>
  !asOf || recordDate === undefined || recordDate.slice(0, 10) <= asOf.slice(0, 10);
