/** The model text inlined by the offline build (`npm run build:offline`); null in other builds. */
declare const __INLINE_MODEL__: string | null;
