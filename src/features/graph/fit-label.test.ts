import { describe, expect, it } from 'vitest';
import { estimateMeasure, fitLabel } from './fit-label';

/** Every character 10 px wide: easy to reason about. */
const tenEach = (text: string) => Array.from(text).length * 10;

describe('fitLabel', () => {
  it('keeps a text that fits', () => {
    expect(fitLabel('Putin', 50, tenEach)).toBe('Putin');
  });
  it('cuts a long text to the longest start that fits with an ellipsis', () => {
    const fitted = fitLabel('Coalition of the Willing', 100, tenEach);
    expect(fitted).toBe('Coalition…');
    expect(tenEach(fitted)).toBeLessThanOrEqual(100);
    expect(fitLabel('Coalition of the Willing', 99, tenEach)).toBe('Coalitio…');
  });
  it('drops spaces before the ellipsis', () => {
    expect(fitLabel('ab cd', 40, tenEach)).toBe('ab…');
  });
  it('never splits a code point', () => {
    expect(fitLabel('𠀀𠀀𠀀𠀀', 30, tenEach)).toBe('𠀀𠀀…');
  });
  it('returns only the ellipsis when nothing fits', () => {
    expect(fitLabel('Witkoff', 5, tenEach)).toBe('…');
  });
});

describe('estimateMeasure', () => {
  it('counts CJK characters as one em and Latin ones narrower', () => {
    const measure = estimateMeasure(10);
    expect(measure('美國')).toBe(20);
    expect(measure('US')).toBeCloseTo(12.4);
  });
});
