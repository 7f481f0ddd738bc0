import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import { layoutInputOf } from './layout-input';
import {
  layoutGraph,
  NODE_HEIGHT,
  NODE_WIDTH,
  overlaps,
  type Layout,
  type LayoutInput,
} from './layout';

/** A synthetic model: `blocs` states, each with members, plus relations between random actors. */
function synthetic(actorCount: number, relationCount: number, blocs = 5): LayoutInput {
  let seed = 7;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const bloc = `a${i % (blocs * 3)}`;
    const isBloc = i < blocs * 3;
    return isBloc ? { id: `a${i}`, bloc: `a${i}` } : { id: `a${i}`, bloc, parent: bloc };
  });
  const relations = Array.from({ length: relationCount }, () => ({
    source: `a${Math.floor(random() * actorCount)}`,
    target: `a${Math.floor(random() * actorCount)}`,
  }));
  return { actors, relations };
}

const boxesOf = (layout: Layout) =>
  Object.values(layout).map((p) => ({ ...p, width: NODE_WIDTH, height: NODE_HEIGHT }));

function overlappingPairs(layout: Layout) {
  const boxes = boxesOf(layout);
  let count = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) count++;
  return count;
}

describe('layoutGraph', () => {
  const input = layoutInputOf(indexModel(fixtureModel()));

  it('places every actor', () => {
    const layout = layoutGraph(input);
    expect(Object.keys(layout).sort()).toEqual(input.actors.map((a) => a.id).sort());
  });

  it('is deterministic: the same model gives the same picture', () => {
    expect(layoutGraph(input)).toEqual(layoutGraph(structuredClone(input)));
    const big = synthetic(120, 400);
    expect(layoutGraph(big)).toEqual(layoutGraph(structuredClone(big)));
  });

  it('never overlaps nodes, for small and large models', () => {
    expect(overlappingPairs(layoutGraph(input))).toBe(0);
    expect(overlappingPairs(layoutGraph(synthetic(300, 3000)))).toBe(0);
    expect(overlappingPairs(layoutGraph(synthetic(80, 10, 40)))).toBe(0);
  });

  it('keeps officials next to their state', () => {
    const layout = layoutGraph(input);
    const distance = (a: string, b: string) =>
      Math.hypot(layout[a]!.x - layout[b]!.x, layout[a]!.y - layout[b]!.y);
    // Witkoff is nearer the United States than Russia, Putin nearer Russia than the US.
    expect(distance('witkoff', 'us')).toBeLessThan(distance('witkoff', 'russia'));
    expect(distance('putin', 'russia')).toBeLessThan(distance('putin', 'us'));
  });

  it('keeps the model positions where given', () => {
    const withPositions: LayoutInput = {
      ...input,
      actors: input.actors.map((a) => (a.id === 'us' ? { ...a, position: { x: 5, y: 9 } } : a)),
    };
    const layout = layoutGraph(withPositions);
    expect(layout.us).toEqual({ x: 5, y: 9 });
    expect(overlappingPairs(layout)).toBe(0);
  });
});
