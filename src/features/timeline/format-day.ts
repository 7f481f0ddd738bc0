import type { UiLanguage } from '../../model/text';

/** A short axis label for a day ("Aug 15" / "8月15日"). */
export function formatDay(day: string, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** The start of a text, at most `max` characters (counted by code point, so no character is split). */
export function excerpt(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`;
}
