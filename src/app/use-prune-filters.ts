import { useEffect } from 'react';
import type { IndexedModel } from '../model/index-model';
import { prunedFilters } from '../state/prune-filters';
import { useViewStore } from '../state/view-store';

/** Keeps the filters to ids of the model on screen, whenever either changes (see prunedFilters). */
export function usePruneFilters(indexed: IndexedModel | undefined) {
  const issues = useViewStore((s) => s.issues);
  const actors = useViewStore((s) => s.actors);
  const focus = useViewStore((s) => s.focus);
  useEffect(() => {
    if (!indexed) return;
    const patch = prunedFilters(
      { issues, actors, focus },
      { issue: (id) => indexed.issuesById.has(id), actor: (id) => indexed.actorsById.has(id) },
    );
    if (patch) useViewStore.getState().set(patch);
  }, [indexed, issues, actors, focus]);
}
