import type { IndexedModel } from '../../model/index-model';
import { CLUSTER_HEAD, CLUSTER_PAD, NODE_HEIGHT, NODE_WIDTH, type Box } from './layout';
import type { Point } from './types';

export type BlocHull = { bloc: string; color: string; box: Box };

/** The outline around each bloc with more than one actor on screen, from the nodes' positions. */
export function blocHulls(
  indexed: IndexedModel,
  nodes: readonly { id: string; position: Point }[],
): BlocHull[] {
  const members = new Map<string, Point[]>();
  for (const node of nodes) {
    const bloc = indexed.blocOf.get(node.id);
    if (bloc === undefined) continue;
    const points = members.get(bloc);
    if (points) points.push(node.position);
    else members.set(bloc, [node.position]);
  }
  const hulls: BlocHull[] = [];
  for (const bloc of indexed.blocs) {
    const points = members.get(bloc);
    if (!points || points.length < 2) continue;
    const x = Math.min(...points.map((p) => p.x)) - CLUSTER_PAD;
    const y = Math.min(...points.map((p) => p.y)) - CLUSTER_PAD - CLUSTER_HEAD;
    const right = Math.max(...points.map((p) => p.x)) + NODE_WIDTH + CLUSTER_PAD;
    const bottom = Math.max(...points.map((p) => p.y)) + NODE_HEIGHT + CLUSTER_PAD;
    hulls.push({
      bloc,
      color: indexed.colorOf.get(bloc) ?? '#6b7280',
      box: { x, y, width: right - x, height: bottom - y },
    });
  }
  return hulls;
}

/** The box around every node and hull: what an export must show. */
export function contentBounds(
  nodes: readonly { position: Point }[],
  hulls: readonly BlocHull[],
): Box {
  const boxes: Box[] = [
    ...nodes.map((n) => ({ ...n.position, width: NODE_WIDTH, height: NODE_HEIGHT })),
    ...hulls.map((h) => h.box),
  ];
  if (boxes.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}
