/** Strings of the graph feature, in both UI languages. */
export const graph = {
  en: { graph: {} },
  'zh-Hant': { graph: {} },
};
