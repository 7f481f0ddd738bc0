import { rowWindow, sameWindow, type RowWindow } from './row-window';

/**
 * The measuring side of a virtual list: where it is scrolled, how tall its view is and how tall
 * each place in it has been seen to be. Nothing here reads layout in React's render or commit:
 * the view's height and each row's height come from ResizeObservers (after layout, before
 * paint), the scroll position from scroll events. React reads it through `subscribe` and
 * `getVersion` (useSyncExternalStore); `window(count)` says which rows to render.
 */
export class RowList {
  private heights = new Float64Array(0);
  private scrollTop = 0;
  private viewport: number;
  private count = 0;
  private version = 0;
  private listeners = new Set<() => void>();
  private scroller: HTMLElement | null = null;
  private rows: ResizeObserver | undefined;
  /** The overscan of the last window asked for: what is in the page. */
  private shown: number;

  constructor(
    private readonly estimate: number,
    viewport: number,
    private readonly overscan: number,
  ) {
    this.viewport = viewport;
    this.shown = overscan;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getVersion = () => this.version;

  private bump() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** The rows to render for `count` rows at the current scroll position. */
  window(count: number, overscan = this.overscan): RowWindow {
    this.shown = overscan;
    return rowWindow({
      heights: this.heights,
      count,
      estimate: this.estimate,
      scrollTop: this.scrollTop,
      viewport: this.viewport,
      overscan,
    });
  }

  /** How many rows the list has now (after each render: the scroll handler needs it). */
  setCount(count: number) {
    this.count = count;
  }

  /** Follows the scroller (scroll events, and its height by a ResizeObserver) until detached. */
  attach(scroller: HTMLElement): () => void {
    this.scroller = scroller;
    const onScroll = () => {
      // Compared as the page holds it (the overscan last asked for), as measured() does.
      const before = this.window(this.count, this.shown);
      this.scrollTop = scroller.scrollTop;
      if (!sameWindow(before, this.window(this.count, this.shown))) this.bump();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const view =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(([entry]) => {
            const height = entry?.contentBoxSize[0]?.blockSize;
            if (height === undefined || height === this.viewport) return;
            this.viewport = height;
            this.bump();
          });
    view?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      view?.disconnect();
      this.scroller = null;
    };
  }

  /** Back to the first row (a new result starts at its top). */
  toTop() {
    if (this.scrollTop === 0) return;
    this.scrollTop = 0;
    if (this.scroller) this.scroller.scrollTop = 0;
    this.bump();
  }

  /** A ref callback for each row (its place in `data-index`): measured while in the page. */
  observe = (row: HTMLElement | null) => {
    if (!row) return;
    this.rows ??=
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => this.measured(entries));
    const rows = this.rows;
    rows?.observe(row);
    return () => rows?.unobserve(row);
  };

  private measured(entries: ResizeObserverEntry[]) {
    // Which rows are wholly above the view, as counted before these heights: no layout is read
    // here (other observers may just have changed the page).
    const overscan = this.shown;
    const before = this.window(this.count, overscan);
    const { first } = before;
    let shift = 0;
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.index);
      const height = entry.borderBoxSize[0]?.blockSize;
      if (height === undefined || !Number.isInteger(index) || height === this.heights[index])
        continue;
      const was = this.heights[index] || this.estimate;
      this.setHeight(index, height);
      // A row above the view that turned out taller or shorter than it counted for moved
      // what is in view: scroll by as much, so that nothing in view moves.
      if (this.scrollTop > 0 && index < first) shift += height - was;
    }
    if (shift && this.scroller) {
      this.scroller.scrollTop = this.scrollTop + shift;
      this.scrollTop = this.scroller.scrollTop;
    }
    // New words in the rows in view change their heights on almost every keystroke, but the
    // rows to render and the space around them rarely: render again only then (a render here
    // runs in the frame, between layout and paint, and lays the list out once more).
    if (!sameWindow(before, this.window(this.count, overscan))) this.bump();
  }

  private setHeight(index: number, height: number) {
    if (index >= this.heights.length) {
      const grown = new Float64Array(Math.max(index + 1, this.heights.length * 2, 64));
      grown.set(this.heights);
      this.heights = grown;
    }
    this.heights[index] = height;
  }
}
