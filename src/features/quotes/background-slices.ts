/** Runs a task later; tests pass one they drive by hand. */
export type Schedule = (task: () => void) => void;

/**
 * Background work waits behind everything else the page has to do (scheduler.postTask,
 * background), and not behind setTimeout's 4 ms clamp between nested timers, where there is a
 * scheduler.
 */
export const backgroundSchedule: Schedule = (task) => {
  const run = () => timed(task);
  if (typeof scheduler === 'undefined') setTimeout(run, 0);
  else void scheduler.postTask(run, { priority: 'background' });
};

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * The performance measure each piece of the search index's work records: folding, the warm-up,
 * the Chinese dictionary's table. `npm run bench` reports the longest (the limit: 50 ms).
 */
export const INDEX_MEASURE = 'quotes:index';

/** Runs `work` and records how long it took as an INDEX_MEASURE (where the page can measure). */
export function timed<T>(work: () => T): T {
  const start = now();
  try {
    return work();
  } finally {
    if (typeof performance !== 'undefined' && typeof performance.measure === 'function')
      performance.measure(INDEX_MEASURE, { start, end: now() });
  }
}

/**
 * Runs `work(next())` until next() returns -1, in slices of about `sliceMs` milliseconds (at
 * least one item each), each slice a task of its own, so the page stays responsive; then `done`
 * in the last slice's task.
 */
export function runSlices(
  schedule: Schedule,
  sliceMs: number,
  next: () => number,
  work: (i: number) => void,
  done?: () => void,
): void {
  const slice = () => {
    const end = now() + sliceMs;
    for (let i = next(); i >= 0; i = next()) {
      work(i);
      if (now() > end) return schedule(slice);
    }
    done?.();
  };
  schedule(slice);
}
