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
} from './schema';

/**
 * A fast, hand-written acceptance test for each collection's records, run before zod.
 *
 * `quickAccepts[name](record)` is true only when the record's zod schema accepts it AND zod's
 * output would equal the record itself (no unknown key to strip, nothing to copy). Then the
 * validator keeps the record as it is, without running zod. Anything else — an invalid record,
 * an unknown key, an object that is not plain, a symbol key, an `undefined` value — answers
 * false, and zod, the only source of types and messages, decides (and names the problems).
 * validate.quick.test.ts checks the two agree on random and mutated records.
 */

type Check = (value: unknown) => boolean;

const isId: Check = (value) => typeof value === 'string' && ID_PATTERN.test(value);
const isLanguageTag: Check = (value) => typeof value === 'string' && LANGUAGE_TAG.test(value);
const isDate: Check = (value) => typeof value === 'string' && isRealDate(value);
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isNonEmpty = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const isColor: Check = (value) => typeof value === 'string' && COLOR_PATTERN.test(value);

/** A plain object (JSON's kind), whose own keys are the ones `for…in` lists. */
const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  Object.getPrototypeOf(value) === Object.prototype &&
  Object.getOwnPropertySymbols(value).length === 0;

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
  if (typeof value === 'string') return value.trim().length > 0;
  if (!isPlain(value)) return false;
  let entries = 0;
  for (const key in value) {
    if (!LANGUAGE_TAG.test(key) || !isNonEmpty(value[key])) return false;
    entries++;
  }
  return entries > 0;
};

type Field = { check: Check; required: boolean };
const req = (check: Check): Field => ({ check, required: true });
const opt = (check: Check): Field => ({ check, required: false });

/**
 * An object of these fields and no other key. Reads each field as zod does (`value[key]`), so
 * what it checks is what zod would see; then every enumerable key must be one that was present.
 */
const objectOf = (shape: Record<string, Field>): Check => {
  const fields = Object.entries(shape);
  const known = new Set(Object.keys(shape));
  return (value) => {
    if (!isPlain(value)) return false;
    let present = 0;
    for (const [key, field] of fields) {
      const item = value[key];
      if (item === undefined) {
        if (field.required) return false;
      } else if (field.check(item)) present++;
      else return false;
    }
    let keys = 0;
    for (const key in value) {
      if (!known.has(key)) return false;
      keys++;
    }
    return keys === present;
  };
};

const viewState = objectOf({
  issues: opt(isIds),
  actors: opt(isIds),
  positions: opt(listOf(oneOf(positions))),
  asOf: opt(isDate),
  focus: opt(isId),
  search: opt(isString),
  panel: opt(oneOf(panels)),
});

export const quickAccepts: Record<CollectionName, Check> = {
  actors: objectOf({
    id: req(isId),
    name: req(isText),
    kind: req(oneOf(actorKinds)),
    memberOf: opt(isIds),
    role: opt(isText),
    description: opt(isText),
    color: opt(isColor),
    position: opt(objectOf({ x: req(isNumber), y: req(isNumber) })),
  }),
  issues: objectOf({ id: req(isId), name: req(isText), description: opt(isText) }),
  relations: objectOf({
    id: req(isId),
    source: req(isId),
    target: req(isId),
    type: req(oneOf(relationTypes)),
    label: opt(isText),
    issues: opt(isIds),
    date: opt(isDate),
    evidence: opt(isIds),
  }),
  stances: objectOf({
    id: req(isId),
    actor: req(isId),
    issue: req(isId),
    position: req(oneOf(positions)),
    summary: req(isText),
    date: opt(isDate),
    reportedBy: opt(isId),
    evidence: opt(isIds),
  }),
  quotes: objectOf({
    id: req(isId),
    speaker: req(isId),
    text: req(isText),
    original: opt(isLanguageTag),
    kind: req(oneOf(quoteKinds)),
    date: opt(isDate),
    venue: opt(isText),
    source: opt(isId),
    locator: opt(isString),
    issues: opt(isIds),
  }),
  events: objectOf({
    id: req(isId),
    date: req(isDate),
    title: req(isText),
    description: opt(isText),
    actors: opt(isIds),
    issues: opt(isIds),
    evidence: opt(isIds),
  }),
  views: objectOf({ id: req(isId), title: req(isText), notes: opt(isText), state: req(viewState) }),
};
