import type { Model, Quote, Text } from './schema';

/** The UI languages; model texts may carry any BCP 47 tag. */
export const uiLanguages = ['en', 'zh-Hant'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** A Text map's own entry for a language (never a property every object inherits, like toString). */
const own = (value: Record<string, string>, tag: string | undefined): string | undefined =>
  tag !== undefined && Object.hasOwn(value, tag) ? value[tag] : undefined;

const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Closes every bidi embedding, override and isolate a text opens (U+202A–202E, U+2066–2069), so
 * a name cannot reverse the words after it in a sentence or a line ("Trojan Source"). Text
 * without such controls is returned as it is.
 */
export function closeBidi(value: string): string {
  if (!BIDI.test(value)) return value;
  const open: ('e' | 'i')[] = [];
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code >= 0x202a && code <= 0x202e && code !== 0x202c) open.push('e');
    else if (code === 0x202c) {
      if (open[open.length - 1] === 'e') open.pop();
    } else if (code >= 0x2066 && code <= 0x2068) open.push('i');
    else if (code === 0x2069 && open.includes('i')) {
      while (open.pop() !== 'i');
    }
  }
  return (
    value +
    open
      .reverse()
      .map((kind) => (kind === 'e' ? '\u202c' : '\u2069'))
      .join('')
  );
}

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
  if (typeof value === 'string') return closeBidi(value);
  const first = languages[0];
  return closeBidi(own(value, lang) ?? own(value, first) ?? Object.values(value)[0] ?? '');
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
