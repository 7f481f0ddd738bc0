import { uiLanguages, type UiLanguage } from '../model/text';
import { browserLanguage } from '../state/browser-language';
import { prerenderTemplateId } from './prerender-template';

/**
 * Which prerendered dashboard fits an address, if any. Only the default view is prerendered (the
 * default model, no filter, focus, selection or search), in each UI language: so only an address
 * with no parameter but `lang` fits, in the language the page will use (the URL's, else the
 * browser's). Any other address renders in the browser from the start.
 */
export function prerenderedLanguage(
  search: string,
  languages: readonly string[],
): UiLanguage | null {
  const params = new URLSearchParams(search);
  for (const key of params.keys()) if (key !== 'lang') return null;
  const lang = params.get('lang');
  if (lang === null) return browserLanguage(languages);
  return (uiLanguages as readonly string[]).includes(lang) ? (lang as UiLanguage) : null;
}

/**
 * Puts the fitting prerendered dashboard into the empty root, inert until the app is live. Run by a classic script right after
 * the templates, before the page is first painted: a page that does not fit shows no picture of
 * another view or language, even for a moment.
 */
export function showPrerendered(doc: Document, search: string, languages: readonly string[]) {
  const lang = prerenderedLanguage(search, languages);
  const template = lang && doc.getElementById(prerenderTemplateId(lang));
  const root = doc.getElementById('root');
  if (!lang || !(template instanceof HTMLTemplateElement) || !root || root.firstChild) return;
  // Moved, not cloned: the template is not needed again.
  root.append(template.content);
  // A picture until the app has hydrated it (see page-live.tsx).
  root.setAttribute('inert', '');
  doc.documentElement.lang = lang;
}
