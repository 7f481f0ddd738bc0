import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NEAR_MARGIN, useSkipWhileAway } from './use-skip-while-away';

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

  it('hides the contents (until found) while away, and shows them when near again', () => {
    const { element, observer } = setUp();
    expect(observer.targets).toEqual([element]);
    expect(observer.options?.rootMargin).toBe(NEAR_MARGIN);
    expect(element.hasAttribute('hidden')).toBe(false);
    observer.report(false);
    expect(element.getAttribute('hidden')).toBe('until-found');
    observer.report(true);
    expect(element.hasAttribute('hidden')).toBe(false);
  });

  it('never hides what holds focus; hides it once focus leaves, if still away', () => {
    const { element, button, outside, observer } = setUp();
    button.focus();
    observer.report(false);
    expect(element.hasAttribute('hidden')).toBe(false);
    outside.focus();
    expect(element.getAttribute('hidden')).toBe('until-found');
  });

  it('shows the contents for printing, and hides them again after', () => {
    const { element, observer } = setUp();
    observer.report(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(element.hasAttribute('hidden')).toBe(false);
    window.dispatchEvent(new Event('afterprint'));
    expect(element.getAttribute('hidden')).toBe('until-found');
  });

  it('stops observing and leaves the contents shown when unmounted', () => {
    const { element, observer, hook } = setUp();
    observer.report(false);
    hook.unmount();
    expect(observer.disconnected).toBe(true);
    expect(element.hasAttribute('hidden')).toBe(false);
  });
});
