import { afterEach, describe, expect, it } from 'vitest';
import {
  backgroundSchedule,
  INDEX_MEASURE,
  runSlices,
  timed,
  type Schedule,
} from './background-slices';

describe('runSlices', () => {
  it('does nothing until scheduled, then each slice in a task of its own until next() is done', () => {
    const queue: (() => void)[] = [];
    const schedule: Schedule = (task) => void queue.push(task);
    const left = [3, 2, 1, 0];
    const done: number[] = [];
    runSlices(
      schedule,
      0,
      () => left.at(-1) ?? -1,
      (i) => done.push(left.pop() ?? i),
    );
    expect(done).toEqual([]);
    // A slice of 0 ms still does one item, then yields.
    queue.shift()?.();
    expect(done).toEqual([0]);
    while (queue.length) queue.shift()?.();
    expect(done).toEqual([0, 1, 2, 3]);
  });

  it('a long slice does everything in one task', () => {
    const queue: (() => void)[] = [];
    const left = [2, 1, 0];
    const done: number[] = [];
    runSlices(
      (task) => void queue.push(task),
      60_000,
      () => left.at(-1) ?? -1,
      () => done.push(left.pop() ?? -1),
    );
    queue.shift()?.();
    expect(done).toEqual([0, 1, 2]);
    expect(queue).toHaveLength(0);
  });

  it('calls done once, after the last item, in a slice task', () => {
    const queue: (() => void)[] = [];
    const left = [1, 0];
    const order: string[] = [];
    runSlices(
      (task) => void queue.push(task),
      0,
      () => left.at(-1) ?? -1,
      () => order.push(`work ${left.pop() ?? -1}`),
      () => order.push('done'),
    );
    expect(order).toEqual([]);
    queue.shift()?.();
    expect(order).toEqual(['work 0']);
    while (queue.length) queue.shift()?.();
    expect(order).toEqual(['work 0', 'work 1', 'done']);
  });
});

describe('timed and backgroundSchedule: each piece of index work is measured', () => {
  const measured = () => performance.getEntriesByName(INDEX_MEASURE).length;
  afterEach(() => performance.clearMeasures(INDEX_MEASURE));

  it('timed returns the work’s value and records one measure, also when the work throws', () => {
    expect(timed(() => 42)).toBe(42);
    expect(measured()).toBe(1);
    expect(() =>
      timed(() => {
        throw new Error('broken block');
      }),
    ).toThrow('broken block');
    expect(measured()).toBe(2);
    expect(performance.getEntriesByName(INDEX_MEASURE)[0]!.duration).toBeGreaterThanOrEqual(0);
  });

  it('backgroundSchedule runs the task later, in a task of its own, and measures it', async () => {
    let ran = false;
    backgroundSchedule(() => {
      ran = true;
    });
    expect(ran).toBe(false);
    expect(measured()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toBe(true);
    expect(measured()).toBe(1);
  });
});
