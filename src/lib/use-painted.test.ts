import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePainted } from './use-painted';

describe('usePainted', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => vi.useRealTimers());

  it('is false for a new value until a frame has been painted, then true', () => {
    const { result, rerender } = renderHook(({ value }) => usePainted(value), {
      initialProps: { value: 'a' },
    });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersToNextFrame());
    // The frame is painted; the update comes in the task after it.
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);

    rerender({ value: 'b' });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(true);
  });

  it('waits for the latest value when values change faster than frames', () => {
    const { result, rerender } = renderHook(({ value }) => usePainted(value), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    act(() => vi.advanceTimersToNextFrame());
    rerender({ value: 3 });
    act(() => vi.advanceTimersByTime(1));
    // What was scheduled for 2 was cancelled when 3 came.
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(true);
  });
});
