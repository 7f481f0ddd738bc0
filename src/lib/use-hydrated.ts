import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

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

/**
 * False on the server and while hydrating; after hydration, true in a background (transition)
 * render, which React renders in short slices between other work. True from the start when the
 * page renders in the browser alone. For parts a prerendered page leaves out of its picture
 * because no one sees them at first (far below the first screen), so that adding them neither
 * weighs on the first paint nor makes one long task right after hydration.
 */
export function useAfterHydration(): boolean {
  const hydrated = useHydrated();
  const [shown, setShown] = useState(hydrated);
  useEffect(() => {
    if (!shown) startTransition(() => setShown(true));
  }, [shown]);
  return shown;
}
