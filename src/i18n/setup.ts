import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../model/text';
import { common } from './resources/common';
import { graph } from './resources/graph';
import { matrix } from './resources/matrix';
import { quotes } from './resources/quotes';
import { timeline } from './resources/timeline';
import { briefing } from './resources/briefing';
import { rememberingT, type Translate } from './fast-t';

const bundles = [common, graph, matrix, quotes, timeline, briefing];

/** All UI strings, per UI language (features' files merged into one namespace). */
export const resources = Object.fromEntries(
  uiLanguages.map((lang) => [
    lang,
    {
      translation: Object.assign({}, ...bundles.map((bundle) => bundle[lang])) as Record<
        string,
        unknown
      >,
    },
  ]),
) as Record<UiLanguage, { translation: Record<string, unknown> }>;

/**
 * Every `t` the instance hands out (useTranslation's, one per language) remembers its texts:
 * see rememberingT. It keeps what i18next put on it (the language and namespace it is fixed to).
 */
export function rememberTexts(instance: i18n): void {
  const getFixedT = instance.getFixedT.bind(instance);
  instance.getFixedT = ((...args: Parameters<typeof getFixedT>) => {
    const fixed = getFixedT(...args);
    return Object.assign(rememberingT(fixed as unknown as Translate), fixed);
  }) as typeof getFixedT;
}

export function initI18n(lang: UiLanguage) {
  if (!i18next.isInitialized) {
    rememberTexts(i18next);
    void i18next.use(initReactI18next).init({
      resources: resources as unknown as Resource,
      lng: lang,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  return i18next;
}
