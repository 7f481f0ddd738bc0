/**
 * Which rows of a long list to put in the page, and the space that stands for the rest.
 * Heights are known by place in the list once a row there has been measured; an unmeasured
 * place counts as `estimate`. Pure: the list component measures, this only adds up.
 */
export type RowWindow = {
  /** The rows start..end-1 are in the page; `first` is the first row in view. */
  start: number;
  first: number;
  end: number;
  /** Space for the rows above start and below end. */
  before: number;
  after: number;
};

export type WindowInput = {
  /** Measured heights by place (0 or missing: not measured). */
  heights: ArrayLike<number>;
  count: number;
  estimate: number;
  scrollTop: number;
  viewport: number;
  /** Rows kept beyond each edge of the view. */
  overscan: number;
};

export function rowWindow({
  heights,
  count,
  estimate,
  scrollTop,
  viewport,
  overscan,
}: WindowInput): RowWindow {
  // Places beyond the measured ones count as the estimate, without reading past the array.
  const measured = Math.min(count, heights.length);
  const height = (i: number) => (i < measured ? heights[i] || estimate : estimate);
  // The first row whose bottom is below the top of the view.
  let first = 0;
  let top = 0;
  while (first < measured && first < count - 1 && top + height(first) <= scrollTop)
    top += height(first++);
  if (first >= measured && first < count - 1) {
    // Past what was measured every row is the estimate: skip the rows above the view at once.
    const skip = Math.min(count - 1 - first, Math.floor(Math.max(0, scrollTop - top) / estimate));
    first += skip;
    top += skip * estimate;
  }
  // The row after the last one that shows.
  let last = first;
  let bottom = top;
  while (last < count && bottom < scrollTop + viewport) bottom += height(last++);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, last + overscan);
  let before = top;
  for (let i = start; i < first; i++) before -= height(i);
  // Below the window: what was measured, and the estimate for the places never measured.
  let after = Math.max(0, count - Math.max(end, measured)) * estimate;
  for (let i = end; i < measured; i++) after += height(i);
  return { start, first, end, before, after };
}

/** Whether two windows render the same (the first row in view aside). */
export const sameWindow = (a: RowWindow, b: RowWindow) =>
  a.start === b.start && a.end === b.end && a.before === b.before && a.after === b.after;
