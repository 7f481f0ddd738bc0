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
 * there, and the far ends of those relations (React Flow draws a line only between two of its
 * nodes). The far ends lie outside the window, so off screen: `outside` lists them, to be kept
 * but not painted. Order and object identity are kept, so React Flow re-uses what it measured.
 */
export function cullToWindow<
  N extends { id: string; position: Point },
  E extends { source: string; target: string },
>(
  nodes: readonly N[],
  edges: readonly E[],
  box: Box,
): { nodes: N[]; edges: E[]; outside: ReadonlySet<string> } {
  const inWindow = new Set(nodes.filter((n) => inside(n.position, box)).map((n) => n.id));
  const shownEdges = edges.filter((e) => inWindow.has(e.source) || inWindow.has(e.target));
  const needed = new Set(inWindow);
  for (const e of shownEdges) {
    needed.add(e.source);
    needed.add(e.target);
  }
  const outside = new Set([...needed].filter((id) => !inWindow.has(id)));
  return { nodes: nodes.filter((n) => needed.has(n.id)), edges: shownEdges, outside };
}

const OUTSIDE_STYLE = { visibility: 'hidden' } as const;

/**
 * Nodes React Flow needs but nobody sees (the far ends above) are laid out and hidden: a hidden
 * node paints nothing, so a pan neither layerises nor rasterises it (≈ 200 nodes at 2,000 actors).
 */
export function hideOutside<N extends { id: string; style?: object }>(
  nodes: readonly N[],
  outside: ReadonlySet<string>,
): N[] {
  return nodes.map((n) => (outside.has(n.id) ? { ...n, style: OUTSIDE_STYLE } : n));
}

/**
 * The part of the segment a→b inside `box` (Liang–Barsky), or null when it misses the box.
 * `cutStart`/`cutEnd` say which ends were moved to the box's border.
 */
export function clipSegment(
  a: Point,
  b: Point,
  box: Box,
): { a: Point; b: Point; cutStart: boolean; cutEnd: boolean } | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return {
    a: { x: a.x + t0 * dx, y: a.y + t0 * dy },
    b: { x: a.x + t1 * dx, y: a.y + t1 * dy },
    cutStart: t0 > 0,
    cutEnd: t1 < 1,
  };
}
