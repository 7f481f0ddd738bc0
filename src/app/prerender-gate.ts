import { uiLanguages, type UiLanguage } from '../model/text';
import { browserLanguage } from '../state/browser-language';
import { PICTURE_TYPE, prerenderPictureId } from './prerender-picture';

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
 * Puts the fitting prerendered dashboard into the empty root, inert until the app is live. Run by
 * a classic script right after the pictures, before the page is first painted: a page that does
 * not fit shows no picture of another view or language, even for a moment. The picture is the
 * build's own server rendering of the default model (React escapes every text and attribute in
 * it, and renders no event handler), parsed here once, in the page. Nothing in it could run
 * anyway: `innerHTML` runs no script element, and the page's policy allows no inline handler.
 */
export function showPrerendered(doc: Document, search: string, languages: readonly string[]) {
  const lang = prerenderedLanguage(search, languages);
  const picture = lang && doc.getElementById(prerenderPictureId(lang));
  const root = doc.getElementById('root');
  if (!lang || !(picture instanceof HTMLScriptElement) || picture.type !== PICTURE_TYPE) return;
  if (!root || root.firstChild) return;
  root.innerHTML = picture.text;
  // A picture until the app has hydrated it (see page-live.tsx).
  root.setAttribute('inert', '');
  doc.documentElement.lang = lang;
}
