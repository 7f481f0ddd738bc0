import { afterEach, describe, expect, it, vi } from 'vitest';
import { RowList, type Overscan } from './row-list';

/** A ResizeObserver the test drives: `resize` reports rows with their new heights. */
class FakeObserver {
  static last: FakeObserver | undefined;
  constructor(private readonly callback: (entries: ResizeObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
  resize(heights: Record<number, number>) {
    this.callback(
      Object.entries(heights).map(([index, height]) => {
        const target = document.createElement('li');
        target.dataset.index = index;
        return { target, borderBoxSize: [{ blockSize: height }] } as unknown as ResizeObserverEntry;
      }),
    );
  }
}

/** A list of 1,000 rows, 100 px estimated, a 250 px view and one row of overscan at rest. */
function list(overscan: Overscan = { resting: 1, scrolling: 1 }) {
  vi.stubGlobal('ResizeObserver', FakeObserver);
  const rows = new RowList(100, 250, overscan);
  rows.setCount(1000);
  rows.observe(document.createElement('li'));
  const told = vi.fn();
  rows.subscribe(told);
  const observer = FakeObserver.last;
  if (!observer) throw new Error('no observer');
  return { rows, told, observer };
}

afterEach(() => vi.unstubAllGlobals());

describe('RowList', () => {
  it('rows in view that change height but still fill the view: nothing to render again', () => {
    const { rows, told, observer } = list();
    expect(rows.window(1000)).toMatchObject({ start: 0, end: 4 });
    observer.resize({ 0: 120, 1: 90, 2: 110, 3: 95 });
    expect(told).not.toHaveBeenCalled();
    // Asked again, the window holds the measured heights.
    expect(rows.window(1000)).toMatchObject({ start: 0, end: 4, before: 0, after: 996 * 100 });
  });

  it('rows that turn out too short to fill the view: render again, with one more row', () => {
    const { rows, told, observer } = list();
    rows.window(1000);
    observer.resize({ 0: 60, 1: 60, 2: 60, 3: 60 });
    expect(told).toHaveBeenCalledTimes(1);
    expect(rows.window(1000)).toMatchObject({ start: 0, end: 6 });
  });

  it('compares the window that is in the page: the overscan of its state', () => {
    const { rows, told, observer } = list({ resting: 0, scrolling: 1 });
    // A result at rest keeps no row beyond the view here; row 3 is then not in the page.
    expect(rows.window(1000, 'result')).toMatchObject({ end: 3 });
    observer.resize({ 2: 30 });
    expect(told).toHaveBeenCalledTimes(1);
    expect(rows.window(1000)).toMatchObject({ end: 4 });
  });

  it('a result starts at rest; the first scroll adds rows up to the scrolling overscan', () => {
    const { rows, told } = list({ resting: 1, scrolling: 4 });
    const scroller = scrollerAt(0);
    rows.attach(scroller);
    expect(rows.window(1000, 'first')).toMatchObject({ start: 0, end: 4 });
    scroller.scrollTop = 50;
    scroller.dispatchEvent(new Event('scroll'));
    expect(told).toHaveBeenCalledTimes(1);
    expect(rows.window(1000, 'first')).toMatchObject({ start: 0, end: 7 });
    // A new result is at rest again, where the list is.
    expect(rows.window(1000, 'second')).toMatchObject({ start: 0, end: 4 });
  });

  it('a scroll that moves nothing (the echo of going to the top) leaves the list at rest', () => {
    const { rows, told } = list({ resting: 1, scrolling: 4 });
    const scroller = scrollerAt(0);
    rows.attach(scroller);
    rows.window(1000, 'first');
    scroller.dispatchEvent(new Event('scroll'));
    expect(told).not.toHaveBeenCalled();
    expect(rows.window(1000)).toMatchObject({ end: 4 });
  });
});

/** A scroller whose scrollTop the test sets (jsdom does no layout). */
function scrollerAt(top: number) {
  const scroller = document.createElement('div');
  Object.defineProperty(scroller, 'scrollTop', { value: top, writable: true });
  return scroller;
}
