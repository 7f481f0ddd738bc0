import { describe, expect, it } from 'vitest';
import { relationPath } from './edge-geometry';
import { NODE_WIDTH } from './layout';

describe('relationPath', () => {
  it('runs from border to border, not centre to centre', () => {
    const { path, labelX, labelY } = relationPath({ x: 0, y: 0 }, { x: 1000, y: 0 }, 0);
    expect(path).toBe(`M${NODE_WIDTH / 2 + 4},0 Q500,0 ${1000 - NODE_WIDTH / 2 - 4},0`);
    expect([labelX, labelY]).toEqual([500, 0]);
  });
  it('bends to one side, and the other way for a negative bend', () => {
    const up = relationPath({ x: 0, y: 0 }, { x: 1000, y: 0 }, 40);
    const down = relationPath({ x: 0, y: 0 }, { x: 1000, y: 0 }, -40);
    expect(up.labelY).toBeGreaterThan(30);
    expect(down.labelY).toBeCloseTo(-up.labelY);
  });
});
