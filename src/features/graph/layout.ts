import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Point } from './types';

/** Every actor node has this size, so layout, edges and hit boxes agree without measuring. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 56;
const GAP_X = 28;
const GAP_Y = 24;
/** Inside a bloc's hull: padding, and room for the bloc's name above its members. */
export const CLUSTER_PAD = 22;
export const CLUSTER_HEAD = 30;
const CLUSTER_MARGIN = 70;
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

type Cluster = SimulationNodeDatum & {
  bloc: string;
  members: string[];
  cols: number;
  rows: number;
  width: number;
  height: number;
  r: number;
};

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
  return { bloc, members, cols, rows, width, height, r: Math.hypot(width, height) / 2 };
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

export const overlaps = (a: Box, b: Box, margin = 0) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

/** Pushes overlapping boxes apart along their shallower axis, deterministically. */
export function separateBoxes(boxes: Box[], margin: number, maxRounds = 200): boolean {
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    const order = boxes.map((_, i) => i).sort((i, j) => boxes[i]!.x - boxes[j]!.x || i - j);
    for (let oi = 0; oi < order.length; oi++) {
      const a = boxes[order[oi]!]!;
      for (let oj = oi + 1; oj < order.length; oj++) {
        const b = boxes[order[oj]!]!;
        if (b.x >= a.x + a.width + margin) break;
        if (!overlaps(a, b, margin)) continue;
        const dx = Math.min(a.x + a.width + margin - b.x, b.x + b.width + margin - a.x);
        const dy = Math.min(a.y + a.height + margin - b.y, b.y + b.height + margin - a.y);
        const acx = a.x + a.width / 2;
        const bcx = b.x + b.width / 2;
        const acy = a.y + a.height / 2;
        const bcy = b.y + b.height / 2;
        if (dx <= dy) {
          const s = (bcx >= acx ? 1 : -1) * (dx / 2 + 0.5);
          a.x -= s;
          b.x += s;
        } else {
          const s = (bcy >= acy ? 1 : -1) * (dy / 2 + 0.5);
          a.y -= s;
          b.y += s;
        }
        moved = true;
      }
    }
    if (!moved) return true;
  }
  return false;
}

/** Rows of boxes, left to right: the fallback that can never overlap. */
function shelfPack(boxes: Box[], margin: number) {
  const total = boxes.reduce((sum, b) => sum + (b.width + margin) * (b.height + margin), 0);
  const rowWidth = Math.max(Math.sqrt(total) * 1.6, ...boxes.map((b) => b.width));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + margin;
      rowHeight = 0;
    }
    box.x = x;
    box.y = y;
    x += box.width + margin;
    rowHeight = Math.max(rowHeight, box.height);
  }
}

/** Places the clusters: related blocs attract, all repel; then overlaps are removed. */
function placeClusters(clusters: Cluster[], input: LayoutInput, blocOf: Map<string, string>) {
  const index = new Map(clusters.map((c, i) => [c.bloc, i]));
  const weights = new Map<string, number>();
  for (const { source, target } of input.relations) {
    const a = index.get(blocOf.get(source) ?? '');
    const b = index.get(blocOf.get(target) ?? '');
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  const links: (SimulationLinkDatum<Cluster> & { weight: number })[] = [...weights].map(
    ([key, weight]) => {
      const [a, b] = key.split('|').map(Number);
      return { source: a!, target: b!, weight };
    },
  );
  // Deterministic start: a sunflower spiral, biggest clusters nearest the centre.
  const bySize = clusters.map((_, i) => i).sort((i, j) => clusters[j]!.r - clusters[i]!.r || i - j);
  const spacing = clusters.reduce((m, c) => Math.max(m, c.r), 0) + CLUSTER_MARGIN;
  bySize.forEach((ci, k) => {
    const angle = k * Math.PI * (3 - Math.sqrt(5));
    const radius = spacing * 0.6 * Math.sqrt(k);
    clusters[ci]!.x = radius * Math.cos(angle) * 1.5;
    clusters[ci]!.y = radius * Math.sin(angle);
  });
  const simulation = forceSimulation(clusters)
    .force(
      'link',
      forceLink(links)
        .distance((l) => {
          const s = l.source as Cluster;
          const t = l.target as Cluster;
          return s.r + t.r + CLUSTER_MARGIN;
        })
        .strength((l) => Math.min(0.8, 0.15 * l.weight)),
    )
    .force('charge', forceManyBody<Cluster>().strength((c) => -30 * Math.sqrt(c.r)))
    .force('collide', forceCollide<Cluster>((c) => c.r * 0.8 + CLUSTER_MARGIN / 2).iterations(2))
    .force('x', forceX<Cluster>(0).strength(0.04))
    .force('y', forceY<Cluster>(0).strength(0.1))
    .stop();
  const ticks = clusters.length > 500 ? 120 : 300;
  simulation.tick(ticks);

  const boxes: Box[] = clusters.map((c) => ({
    x: (c.x ?? 0) - c.width / 2,
    y: (c.y ?? 0) - c.height / 2,
    width: c.width,
    height: c.height,
  }));
  if (!separateBoxes(boxes, CLUSTER_MARGIN / 2)) shelfPack(boxes, CLUSTER_MARGIN / 2);
  return boxes;
}

/**
 * Lays the graph out, deterministically: actors are clustered by bloc (officials in a grid
 * around their state or body), clusters placed by a force simulation (d3-force's seeded random
 * source, fixed start) and then pushed apart until no two clusters overlap.
 * Actors with a model `position` keep it; the others are laid out to the right of them.
 */
export function layoutGraph(input: LayoutInput): Layout {
  const layout: Layout = {};
  const placed = input.actors.filter((a) => a.position);
  for (const actor of placed) layout[actor.id] = { ...actor.position! };
  const free = input.actors.filter((a) => !a.position);
  if (free.length === 0) return layout;

  const byBloc = new Map<string, LayoutActor[]>();
  for (const actor of free) byBloc.set(actor.bloc, [...(byBloc.get(actor.bloc) ?? []), actor]);
  const clusters = [...byBloc].map(([bloc, members]) =>
    makeCluster(bloc, orderMembers(bloc, members)),
  );
  const blocOf = new Map(free.map((a) => [a.id, a.bloc]));
  const boxes = placeClusters(clusters, input, blocOf);

  const offsetX = placed.length
    ? Math.max(...placed.map((a) => a.position!.x + NODE_WIDTH)) +
      CLUSTER_MARGIN -
      Math.min(...boxes.map((b) => b.x))
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
