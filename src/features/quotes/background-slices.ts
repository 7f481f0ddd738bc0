/** Runs a task later; tests pass one they drive by hand. */
export type Schedule = (task: () => void) => void;

/**
 * Background work waits behind everything else the page has to do (scheduler.postTask,
 * background), and not behind setTimeout's 4 ms clamp between nested timers, where there is a
 * scheduler.
 */
export const backgroundSchedule: Schedule = (task) => {
  if (typeof scheduler === 'undefined') setTimeout(task, 0);
  else void scheduler.postTask(task, { priority: 'background' });
};

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

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
