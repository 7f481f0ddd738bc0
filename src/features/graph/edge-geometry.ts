import { NODE_HEIGHT, NODE_WIDTH, type Box } from './layout';
import type { Point } from './types';
import { clipSegment } from './view-window';

const ARROW_ROOM = 4;

/** Where a line from a node's centre towards `toward` leaves the node's box. */
function exitPoint(centre: Point, toward: Point): Point {
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const tx = dx === 0 ? Infinity : (NODE_WIDTH / 2 + ARROW_ROOM) / Math.abs(dx);
  const ty = dy === 0 ? Infinity : (NODE_HEIGHT / 2 + ARROW_ROOM) / Math.abs(dy);
  const t = Math.min(tx, ty, 1);
  return { x: centre.x + dx * t, y: centre.y + dy * t };
}

/**
 * A curve between two node centres that starts and ends on the nodes' borders (so arrowheads
 * are visible), bent sideways by `bend` pixels to keep parallel relations apart.
 *
 * An unbent relation is a straight segment (`L`), not a flat curve: the rasteriser dashes a
 * straight line only where it crosses the tile being drawn, but dashes a curve along its whole
 * length for every tile — with long dashed relations that made each tile of a zoomed-in pan cost
 * tens of milliseconds. With a `clip` box, a straight relation is also cut to it (`cutEnd` says
 * its target end is gone, so no arrowhead belongs there).
 */
export function relationPath(source: Point, target: Point, bend: number, clip?: Box | null) {
  const mx = (source.x + target.x) / 2;
  const my = (source.y + target.y) / 2;
  const length = Math.hypot(target.x - source.x, target.y - source.y) || 1;
  const nx = -(target.y - source.y) / length;
  const ny = (target.x - source.x) / length;
  const control = { x: mx + nx * bend * 2, y: my + ny * bend * 2 };
  const start = exitPoint(source, control);
  const end = exitPoint(target, control);
  const label = {
    labelX: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
    labelY: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
  };
  if (bend !== 0) {
    const path = `M${start.x},${start.y} Q${control.x},${control.y} ${end.x},${end.y}`;
    return { path, ...label, cutEnd: false };
  }
  const shown = clip ? clipSegment(start, end, clip) : { a: start, b: end, cutEnd: false };
  if (!shown) return { path: '', ...label, cutEnd: true };
  return {
    path: `M${shown.a.x},${shown.a.y} L${shown.b.x},${shown.b.y}`,
    ...label,
    cutEnd: shown.cutEnd,
  };
}
