import { rowWindow, sameWindow, type RowWindow } from './row-window';

/**
 * The measuring side of a virtual list: where it is scrolled, how tall its view is and how tall
 * each place in it has been seen to be. Nothing here reads layout in React's render or commit:
 * the view's height and each row's height come from ResizeObservers (after layout, before
 * paint), the scroll position from scroll events. React reads it through `subscribe` and
 * `getVersion` (useSyncExternalStore); `window(count, result)` says which rows to render.
 *
 * A result starts at rest, with `resting` rows beyond each edge of the view; the first scroll
 * adds rows up to `scrolling` (and tells React). A new result is at rest again.
 */
export type Overscan = { resting: number; scrolling: number };

export class RowList {
  private heights = new Float64Array(0);
  private scrollTop = 0;
  private viewport: number;
  private count = 0;
  private version = 0;
  private listeners = new Set<() => void>();
  private scroller: HTMLElement | null = null;
  private rows: ResizeObserver | undefined;
  /** The result last rendered, and whether the list has been scrolled since it came. */
  private result: unknown = undefined;
  private scrolled = false;

  constructor(
    private readonly estimate: number,
    viewport: number,
    private readonly overscan: Overscan,
  ) {
    this.viewport = viewport;
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

  /**
   * The rows to render for `count` rows at the current scroll position. A `result` other than
   * the last one (any value that changes with the rows, such as their array) is at rest.
   */
  window(count: number, result: unknown = this.result): RowWindow {
    if (result !== this.result) {
      this.result = result;
      this.scrolled = false;
    }
    const { resting, scrolling } = this.overscan;
    return rowWindow({
      heights: this.heights,
      count,
      estimate: this.estimate,
      scrollTop: this.scrollTop,
      viewport: this.viewport,
      overscan: this.scrolled ? scrolling : resting,
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
      // A scroll that moved nothing (the echo of toTop or of a shift in measured()) is no
      // scrolling: the list stays at rest.
      if (scroller.scrollTop === this.scrollTop) return;
      const before = this.window(this.count);
      this.scrollTop = scroller.scrollTop;
      this.scrolled = true;
      if (!sameWindow(before, this.window(this.count))) this.bump();
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
    const before = this.window(this.count);
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
    if (!sameWindow(before, this.window(this.count))) this.bump();
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
