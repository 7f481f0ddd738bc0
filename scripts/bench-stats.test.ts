import { describe, expect, it } from 'vitest';
import {
  formatMarkdown,
  formatTable,
  median,
  notAvailable,
  percentile,
  percentileByRound,
  row,
} from './bench-stats';

describe('percentile and median', () => {
  it('uses the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 5)).toBe(1);
    expect(percentile([], 95)).toBeUndefined();
  });

  it('takes the percentile of each round, leaving out a round with no values', () => {
    const values = [30, 10, 12, 9, 11, 14, 8];
    // Rounds: [30, 10, 12], [] (all timed out), [9, 11, 14, 8].
    expect(percentileByRound(values, [0, 3, 3], 95)).toEqual([30, 14]);
    expect(percentileByRound(values, [0, 3, 3], 50)).toEqual([12, 9]);
    expect(percentileByRound([], [0], 95)).toEqual([]);
  });

  it('averages the two middle values of an even list', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeUndefined();
  });
});

describe('row', () => {
  it('judges the median against a maximum by default, or the p95 when asked', () => {
    const samples = [10, 11, 12, 13, 40];
    expect(row('s', 'm', 'ms', samples, { max: 16 }).pass).toBe(true);
    const tail = row('s', 'm', 'ms', samples, { max: 16 }, { on: 'p95' });
    expect(tail.pass).toBe(false);
    expect(tail.p95).toBe(40);
    expect(tail.target).toBe('p95 ≤ 16');
  });

  it('takes the low tail when higher is better', () => {
    const fps = row('pan', 'fps', 'fps', [60, 59, 30, 60, 58], { min: 55 });
    expect(fps.median).toBe(59);
    expect(fps.p95).toBe(30);
    expect(fps.pass).toBe(true);
    expect(row('pan', 'fps', 'fps', [40, 41], { min: 55 }).pass).toBe(false);
  });

  it('has no verdict without a target or without samples', () => {
    expect(row('s', 'm', 'ms', [1, 2]).pass).toBeNull();
    const missing = notAvailable('search', 'keystroke', 'ms', 'p95 ≤ 16', 'no searchbox');
    expect(missing.pass).toBeNull();
    expect(formatTable([missing])).toMatch(
      /search: keystroke\s+n\/a\s+p95 ≤ 16\s+—\s+n\/a: no searchbox/,
    );
  });
});

describe('formatMarkdown', () => {
  it('escapes pipes in cells', () => {
    const markdown = formatMarkdown([row('a', 'b|c', 'ms', [1], { max: 2 })]);
    expect(markdown.split('\n')[2]).toBe('| a: b\\|c | 1 ms |  | ≤ 2 | pass |  |');
  });
});
