import type { UiLanguage } from '../model/text';

/**
 * The id of the data block in index.html that holds the dashboard prerendered in `lang`: a
 * `<script type="text/html">`, which the browser neither runs nor parses as markup, so a page
 * pays for parsing only the picture it shows (prerender-gate.ts), not every language's.
 */
export const prerenderPictureId = (lang: UiLanguage) => `prerender-${lang}`;

/** The media type of those data blocks. */
export const PICTURE_TYPE = 'text/html';

/** The id of the inline script that shows the fitting picture (prerender-gate.ts). */
export const prerenderGateId = 'prerender-gate';

/**
 * A prerendered picture as a data block. Its markup must not hold `<script` or `</script` (which
 * would end or alter the block): React's server output escapes `<` in text and attribute values,
 * and this checks it.
 */
export function pictureBlock(lang: UiLanguage, html: string): string {
  if (/<\/?script/i.test(html))
    throw new Error(`prerender: the ${lang} picture holds "<script", which would end its block`);
  return `<script type="${PICTURE_TYPE}" id="${prerenderPictureId(lang)}">${html}</script>`;
}
