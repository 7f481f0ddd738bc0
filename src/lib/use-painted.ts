import { useEffect, useState } from 'react';

/** Runs `then` in a task after the next frame has been painted; returns a cancel function. */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Whether `value` has been on screen: false in the render that brings a new value (and on the
 * server), true from a render just after the frame that showed it was painted. For work that
 * the first frame of a change can do without, such as the rows a list keeps beyond the view.
 */
export function usePainted<T>(value: T): boolean {
  const [painted, setPainted] = useState<{ value: T } | null>(null);
  const done = painted !== null && Object.is(painted.value, value);
  useEffect(() => {
    if (done) return;
    return afterNextPaint(() => setPainted({ value }));
  }, [done, value]);
  return done;
}
