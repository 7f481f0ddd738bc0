import type { Model, Quote, Text } from './schema';

/** The UI languages; model texts may carry any BCP 47 tag. */
export const uiLanguages = ['en', 'zh-Hant'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** A Text map's own entry for a language (never a property every object inherits, like toString). */
const own = (value: Record<string, string>, tag: string | undefined): string | undefined =>
  tag !== undefined && Object.hasOwn(value, tag) ? value[tag] : undefined;

/**
 * The format's display rule: the UI language if present, else the model's first language,
 * else any entry. A plain string is in the model's first language.
 */
export function resolveText(
  value: Text | undefined,
  lang: string,
  languages: readonly string[],
): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const first = languages[0];
  return own(value, lang) ?? own(value, first) ?? Object.values(value)[0] ?? '';
}

/** The language a Text is shown in under the display rule. */
export function shownLanguage(value: Text, lang: string, languages: readonly string[]): string {
  const first = languages[0] ?? lang;
  if (typeof value === 'string') return first;
  if (own(value, lang) !== undefined) return lang;
  if (own(value, first) !== undefined) return first;
  return Object.keys(value)[0] ?? first;
}

/** Every string of a Text, whatever its language (for search). */
export function allTexts(value: Text | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : Object.values(value);
}

/** A quote is shown as a translation when the language shown is not the one it was published in. */
export function isTranslation(quote: Quote, lang: string, model: Pick<Model, 'meta'>): boolean {
  if (quote.original === undefined) return false;
  return shownLanguage(quote.text, lang, model.meta.languages) !== quote.original;
}

/** The published words of a quote, when the model records them. */
export function originalText(quote: Quote, languages: readonly string[]): string | undefined {
  if (quote.original === undefined) return undefined;
  if (typeof quote.text === 'string')
    return languages[0] === quote.original ? quote.text : undefined;
  return own(quote.text, quote.original);
}
