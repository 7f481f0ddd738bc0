import { describe, expect, it } from 'vitest';
import {
  fitViewOptionsFor,
  flowProps,
  initialViewport,
  NARROW_WINDOW,
  READABLE_ZOOM,
} from './flow-props';
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

describe('fitViewOptionsFor', () => {
  it('fits the whole graph on a wide window and where nothing can be measured', () => {
    expect(fitViewOptionsFor(1440)).toEqual({ padding: flowProps.fitViewOptions.padding });
    expect(fitViewOptionsFor(NARROW_WINDOW + 1)).not.toHaveProperty('minZoom');
    expect(fitViewOptionsFor(undefined)).toBe(flowProps.fitViewOptions);
  });

  it('never fits below a readable zoom on a phone, with the same padding', () => {
    expect(fitViewOptionsFor(390)).toEqual({
      padding: flowProps.fitViewOptions.padding,
      minZoom: READABLE_ZOOM,
    });
    expect(fitViewOptionsFor(NARROW_WINDOW)).toHaveProperty('minZoom', READABLE_ZOOM);
  });
});
