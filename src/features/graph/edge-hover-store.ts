import { create } from 'zustand';

/**
 * The relation under the pointer or keyboard focus. Each edge reads only "is it me?", so a hover
 * re-renders the two edges it moves between, and a label is drawn only where it is shown.
 */
type EdgeHover = { id: string | null; setHovered: (id: string | null) => void };

export const useEdgeHover = create<EdgeHover>()((set) => ({
  id: null,
  setHovered: (id) => set({ id }),
}));
