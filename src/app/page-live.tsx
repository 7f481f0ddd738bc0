import { useEffect } from 'react';

/**
 * Marks the page live once the tree around it has committed: from then on it answers input. A
 * prerendered page is inert until then (prerender-gate.ts), so a click on the picture is neither
 * lost half-way nor toggles a box the app does not know about. The `app:live` mark is read by the
 * tests and `npm run bench`. The prerendering renders it too, with no root (and runs no effect),
 * so that both trees have the same shape (see prerender.tsx).
 */
export function PageLive({ root }: { root: HTMLElement | null }) {
  useEffect(() => {
    if (!root) return;
    root.removeAttribute('inert');
    performance.mark('app:live');
  }, [root]);
  return null;
}
