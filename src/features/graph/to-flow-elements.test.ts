import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import { resolveText } from '../../model/text';
import { fixtureModel } from '../../testing/fixture-model';
import { arrowMarkerId } from './arrow-markers';
import { blocHulls } from './bloc-hulls';
import { graphHighlight, type GraphFilter } from './graph-highlight';
import { layoutGraph } from './layout';
import { layoutInputOf } from './layout-input';
import { actorNodeData, toActorNodes, toRelationEdges } from './to-flow-elements';

const indexed = indexModel(fixtureModel());
const langs = indexed.model.meta.languages;
const none: GraphFilter = { issues: [], actors: [], focus: null, asOf: null };
const nodeLabels = {
  name: (a: { name: Parameters<typeof resolveText>[0] }) => resolveText(a.name, 'en', langs),
  kind: (a: { kind: string }) => a.kind,
};
const edgeLabels = {
  type: (type: string) => type,
  label: (r: { type: string }) => r.type,
  aria: (r: { id: string }) => r.id,
};
const layout = layoutGraph(layoutInputOf(indexed));

describe('toActorNodes', () => {
  it('makes one node per actor with the actor id, its name, kind and bloc colour', () => {
    const data = actorNodeData(indexed, graphHighlight(indexed, none), nodeLabels);
    const nodes = toActorNodes(indexed, data, layout, 'putin');
    expect(nodes.map((n) => n.id)).toEqual(indexed.model.actors.map((a) => a.id));
    const witkoff = nodes.find((n) => n.id === 'witkoff')!;
    expect(witkoff.data).toMatchObject({ name: 'Steve Witkoff', kind: 'person', dimmed: false });
    expect(witkoff.data.color).toBe('#1f4e9c');
    expect(witkoff.position).toEqual(layout.witkoff);
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['putin']);
  });

  it('keeps the full name and kind and draws them cut to the node by the fitter', () => {
    const fit = (text: string, part: 'name' | 'kind') =>
      part === 'name' ? `${text.slice(0, 5)}…` : text.toUpperCase();
    const data = actorNodeData(indexed, graphHighlight(indexed, none), { ...nodeLabels, fit });
    expect(data.get('witkoff')).toMatchObject({
      name: 'Steve Witkoff',
      shortName: 'Steve…',
      kindLabel: 'person',
      shortKind: 'PERSON',
    });
    const whole = actorNodeData(indexed, graphHighlight(indexed, none), nodeLabels);
    expect(whole.get('witkoff')).toMatchObject({ shortName: 'Steve Witkoff', shortKind: 'person' });
  });

  it('dims actors outside the focused neighbourhood', () => {
    const data = actorNodeData(
      indexed,
      graphHighlight(indexed, { ...none, focus: 'zelensky' }),
      nodeLabels,
    );
    expect(data.get('zelensky')).toMatchObject({ dimmed: false, highlighted: true });
    expect(data.get('ukraine')?.dimmed).toBe(false);
    expect(data.get('us')?.dimmed).toBe(true);
  });
});

describe('toRelationEdges', () => {
  it('makes one edge per visible relation with its style, and arrows only for directed types', () => {
    const edges = toRelationEdges(graphHighlight(indexed, none), edgeLabels, 'r-war');
    expect(edges.map((e) => e.id)).toEqual(['r-negotiate', 'r-war', 'r-sanctions']);
    const pressures = edges.find((e) => e.id === 'r-sanctions')!;
    expect(pressures.markerEnd).toBe(arrowMarkerId(pressures.style?.stroke ?? ''));
    expect(pressures.style?.strokeDasharray).toBeTruthy();
    expect(edges.find((e) => e.id === 'r-negotiate')!.markerEnd).toBeUndefined();
    expect(edges.find((e) => e.id === 'r-war')).toMatchObject({ selected: true });
  });

  it('bends parallel relations apart', () => {
    const edges = toRelationEdges(graphHighlight(indexed, none), edgeLabels, null);
    const bend = (id: string) => edges.find((e) => e.id === id)!.data!.bend;
    expect(bend('r-negotiate')).not.toBe(bend('r-sanctions'));
    expect(bend('r-war')).toBe(0);
  });

  it('marks dimmed relations', () => {
    const edges = toRelationEdges(
      graphHighlight(indexed, { ...none, issues: ['territory'] }),
      edgeLabels,
      null,
    );
    expect(edges.map((e) => [e.id, e.data!.dimmed])).toEqual([['r-war', true]]);
    expect(edges[0]!.className).toContain('graph-edge--dimmed');
  });
});

describe('blocHulls', () => {
  it('draws a hull around each bloc with several actors, containing them', () => {
    const nodes = Object.entries(layout).map(([id, position]) => ({ id, position }));
    const hulls = blocHulls(indexed, nodes);
    expect(hulls.map((h) => h.bloc)).toEqual(['us', 'russia', 'ukraine']);
    const us = hulls[0]!;
    expect(layout.witkoff!.x).toBeGreaterThan(us.box.x);
    expect(layout.witkoff!.y).toBeGreaterThan(us.box.y);
  });
});
