import type { UiLanguage } from '../../model/text';

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A short axis label for a day ("Aug 15" / "8月15日"), as Intl.DateTimeFormat writes it for the
 * two UI languages — written here because the page's first DateTimeFormat loads the date-format
 * data (tens of milliseconds at startup) for four labels.
 */
export function formatDay(day: string, lang: UiLanguage): string {
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return lang === 'zh-Hant' ? `${month}月${date}日` : `${MONTHS_EN[month - 1] ?? ''} ${date}`;
}

/** The start of a text, at most `max` characters (counted by code point, so no character is split). */
export function excerpt(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`;
}
