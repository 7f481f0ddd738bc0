import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MODEL_URL } from '../model/default-model-url';
import { firstRenderAfter } from './first-render';

const defaultModel = { kind: 'url', url: DEFAULT_MODEL_URL } as const;
const never = new Promise<never>(() => undefined);

/** Whether the promise has settled once pending microtasks have run. */
async function settled(promise: Promise<unknown>) {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('firstRenderAfter', () => {
  it('waits for the default model to load', async () => {
    let load!: () => void;
    const loaded = new Promise<void>((done) => (load = done));
    const ready = firstRenderAfter(defaultModel, loaded, 400);
    expect(await settled(ready)).toBe(false);
    load();
    expect(await settled(ready)).toBe(true);
  });

  it('waits for a failed load too (its error is then shown)', async () => {
    const ready = firstRenderAfter(defaultModel, Promise.reject(new Error('404')), 400);
    expect(await settled(ready)).toBe(true);
  });

  it('waits no longer than the limit for a stalled download', async () => {
    const ready = firstRenderAfter(defaultModel, never, 400);
    await vi.advanceTimersByTimeAsync(399);
    expect(await settled(ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(ready)).toBe(true);
  });

  it('does not wait for a model nothing fetched ahead', async () => {
    for (const source of [
      { kind: 'url', url: 'data/other.json' } as const,
      { kind: 'file', id: 'f1', name: 'mine.json' } as const,
    ]) {
      expect(await settled(firstRenderAfter(source, never, 400))).toBe(true);
    }
  });
});
