import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window';

const base = { estimate: 100, viewport: 250, overscan: 2, scrollTop: 0 };

describe('rowWindow', () => {
  it('at the top: the rows that fill the view and the overscan below, the rest as space', () => {
    const heights = new Float64Array(1000);
    expect(rowWindow({ ...base, heights, count: 1000 })).toEqual({
      start: 0,
      first: 0,
      end: 5,
      before: 0,
      after: 995 * 100,
    });
  });

  it('scrolled: overscan above and below, and the space adds up to the whole list', () => {
    const heights = new Float64Array(1000);
    heights[3] = 40; // measured smaller than the estimate
    const count = 1000;
    const at = rowWindow({ ...base, heights, count, scrollTop: 1000 });
    // Rows 0..2 (300) + row 3 (40) + rows 4..9 (600) = 940: row 10 spans 940..1040, and
    // rows 10..13 show in 1000..1250 (row 13 from 1240).
    expect(at.first).toBe(10);
    expect(at.start).toBe(8);
    expect(at.end).toBe(14 + 2);
    expect(at.before).toBe(300 + 40 + 4 * 100);
    let rendered = 0;
    for (let i = at.start; i < at.end; i++) rendered += heights[i] || 100;
    expect(at.before + rendered + at.after).toBe(999 * 100 + 40);
  });

  it('never runs past the ends of a short list', () => {
    expect(rowWindow({ ...base, heights: [], count: 2 })).toEqual({
      start: 0,
      first: 0,
      end: 2,
      before: 0,
      after: 0,
    });
    expect(rowWindow({ ...base, heights: [], count: 0 })).toEqual({
      start: 0,
      first: 0,
      end: 0,
      before: 0,
      after: 0,
    });
    // Scrolled beyond the end (the list just got shorter): the last rows, not an empty page.
    const past = rowWindow({ ...base, heights: [], count: 3, scrollTop: 5000 });
    expect(past.end).toBe(3);
    expect(past.start).toBeLessThan(3);
  });

  it('far below what was measured, rows count as the estimate and the sum stays whole', () => {
    const heights = new Float64Array(10).fill(50);
    const count = 100_000;
    const at = rowWindow({ ...base, heights, count, scrollTop: 10 * 50 + 40_000 * 100 + 30 });
    // 10 measured rows (500), then 40,000 estimated rows: row 40,010 spans the top of the view.
    expect(at.first).toBe(40_010);
    expect(at.start).toBe(40_010 - 2);
    expect(at.before).toBe(500 + 39_998 * 100);
    expect(at.before + (at.end - at.start) * 100 + at.after).toBe(500 + (count - 10) * 100);
  });
});
