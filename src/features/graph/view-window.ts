import { NODE_HEIGHT, NODE_WIDTH, type Box } from './layout';
import type { Point } from './types';

export type ViewportState = { x: number; y: number; zoom: number };

/**
 * The part of the graph (in graph coordinates) on screen, widened by `margin` screens on every
 * side, so a pan of up to that much shows what is already drawn.
 */
export function viewWindow(
  viewport: ViewportState,
  width: number,
  height: number,
  margin = 1,
): Box {
  const w = width / viewport.zoom;
  const h = height / viewport.zoom;
  return {
    x: -viewport.x / viewport.zoom - margin * w,
    y: -viewport.y / viewport.zoom - margin * h,
    width: w * (1 + 2 * margin),
    height: h * (1 + 2 * margin),
  };
}

const inside = (p: Point, box: Box) =>
  p.x + NODE_WIDTH > box.x &&
  p.x < box.x + box.width &&
  p.y + NODE_HEIGHT > box.y &&
  p.y < box.y + box.height;

/**
 * What a zoomed-in big graph draws: the nodes in the window, every relation with at least one end
 * there, and the far ends of those relations (so each drawn line has both its actors). Order and
 * object identity are kept, so React Flow re-uses what it already measured.
 */
export function cullToWindow<
  N extends { id: string; position: Point },
  E extends { source: string; target: string },
>(nodes: readonly N[], edges: readonly E[], box: Box): { nodes: N[]; edges: E[] } {
  const inWindow = new Set(nodes.filter((n) => inside(n.position, box)).map((n) => n.id));
  const shownEdges = edges.filter((e) => inWindow.has(e.source) || inWindow.has(e.target));
  const needed = new Set(inWindow);
  for (const e of shownEdges) {
    needed.add(e.source);
    needed.add(e.target);
  }
  return { nodes: nodes.filter((n) => needed.has(n.id)), edges: shownEdges };
}
