import { showPrerendered } from './prerender-gate';

// Built on its own into a classic script that index.html runs before its first paint (see
// vite.config.ts); main.tsx then hydrates whatever it put into the root.
showPrerendered(document, location.search, navigator.languages ?? [navigator.language]);
