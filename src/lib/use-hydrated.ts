import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while rendering on the server and while hydrating a server-rendered page, true otherwise
 * (React re-renders with true right after hydration). For output the server cannot compute the
 * browser's way, such as text measured in the page's fonts.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
