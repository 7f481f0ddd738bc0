/** Strings of the timeline feature, in both UI languages. */
export const timeline = {
  en: { timeline: {} },
  'zh-Hant': { timeline: {} },
};
