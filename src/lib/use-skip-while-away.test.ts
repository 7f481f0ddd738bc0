import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AWAY_CLIP, NEAR_MARGIN, scrollParent, useSkipWhileAway } from './use-skip-while-away';

/** A stand-in IntersectionObserver: the test says when the element is near the view or away. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly targets: Element[] = [];
  disconnected = false;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(isIntersecting: boolean) {
    const entries = this.targets.map(
      (target) => ({ target, isIntersecting }) as unknown as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const setUp = () => {
  const element = document.createElement('div');
  const button = document.createElement('button');
  element.append(button);
  const outside = document.createElement('button');
  document.body.append(element, outside);
  const hook = renderHook(() => useSkipWhileAway({ current: element }));
  const observer = FakeObserver.last;
  if (!observer) throw new Error('no IntersectionObserver was made');
  return { element, button, outside, hook, observer };
};

describe('useSkipWhileAway', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('clips the element to nothing while away, and shows it when near again', () => {
    const { element, observer } = setUp();
    expect(observer.targets).toEqual([element]);
    expect(observer.options?.rootMargin).toBe(NEAR_MARGIN);
    // The page scrolls, not an element around it: the view is the observer's root.
    expect(observer.options?.root).toBeNull();
    expect(element.style.clipPath).toBe('');
    observer.report(false);
    expect(element.style.clipPath).toBe(AWAY_CLIP);
    observer.report(true);
    expect(element.style.clipPath).toBe('');
  });

  it('shows it as soon as focus moves into it (it stays focusable while clipped)', () => {
    const { element, button, observer } = setUp();
    observer.report(false);
    expect(element.style.clipPath).toBe(AWAY_CLIP);
    button.focus();
    expect(element.style.clipPath).toBe('');
  });

  it('never hides what holds focus; hides it once focus leaves, if still away', () => {
    const { element, button, outside, observer } = setUp();
    button.focus();
    observer.report(false);
    expect(element.style.clipPath).toBe('');
    outside.focus();
    expect(element.style.clipPath).toBe(AWAY_CLIP);
  });

  it('shows the contents for printing, and hides them again after', () => {
    const { element, observer } = setUp();
    observer.report(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(element.style.clipPath).toBe('');
    window.dispatchEvent(new Event('afterprint'));
    expect(element.style.clipPath).toBe(AWAY_CLIP);
  });

  it('stops observing and leaves the contents shown when unmounted', () => {
    const { element, observer, hook } = setUp();
    observer.report(false);
    hook.unmount();
    expect(observer.disconnected).toBe(true);
    expect(element.style.clipPath).toBe('');
  });

  it('watches the nearest scrolling box around the element (a briefing slide), else the page', () => {
    const scroller = document.createElement('div');
    scroller.style.overflowY = 'auto';
    const inner = document.createElement('section');
    const element = document.createElement('div');
    inner.append(element);
    scroller.append(inner);
    document.body.append(scroller);
    expect(scrollParent(element)).toBe(scroller);
    const loose = document.createElement('div');
    document.body.append(loose);
    expect(scrollParent(loose)).toBeNull();
  });
});
