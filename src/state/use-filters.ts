import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from './view-store';

/** The global filters the stance views share: issues, actors, positions and asOf. */
export function useFilters() {
  return useViewStore(
    useShallow((s) => ({
      issues: s.issues,
      actors: s.actors,
      positions: s.positions,
      asOf: s.asOf,
    })),
  );
}
