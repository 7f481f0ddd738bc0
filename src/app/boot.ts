import { useViewStore } from '../state/view-store';
import { startUrlSync } from '../state/url-sync';
import { modelQueryOptions } from '../model/load-model';
import { useModelSourceStore } from './model-source-store';
import { createQueryClient } from './providers';
import { firstRenderAfter } from './first-render';

/**
 * What the page does before its first render: read the URL (so the first paint is already the
 * linked view) and request the model now, while the page is still being set up, rather than from
 * the first render's effects (useQuery then joins this request).
 */
export function boot() {
  startUrlSync(useViewStore);
  const queryClient = createQueryClient();
  const requested = useModelSourceStore.getState().requested;
  const options = modelQueryOptions(requested);
  const prefetched = queryClient.prefetchQuery(options).then(() => {
    // Loaded before the first render: it is on screen from the start, with no render to say so.
    const loaded = queryClient.getQueryData(options.queryKey) !== undefined;
    if (loaded) useModelSourceStore.getState().markShown(requested);
    return loaded;
  });
  return {
    queryClient,
    /** Resolves when the page should first render (see firstRenderAfter). */
    firstRender: firstRenderAfter(requested, prefetched),
    /** Resolves when the requested model has loaded (true) or failed (false). */
    modelLoaded: prefetched,
  };
}
