import { useEffect } from 'react';
import type { IndexedModel } from '../model/index-model';
import { useSavedViewsStore } from '../state/saved-views-store';
import { useViewStore } from '../state/view-store';

/**
 * `view=<id>` opens a curated or saved view. Its state is applied when the URL names the view but
 * carries none of its filters yet (a link someone shared); later changes stay the user's own.
 */
export function useViewParam(indexed: IndexedModel | undefined) {
  const view = useViewStore((s) => s.view);
  const saved = useSavedViewsStore((s) => s.views);
  useEffect(() => {
    if (!indexed || !view) return;
    const s = useViewStore.getState();
    const untouched =
      !s.issues.length && !s.actors.length && !s.positions.length && !s.asOf && !s.focus && !s.q;
    if (!untouched) return;
    const target = indexed.viewsById.get(view) ?? saved.find((v) => v.id === view);
    if (target && Object.keys(target.state).length > 0) s.applyView(view, target.state);
  }, [indexed, view, saved]);
}
