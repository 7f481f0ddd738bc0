import { startTransition, useEffect, useState } from 'react';
import { rendersWholePage } from './render-mode';

/**
 * How many of `parts` may render: 1 at first, then one more per frame, each in a background
 * (transition) render of its own. The dashboard's panels so arrive one by one, each painted as
 * soon as it is ready, instead of in one task that blocks the page until all are. A part starts
 * once the frame has drawn the one before, so laying out a part never includes another's.
 * A prerendered page (see render-mode) has every part from the start.
 */
export function useStagedReveal(parts: number): number {
  const [revealed, setRevealed] = useState(() => (rendersWholePage() ? parts : 1));
  useEffect(() => {
    if (revealed >= parts) return;
    const frame = requestAnimationFrame(() =>
      startTransition(() => setRevealed((count) => count + 1)),
    );
    return () => cancelAnimationFrame(frame);
  }, [revealed, parts]);
  return Math.min(revealed, parts);
}
