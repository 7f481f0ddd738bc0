import {
  COLOR_PATTERN,
  ID_PATTERN,
  LANGUAGE_TAG,
  actorKinds,
  isRealDate,
  panels,
  positions,
  quoteKinds,
  relationTypes,
  type CollectionName,
  hasVisibleText,
} from './schema';

/**
 * A fast, hand-written acceptance test for each collection's records, run before zod.
 *
 * `quickAccepts[name](record)` is true only when the record's zod schema accepts it AND zod's
 * output would equal the record itself (no unknown key to strip, nothing to copy; symbol keys,
 * which JSON cannot hold and nothing reads, aside). Then the validator keeps the record as it
 * is, without running zod. Anything else — an invalid record, an unknown key, an object that is
 * not plain, an `undefined` value — answers false, and zod, the only source of types and
 * messages, decides (and names the problems). quick-accept.test.ts checks that the two agree
 * on valid, mutated and random records.
 */

type Check = (value: unknown) => boolean;

const isId: Check = (value) => typeof value === 'string' && ID_PATTERN.test(value);
const isLanguageTag: Check = (value) => typeof value === 'string' && LANGUAGE_TAG.test(value);
const isDate: Check = (value) => typeof value === 'string' && isRealDate(value);
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isNonEmpty = (value: unknown) => typeof value === 'string' && hasVisibleText(value);
const isColor: Check = (value) => typeof value === 'string' && COLOR_PATTERN.test(value);

/**
 * A plain object (JSON's kind), whose own keys are the ones `for…in` lists. Symbol keys (which
 * JSON cannot hold) do not matter to zod's objects, which read their fields by name; zod's
 * records do see them, so text maps check for them.
 */
const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (value) => set.has(value);
};

const listOf =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
    // A named property on an array (not from JSON) would not survive zod's copy.
    if (Object.keys(value).length !== value.length) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };

const isIds = listOf(isId);

/** Text: a non-empty string, or a non-empty map of language tag → non-empty string. */
const isText: Check = (value) => {
  if (typeof value === 'string') return hasVisibleText(value);
  if (!isPlain(value) || Object.getOwnPropertySymbols(value).length > 0) return false;
  let entries = 0;
  for (const key in value) {
    if (!LANGUAGE_TAG.test(key) || !isNonEmpty(value[key])) return false;
    entries++;
  }
  return entries > 0;
};

/** A present field that fails its check (an absent one, `undefined`, is for the key count). */
const bad = (check: Check, value: unknown) => value !== undefined && !check(value);
const has = (value: unknown) => (value === undefined ? 0 : 1);

/**
 * Every enumerable key is a field of the schema, and there are as many as the fields read
 * present: no key for zod to strip, and no present field hidden from enumeration.
 */
function keysAre(value: object, known: ReadonlySet<string>, present: number): boolean {
  let keys = 0;
  for (const key in value) {
    if (!known.has(key)) return false;
    keys++;
  }
  return keys === present;
}

// Fields are read by name, as zod reads them (`value[key]`): what is checked is what zod sees.
type Fields<K extends string> = Partial<Record<K, unknown>>;
const isActorKind = oneOf(actorKinds);
const isRelationType = oneOf(relationTypes);
const isPosition = oneOf(positions);
const isQuoteKind = oneOf(quoteKinds);
const isPanel = oneOf(panels);
const isPositions = listOf(isPosition);

const POINT_KEYS = new Set(['x', 'y']);
const isPoint: Check = (value) => {
  if (!isPlain(value)) return false;
  const { x, y } = value as Fields<'x' | 'y'>;
  return isNumber(x) && isNumber(y) && keysAre(value, POINT_KEYS, 2);
};

const ACTOR_KEYS = new Set([
  'id',
  'name',
  'kind',
  'memberOf',
  'role',
  'description',
  'color',
  'position',
]);
const actor: Check = (value) => {
  if (!isPlain(value)) return false;
  const { id, name, kind, memberOf, role, description, color, position } = value as Fields<
    'id' | 'name' | 'kind' | 'memberOf' | 'role' | 'description' | 'color' | 'position'
  >;
  if (!isId(id) || !isText(name) || !isActorKind(kind)) return false;
  if (bad(isIds, memberOf) || bad(isText, role) || bad(isText, description)) return false;
  if (bad(isColor, color) || bad(isPoint, position)) return false;
  const present = 3 + has(memberOf) + has(role) + has(description) + has(color) + has(position);
  return keysAre(value, ACTOR_KEYS, present);
};

const ISSUE_KEYS = new Set(['id', 'name', 'description']);
const issue: Check = (value) => {
  if (!isPlain(value)) return false;
  const { id, name, description } = value as Fields<'id' | 'name' | 'description'>;
  if (!isId(id) || !isText(name) || bad(isText, description)) return false;
  return keysAre(value, ISSUE_KEYS, 2 + has(description));
};

const RELATION_KEYS = new Set([
  'id',
  'source',
  'target',
  'type',
  'label',
  'issues',
  'date',
  'evidence',
]);
const relation: Check = (value) => {
  if (!isPlain(value)) return false;
  const { id, source, target, type, label, issues, date, evidence } = value as Fields<
    'id' | 'source' | 'target' | 'type' | 'label' | 'issues' | 'date' | 'evidence'
  >;
  if (!isId(id) || !isId(source) || !isId(target) || !isRelationType(type)) return false;
  if (bad(isText, label) || bad(isIds, issues) || bad(isDate, date) || bad(isIds, evidence))
    return false;
  const present = 4 + has(label) + has(issues) + has(date) + has(evidence);
  return keysAre(value, RELATION_KEYS, present);
};

const STANCE_KEYS = new Set([
  'id',
  'actor',
  'issue',
  'position',
  'summary',
  'date',
  'reportedBy',
  'evidence',
]);
const stance: Check = (value) => {
  if (!isPlain(value)) return false;
  const { id, actor, issue, position, summary, date, reportedBy, evidence } = value as Fields<
    'id' | 'actor' | 'issue' | 'position' | 'summary' | 'date' | 'reportedBy' | 'evidence'
  >;
  if (!isId(id) || !isId(actor) || !isId(issue) || !isPosition(position) || !isText(summary))
    return false;
  if (bad(isDate, date) || bad(isId, reportedBy) || bad(isIds, evidence)) return false;
  return keysAre(value, STANCE_KEYS, 5 + has(date) + has(reportedBy) + has(evidence));
};

const QUOTE_KEYS = new Set([
  'id',
  'speaker',
  'text',
  'original',
  'kind',
  'date',
  'venue',
  'source',
  'locator',
  'issues',
]);
const quote: Check = (value) => {
  if (!isPlain(value)) return false;
  const { id, speaker, text, original, kind, date, venue, source, locator, issues } =
    value as Fields<
      | 'id'
      | 'speaker'
      | 'text'
      | 'original'
      | 'kind'
      | 'date'
      | 'venue'
      | 'source'
      | 'locator'
      | 'issues'
    >;
  if (!isId(id) || !isId(speaker) || !isText(text) || !isQuoteKind(kind)) return false;
  if (bad(isLanguageTag, original) || bad(isDate, date) || bad(isText, venue)) return false;
  if (bad(isId, source) || bad(isString, locator) || bad(isIds, issues)) return false;
  const present =
    4 + has(original) + has(date) + has(venue) + has(source) + has(locator) + has(issues);
  return keysAre(value, QUOTE_KEYS, present);
};

const EVENT_KEYS = new Set(['id', 'date', 'title', 'description', 'actors', 'issues', 'evidence']);
const event: Check = (value) => {
  if (!isPlain(value)) return false;
  const { id, date, title, description, actors, issues, evidence } = value as Fields<
    'id' | 'date' | 'title' | 'description' | 'actors' | 'issues' | 'evidence'
  >;
  if (!isId(id) || !isDate(date) || !isText(title)) return false;
  if (bad(isText, description) || bad(isIds, actors) || bad(isIds, issues)) return false;
  if (bad(isIds, evidence)) return false;
  const present = 3 + has(description) + has(actors) + has(issues) + has(evidence);
  return keysAre(value, EVENT_KEYS, present);
};

const VIEW_STATE_KEYS = new Set([
  'issues',
  'actors',
  'positions',
  'asOf',
  'focus',
  'search',
  'panel',
]);
const isViewState: Check = (value) => {
  if (!isPlain(value)) return false;
  const { issues, actors, positions, asOf, focus, search, panel } = value as Fields<
    'issues' | 'actors' | 'positions' | 'asOf' | 'focus' | 'search' | 'panel'
  >;
  if (bad(isIds, issues) || bad(isIds, actors) || bad(isPositions, positions)) return false;
  if (bad(isDate, asOf) || bad(isId, focus) || bad(isString, search) || bad(isPanel, panel))
    return false;
  const present =
    has(issues) + has(actors) + has(positions) + has(asOf) + has(focus) + has(search) + has(panel);
  return keysAre(value, VIEW_STATE_KEYS, present);
};

const VIEW_KEYS = new Set(['id', 'title', 'notes', 'state']);
const view: Check = (value) => {
  if (!isPlain(value)) return false;
  const { id, title, notes, state } = value as Fields<'id' | 'title' | 'notes' | 'state'>;
  if (!isId(id) || !isText(title) || bad(isText, notes) || !isViewState(state)) return false;
  return keysAre(value, VIEW_KEYS, 3 + has(notes));
};

export const quickAccepts: Record<CollectionName, Check> = {
  actors: actor,
  issues: issue,
  relations: relation,
  stances: stance,
  quotes: quote,
  events: event,
  views: view,
};
