import type { Point } from './types';

/** Every actor node has this size, so layout, edges and hit boxes agree without measuring. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 56;
const GAP_X = 28;
const GAP_Y = 24;
/** Inside a bloc's hull: padding, and room for the bloc's name above its members. */
export const CLUSTER_PAD = 22;
export const CLUSTER_HEAD = 30;
const CLUSTER_MARGIN = 48;
/** Width : height of the packed picture (the graph region is wide). */
const ASPECT = 3;
/** Above this many actors the layout runs in a Web Worker (see use-layout.ts). */
export const WORKER_THRESHOLD = 400;

export type LayoutActor = { id: string; bloc: string; parent?: string; position?: Point };
export type LayoutInput = {
  actors: LayoutActor[];
  relations: { source: string; target: string }[];
};
/** Top-left position of every actor node. */
export type Layout = Record<string, Point>;
export type Box = { x: number; y: number; width: number; height: number };

type Cluster = {
  bloc: string;
  members: string[];
  cols: number;
  rows: number;
  width: number;
  height: number;
};

export const overlaps = (a: Box, b: Box, margin = 0) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

/** Members of a bloc in depth-first order from the bloc itself, so officials follow their body. */
function orderMembers(bloc: string, members: LayoutActor[]): string[] {
  const ids = new Set(members.map((m) => m.id));
  const children = new Map<string, string[]>();
  for (const m of members) {
    if (m.parent === undefined || !ids.has(m.parent) || m.id === bloc) continue;
    children.set(m.parent, [...(children.get(m.parent) ?? []), m.id]);
  }
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    order.push(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  if (ids.has(bloc)) visit(bloc);
  for (const m of members) visit(m.id);
  return order;
}

function makeCluster(bloc: string, members: string[]): Cluster {
  const n = members.length;
  const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
  const rows = Math.ceil(n / cols);
  const pad = n > 1 ? CLUSTER_PAD : 0;
  const head = n > 1 ? CLUSTER_HEAD : 0;
  const width = cols * NODE_WIDTH + (cols - 1) * GAP_X + 2 * pad;
  const height = rows * NODE_HEIGHT + (rows - 1) * GAP_Y + 2 * pad + head;
  return { bloc, members, cols, rows, width, height };
}

/** Grid cells from the centre outwards: the bloc sits in the middle, its members around it. */
function cellsFromCentre(cols: number, rows: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let row = 0; row < rows; row++) for (let col = 0; col < cols; col++) cells.push([row, col]);
  const cr = (rows - 1) / 2;
  const cc = (cols - 1) / 2;
  const d = ([r, c]: [number, number]) => (r - cr) ** 2 + (c - cc) ** 2;
  return cells.sort((a, b) => d(a) - d(b) || a[0] - b[0] || a[1] - b[1]);
}

/**
 * Orders clusters so related ones follow each other: the biggest first, then greedily the
 * cluster with most relations to those already placed (ties: bigger, then model order).
 */
function orderClusters(clusters: Cluster[], input: LayoutInput, blocOf: Map<string, string>) {
  const index = new Map(clusters.map((c, i) => [c.bloc, i]));
  const weight = clusters.map(() => new Map<number, number>());
  for (const { source, target } of input.relations) {
    const a = index.get(blocOf.get(source) ?? '');
    const b = index.get(blocOf.get(target) ?? '');
    if (a === undefined || b === undefined || a === b) continue;
    weight[a]!.set(b, (weight[a]!.get(b) ?? 0) + 1);
    weight[b]!.set(a, (weight[b]!.get(a) ?? 0) + 1);
  }
  const pull = clusters.map(() => 0);
  const placed = clusters.map(() => false);
  const order: number[] = [];
  while (order.length < clusters.length) {
    let best = -1;
    for (let i = 0; i < clusters.length; i++) {
      if (placed[i]) continue;
      if (
        best < 0 ||
        pull[i]! > pull[best]! ||
        (pull[i] === pull[best] && clusters[i]!.members.length > clusters[best]!.members.length)
      )
        best = i;
    }
    placed[best] = true;
    order.push(best);
    for (const [other, w] of weight[best]!) pull[other]! += w;
  }
  return order;
}

/**
 * Packs clusters in centred rows wide enough for a wide graph region, snaking so
 * consecutive (related) clusters stay side by side. Rows never overlap, so neither do nodes.
 */
function packClusters(clusters: Cluster[], order: number[]): Box[] {
  const area = clusters.reduce(
    (sum, c) => sum + (c.width + CLUSTER_MARGIN) * (c.height + CLUSTER_MARGIN),
    0,
  );
  const rowLimit = Math.max(Math.sqrt(area * ASPECT), ...clusters.map((c) => c.width));
  const rows: number[][] = [[]];
  let x = 0;
  for (const i of order) {
    const width = clusters[i]!.width;
    if (x > 0 && x + width > rowLimit) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]!.push(i);
    x += width + CLUSTER_MARGIN;
  }
  const rowWidth = (row: number[]) =>
    row.reduce((sum, i) => sum + clusters[i]!.width, 0) + (row.length - 1) * CLUSTER_MARGIN;
  const widest = Math.max(...rows.map(rowWidth));
  const boxes: Box[] = clusters.map((c) => ({ x: 0, y: 0, width: c.width, height: c.height }));
  let y = 0;
  rows.forEach((row, r) => {
    const height = Math.max(...row.map((i) => clusters[i]!.height));
    let left = (widest - rowWidth(row)) / 2;
    for (const i of r % 2 ? [...row].reverse() : row) {
      boxes[i]!.x = left;
      boxes[i]!.y = y + (height - clusters[i]!.height) / 2;
      left += clusters[i]!.width + CLUSTER_MARGIN;
    }
    y += height + CLUSTER_MARGIN;
  });
  return boxes;
}

/**
 * Lays the graph out, deterministically and without iterating to convergence (so it is fast):
 * actors are clustered by bloc (officials in a grid around their state or body), clusters
 * ordered by how related they are and packed in rows, so no two nodes can overlap.
 * Actors with a model `position` keep it; the others are laid out to the right of them.
 */
export function layoutGraph(input: LayoutInput): Layout {
  const layout: Layout = {};
  const placed = input.actors.filter((a) => a.position);
  for (const actor of placed) layout[actor.id] = { ...actor.position! };
  const free = input.actors.filter((a) => !a.position);
  if (free.length === 0) return layout;

  const byBloc = new Map<string, LayoutActor[]>();
  for (const actor of free) {
    const list = byBloc.get(actor.bloc);
    if (list) list.push(actor);
    else byBloc.set(actor.bloc, [actor]);
  }
  const clusters = [...byBloc].map(([bloc, members]) =>
    makeCluster(bloc, orderMembers(bloc, members)),
  );
  const blocOf = new Map(free.map((a) => [a.id, a.bloc]));
  const boxes = packClusters(clusters, orderClusters(clusters, input, blocOf));

  const offsetX = placed.length
    ? Math.max(...placed.map((a) => a.position!.x + NODE_WIDTH)) + CLUSTER_MARGIN
    : 0;
  clusters.forEach((cluster, i) => {
    const box = boxes[i]!;
    const multi = cluster.members.length > 1;
    const pad = multi ? CLUSTER_PAD : 0;
    const head = multi ? CLUSTER_HEAD : 0;
    const cells = cellsFromCentre(cluster.cols, cluster.rows);
    cluster.members.forEach((id, k) => {
      const [row, col] = cells[k]!;
      layout[id] = {
        x: Math.round(box.x + offsetX + pad + col * (NODE_WIDTH + GAP_X)),
        y: Math.round(box.y + pad + head + row * (NODE_HEIGHT + GAP_Y)),
      };
    });
  });
  return layout;
}
