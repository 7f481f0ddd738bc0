/** Strings of the briefing feature, in both UI languages. */
export const briefing = {
  en: { briefing: {} },
  'zh-Hant': { briefing: {} },
};
