import type { UiLanguage } from '../model/text';

/** The id of the template in index.html that holds the dashboard prerendered in `lang`. */
export const prerenderTemplateId = (lang: UiLanguage) => `prerender-${lang}`;

/** The id of the inline script that shows the fitting template (prerender-gate.ts). */
export const prerenderGateId = 'prerender-gate';
