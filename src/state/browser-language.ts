import type { UiLanguage } from '../model/text';

/** The language when the URL names none: the browser's, else English. */
export function browserLanguage(languages: readonly string[]): UiLanguage {
  return languages.some((lang) => lang.toLowerCase().startsWith('zh')) ? 'zh-Hant' : 'en';
}
