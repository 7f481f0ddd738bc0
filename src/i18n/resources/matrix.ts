/** Strings of the matrix feature, in both UI languages. */
export const matrix = {
  en: { matrix: {} },
  'zh-Hant': { matrix: {} },
};
