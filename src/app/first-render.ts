import { DEFAULT_MODEL_URL } from '../model/default-model-url';
import type { ModelSource } from '../model/load-model';

/** How long the first render waits, at most, for the default model. */
export const FIRST_MODEL_WAIT_MS = 400;

/**
 * When the page renders first. The default model is preloaded by index.html (or inlined in the
 * offline file), so it has usually arrived by the time the scripts have run: the first frame then
 * shows it, instead of a "Loading…" header that is replaced a moment later. The wait is bounded
 * (a slow or stalled download still gets its progress shown), and any other model, which nothing
 * fetched ahead, is not waited for at all.
 */
export function firstRenderAfter(
  source: ModelSource,
  loaded: Promise<unknown>,
  maxWait = FIRST_MODEL_WAIT_MS,
): Promise<void> {
  if (source.kind !== 'url' || source.url !== DEFAULT_MODEL_URL) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((done) => {
    timer = setTimeout(done, maxWait);
  });
  const settled = loaded.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([settled, deadline]).finally(() => clearTimeout(timer));
}
