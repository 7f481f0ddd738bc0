import { describe, expect, it } from 'vitest';
import { relationPath } from './edge-geometry';
import { NODE_WIDTH } from './layout';

describe('relationPath', () => {
  it('runs from border to border, not centre to centre, as a straight segment when unbent', () => {
    const { path, labelX, labelY } = relationPath({ x: 0, y: 0 }, { x: 1000, y: 0 }, 0);
    expect(path).toBe(`M${NODE_WIDTH / 2 + 4},0 L${1000 - NODE_WIDTH / 2 - 4},0`);
    expect([labelX, labelY]).toEqual([500, 0]);
  });
  it('draws a bent relation as a curve through its control point', () => {
    const { path } = relationPath({ x: 0, y: 0 }, { x: 1000, y: 0 }, 40);
    expect(path).toMatch(/^M[\d.]+,[\d.]+ Q500,80 [\d.]+,[\d.]+$/);
  });
  it('cuts a straight relation to a clip box and says when its target end is gone', () => {
    const box = { x: 0, y: -50, width: 400, height: 100 };
    const cut = relationPath({ x: 0, y: 0 }, { x: 1000, y: 0 }, 0, box);
    expect(cut.path).toBe(`M${NODE_WIDTH / 2 + 4},0 L400,0`);
    expect(cut.cutEnd).toBe(true);
    const whole = relationPath({ x: 0, y: 0 }, { x: 300, y: 0 }, 0, box);
    expect(whole.cutEnd).toBe(false);
    expect(relationPath({ x: 0, y: 500 }, { x: 1000, y: 500 }, 0, box).path).toBe('');
  });
  it('bends to one side, and the other way for a negative bend', () => {
    const up = relationPath({ x: 0, y: 0 }, { x: 1000, y: 0 }, 40);
    const down = relationPath({ x: 0, y: 0 }, { x: 1000, y: 0 }, -40);
    expect(up.labelY).toBeGreaterThan(30);
    expect(down.labelY).toBeCloseTo(-up.labelY);
  });
});
