/**
 * The model the dashboard opens with no `model=` in the URL, relative to the page. Also read by
 * vite.config.ts, which ships it and preloads it from index.html.
 */
export const DEFAULT_MODEL_URL = 'data/alaska-summit.json';
