import { afterEach, describe, expect, it, vi } from 'vitest';
import { RowList } from './row-list';

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

/** A list of 1,000 rows, 100 px estimated, a 250 px view and one row of overscan. */
function list() {
  vi.stubGlobal('ResizeObserver', FakeObserver);
  const rows = new RowList(100, 250, 1);
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

  it('compares the window that is in the page: the overscan last asked for', () => {
    const { rows, told, observer } = list();
    // The first frame of a result keeps no row beyond the view; row 3 is then not in the page.
    expect(rows.window(1000, 0)).toMatchObject({ end: 3 });
    observer.resize({ 2: 30 });
    expect(told).toHaveBeenCalledTimes(1);
    expect(rows.window(1000, 0)).toMatchObject({ end: 4 });
  });
});
