import { z } from 'zod/mini';

// zod/mini keeps the bundle small; no eval: the production page's CSP forbids it (zod would
// otherwise probe `new Function`).
z.config({ jitless: true });

/**
 * The stakeholder model, format version 1 (shared/model-format.md).
 * This file is the only source of the model's TypeScript types.
 * Structural rules live here; cross-references (ids that must exist, cycles) live in validate.ts.
 */

export const FORMAT = 'stakeholder-model';
export const SUPPORTED_VERSIONS = [1] as const;

export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
/** A colour as #rrggbb. */
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

export const id = z
  .string()
  .check(
    z.regex(ID_PATTERN, { error: 'expected an id of 1–64 characters from a-z A-Z 0-9 _ . : -' }),
  );

export const languageTag = z
  .string()
  .check(z.regex(LANGUAGE_TAG, { error: 'expected a language tag such as "en" or "zh-Hant"' }));

/**
 * Text someone can see: at least one character that is not white space or invisible (zero-width
 * spaces and joiners, word joiner, byte-order mark, soft hyphen). Stops at the first such one.
 */
const VISIBLE = /[^\s\u00ad\u200b-\u200d\u2060\ufeff]/;
export const hasVisibleText = (value: string) => VISIBLE.test(value);

const nonEmptyString = z
  .string()
  .check(z.refine(hasVisibleText, { error: 'expected non-empty text' }));

/** A plain string (in the model's first language) or a map of language tag → string. */
export const text = z.union(
  [
    nonEmptyString,
    z.record(languageTag, nonEmptyString).check(
      z.refine((entries) => Object.keys(entries).length > 0, {
        error: 'expected at least one language entry',
      }),
    ),
  ],
  { error: 'expected text: a string or an object such as { "en": "…", "zh-Hant": "…" }' },
);

/** The digit at `index` (0–9), or NaN. */
function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

// Arithmetic, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999 (so 0000-02-29 would fail).
function isRealDay(year: number, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const short = month === 4 || month === 6 || month === 9 || month === 11;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : short ? 30 : 31;
  return day <= daysInMonth;
}

export function isRealDate(value: string): boolean {
  // The common case, YYYY-MM-DD, read digit by digit (a large model has tens of thousands).
  if (value.length === 10) {
    if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
    const year =
      digitAt(value, 0) * 1000 +
      digitAt(value, 1) * 100 +
      digitAt(value, 2) * 10 +
      digitAt(value, 3);
    const month = digitAt(value, 5) * 10 + digitAt(value, 6);
    const day = digitAt(value, 8) * 10 + digitAt(value, 9);
    return isRealDay(year, month, day);
  }
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d, hh, mm, ss, zh, zm] = match;
  if (!isRealDay(Number(y), Number(m), Number(d))) return false;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59)) return false;
  if (ss !== undefined && Number(ss) > 59) return false;
  if (zh !== undefined && (Number(zh) > 23 || Number(zm) > 59)) return false;
  return true;
}

export const date = z.string().check(
  z.refine(isRealDate, {
    error: 'expected a real date as YYYY-MM-DD, optionally with a time (YYYY-MM-DDThh:mm)',
  }),
);

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const url = z
  .string()
  .check(z.refine(isHttpUrl, { error: 'expected an absolute http: or https: URL' }));

export const actorKinds = [
  'state',
  'person',
  'organization',
  'coalition',
  'expert',
  'media',
] as const;
export const relationTypes = [
  'cooperates',
  'supports',
  'negotiates',
  'pressures',
  'opposes',
  'conflict',
  'trades',
  'distrusts',
  'observes',
] as const;
/** Relation types drawn source → target; the others are symmetric. */
export const directedRelationTypes: readonly RelationType[] = [
  'supports',
  'pressures',
  'distrusts',
  'observes',
];
/** From most to least favourable: the order of the matrix legend, charts and sorting. */
export const positions = ['support', 'conditional', 'neutral', 'ambiguous', 'oppose'] as const;
export const quoteKinds = ['direct', 'paraphrase'] as const;
export const panels = ['graph', 'matrix', 'quotes', 'timeline'] as const;

const ids = z.array(id);

export const sourceSchema = z.object({
  id,
  title: text,
  publisher: text,
  published: z.optional(date),
  language: z.optional(languageTag),
  url: z.optional(url),
});

export const metaSchema = z.object({
  title: text,
  summary: z.optional(text),
  languages: z
    .array(languageTag)
    .check(z.minLength(1, { error: 'expected at least one language' })),
  asOf: z.optional(date),
  sources: z.optional(z.array(sourceSchema)),
});

export const actorSchema = z.object({
  id,
  name: text,
  kind: z.enum(actorKinds),
  memberOf: z.optional(ids),
  role: z.optional(text),
  description: z.optional(text),
  color: z.optional(
    z.string().check(z.regex(COLOR_PATTERN, { error: 'expected a colour as #rrggbb' })),
  ),
  position: z.optional(z.object({ x: z.number(), y: z.number() })),
});

export const issueSchema = z.object({
  id,
  name: text,
  description: z.optional(text),
});

export const relationSchema = z.object({
  id,
  source: id,
  target: id,
  type: z.enum(relationTypes),
  label: z.optional(text),
  issues: z.optional(ids),
  date: z.optional(date),
  evidence: z.optional(ids),
});

export const stanceSchema = z.object({
  id,
  actor: id,
  issue: id,
  position: z.enum(positions),
  summary: text,
  date: z.optional(date),
  reportedBy: z.optional(id),
  evidence: z.optional(ids),
});

export const quoteSchema = z.object({
  id,
  speaker: id,
  text,
  original: z.optional(languageTag),
  kind: z.enum(quoteKinds),
  date: z.optional(date),
  venue: z.optional(text),
  source: z.optional(id),
  locator: z.optional(z.string()),
  issues: z.optional(ids),
});

export const eventSchema = z.object({
  id,
  date,
  title: text,
  description: z.optional(text),
  actors: z.optional(ids),
  issues: z.optional(ids),
  evidence: z.optional(ids),
});

export const viewStateSchema = z.object({
  issues: z.optional(ids),
  actors: z.optional(ids),
  positions: z.optional(z.array(z.enum(positions))),
  asOf: z.optional(date),
  focus: z.optional(id),
  search: z.optional(z.string()),
  panel: z.optional(z.enum(panels)),
});

export const viewSchema = z.object({
  id,
  title: text,
  notes: z.optional(text),
  state: viewStateSchema,
});

export const collectionSchemas = {
  actors: actorSchema,
  issues: issueSchema,
  relations: relationSchema,
  stances: stanceSchema,
  quotes: quoteSchema,
  events: eventSchema,
  views: viewSchema,
} as const;

export const modelSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  meta: metaSchema,
  actors: z.array(actorSchema).check(z.minLength(1, { error: 'expected at least one actor' })),
  issues: z.array(issueSchema),
  relations: z._default(z.array(relationSchema), []),
  stances: z._default(z.array(stanceSchema), []),
  quotes: z._default(z.array(quoteSchema), []),
  events: z._default(z.array(eventSchema), []),
  views: z._default(z.array(viewSchema), []),
});

export type Text = z.infer<typeof text>;
export type Source = z.infer<typeof sourceSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
export type Issue = z.infer<typeof issueSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationType = Relation['type'];
export type Stance = z.infer<typeof stanceSchema>;
export type Position = Stance['position'];
export type Quote = z.infer<typeof quoteSchema>;
export type QuoteKind = Quote['kind'];
export type ModelEvent = z.infer<typeof eventSchema>;
export type View = z.infer<typeof viewSchema>;
export type ViewState = z.infer<typeof viewStateSchema>;
export type Panel = ViewState['panel'] & string;
export type Model = z.infer<typeof modelSchema>;
export type CollectionName = keyof typeof collectionSchemas;
