import { useCallback } from 'react';
import type { Text } from '../model/schema';
import { resolveText } from '../model/text';
import { useViewStore } from './view-store';

/** Resolves model Text in the UI language by the format's display rule. */
export function useText(languages: readonly string[]): (value: Text | undefined) => string {
  const lang = useViewStore((s) => s.lang);
  return useCallback(
    (value: Text | undefined) => resolveText(value, lang, languages),
    [lang, languages],
  );
}
