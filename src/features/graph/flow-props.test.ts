import { describe, expect, it } from 'vitest';
import { flowProps, initialViewport } from './flow-props';
import { NODE_HEIGHT, NODE_WIDTH } from './layout';
import type { ActorNode } from './types';

const node = (id: string, x: number, y: number) =>
  ({
    id,
    position: { x, y },
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    data: {},
  }) as ActorNode;

describe('initialViewport', () => {
  it('fits the nodes to the assumed canvas, with the fit padding, centred', () => {
    const nodes = [node('a', 0, 0), node('b', 2000, 600)];
    const { x, y, zoom } = initialViewport(nodes);
    const width = (2000 + NODE_WIDTH) * zoom;
    const height = (600 + NODE_HEIGHT) * zoom;
    // The wider side fills the canvas but for the padding (React Flow's: a share of the bounds).
    expect(width).toBeCloseTo(flowProps.width / (1 + flowProps.fitViewOptions.padding), 0);
    expect(height).toBeLessThan(flowProps.height);
    expect(x + width / 2).toBeCloseTo(flowProps.width / 2, 0);
    expect(y + height / 2).toBeCloseTo(flowProps.height / 2, 0);
  });

  it('keeps the zoom within the flow’s limits, and has a plain view with no nodes', () => {
    expect(initialViewport([node('a', 0, 0)]).zoom).toBe(flowProps.maxZoom);
    expect(initialViewport([])).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
