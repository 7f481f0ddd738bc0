import { create } from 'zustand';

/** The graph's own display options (not view state: they are not part of a shared view). */
type GraphOptions = { minimap: boolean; toggleMinimap: () => void };

export const useGraphOptions = create<GraphOptions>()((set) => ({
  minimap: false,
  toggleMinimap: () => set((s) => ({ minimap: !s.minimap })),
}));
