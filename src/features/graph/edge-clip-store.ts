import { create } from 'zustand';
import type { Box } from './layout';

/**
 * The window a zoomed-in big graph draws (see view-window.ts), or null when the whole graph is
 * drawn. Straight relations are cut to it: a relation to an actor far off screen would otherwise
 * be thousands of pixels of dashed line to rasterise on every tile of a pan.
 */
type EdgeClip = { box: Box | null; setBox: (box: Box | null) => void };

export const useEdgeClip = create<EdgeClip>()((set) => ({
  box: null,
  setBox: (box) => set({ box }),
}));
