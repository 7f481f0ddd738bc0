import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import { graphHighlight, type GraphFilter } from './graph-highlight';

const none: GraphFilter = { issues: [], actors: [], focus: null, asOf: null };
const indexed = indexModel(fixtureModel());
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('graphHighlight', () => {
  it('shows every relation, nothing dimmed, without filters', () => {
    const h = graphHighlight(indexed, none);
    expect(ids(h.visible)).toEqual(['r-negotiate', 'r-war', 'r-sanctions']);
    expect(h.dimmedRelations.size).toBe(0);
    expect(h.spotlight.size).toBe(0);
  });

  it('an issue filter hides relations tagged only with other issues and dims untagged ones', () => {
    const h = graphHighlight(indexed, { ...none, issues: ['sanctions'] });
    expect(ids(h.visible)).toEqual(['r-war', 'r-sanctions']);
    expect([...h.dimmedRelations]).toEqual(['r-war']);
  });

  it('asOf hides relations dated after it', () => {
    const h = graphHighlight(indexed, { ...none, asOf: '2025-08-16' });
    expect(ids(h.visible)).toEqual(['r-negotiate', 'r-war']);
  });

  it('focus spotlights the neighbourhood and members, and dims other relations', () => {
    const h = graphHighlight(indexed, { ...none, focus: 'ukraine' });
    expect([...h.spotlight].sort()).toEqual(['russia', 'ukraine', 'zelensky']);
    expect([...h.dimmedRelations].sort()).toEqual(['r-negotiate', 'r-sanctions']);
  });

  it('the actor filter works like focus and ignores unknown ids', () => {
    const h = graphHighlight(indexed, { ...none, actors: ['witkoff', 'nobody'] });
    expect([...h.centres]).toEqual(['witkoff']);
    expect([...h.spotlight].sort()).toEqual(['us', 'witkoff']);
    expect(h.dimmedRelations.size).toBe(3);
  });
});
