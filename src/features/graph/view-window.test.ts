import { describe, expect, it } from 'vitest';
import { clipSegment, cullToWindow, hideOutside, viewWindow } from './view-window';

const node = (id: string, x: number, y: number) => ({ id, position: { x, y } });
const edge = (source: string, target: string) => ({ source, target });

describe('viewWindow', () => {
  it('maps the screen into graph coordinates, widened by a margin of screens', () => {
    expect(viewWindow({ x: -200, y: -100, zoom: 2 }, 800, 600, 0)).toEqual({
      x: 100,
      y: 50,
      width: 400,
      height: 300,
    });
    expect(viewWindow({ x: -200, y: -100, zoom: 2 }, 800, 600, 1)).toEqual({
      x: -300,
      y: -250,
      width: 1200,
      height: 900,
    });
  });
});

describe('cullToWindow', () => {
  const nodes = [node('a', 0, 0), node('b', 5000, 0), node('c', 9000, 9000), node('d', 150, 40)];
  const edges = [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('a', 'd')];
  const box = { x: -100, y: -100, width: 1000, height: 1000 };

  it('keeps the nodes in view, relations touching them and their far ends', () => {
    const shown = cullToWindow(nodes, edges, box);
    expect(shown.edges).toEqual([edges[0], edges[2], edges[3]]);
    expect(shown.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(shown.nodes[0]).toBe(nodes[0]);
    expect([...shown.outside].sort()).toEqual(['b', 'c']);
  });

  it('hides the far ends and leaves the nodes in view untouched', () => {
    const shown = cullToWindow(nodes, edges, box);
    const drawn = hideOutside(shown.nodes, shown.outside);
    expect(drawn.map((n) => (n as { style?: object }).style ?? null)).toEqual([
      null,
      { visibility: 'hidden' },
      { visibility: 'hidden' },
      null,
    ]);
    expect(drawn[0]).toBe(nodes[0]);
  });

  it('drops relations with neither end in view, and nodes only they reach', () => {
    const shown = cullToWindow(nodes, [edges[1]!], box);
    expect(shown.edges).toEqual([]);
    expect(shown.nodes.map((n) => n.id)).toEqual(['a', 'd']);
  });

  it('counts a node overlapping the window edge as in view', () => {
    const shown = cullToWindow([node('e', -250, -120)], [], box);
    expect(shown.nodes.map((n) => n.id)).toEqual(['e']);
  });
});

describe('clipSegment', () => {
  const box = { x: 0, y: 0, width: 100, height: 100 };
  it('keeps a segment inside the box whole', () => {
    expect(clipSegment({ x: 10, y: 10 }, { x: 90, y: 50 }, box)).toEqual({
      a: { x: 10, y: 10 },
      b: { x: 90, y: 50 },
      cutStart: false,
      cutEnd: false,
    });
  });
  it('cuts the ends that leave the box at its border', () => {
    const clipped = clipSegment({ x: -100, y: 50 }, { x: 50, y: 50 }, box);
    expect(clipped).toEqual({
      a: { x: 0, y: 50 },
      b: { x: 50, y: 50 },
      cutStart: true,
      cutEnd: false,
    });
    const diagonal = clipSegment({ x: -50, y: -50 }, { x: 150, y: 150 }, box)!;
    expect(diagonal.a.x).toBeCloseTo(0);
    expect(diagonal.b.y).toBeCloseTo(100);
    expect([diagonal.cutStart, diagonal.cutEnd]).toEqual([true, true]);
  });
  it('returns null for a segment that misses the box', () => {
    expect(clipSegment({ x: -10, y: -10 }, { x: -10, y: 200 }, box)).toBeNull();
    expect(clipSegment({ x: 150, y: -50 }, { x: 250, y: 50 }, box)).toBeNull();
  });
});
