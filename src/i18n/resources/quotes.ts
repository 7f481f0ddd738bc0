/** Strings of the quotes feature, in both UI languages. */
export const quotes = {
  en: { quotes: {} },
  'zh-Hant': { quotes: {} },
};
