import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import { actorRelations, actorStancesByIssue, stancesInCell } from './details-selectors';

const indexed = indexModel(fixtureModel());

describe('stancesInCell', () => {
  it('lists stances oldest first; current as in the matrix: the latest of each voice', () => {
    const rows = stancesInCell(indexed, 'russia', 'security-guarantees', null);
    expect(rows.map((r) => r.stance.id)).toEqual(['s-russia-sg-own', 's-russia-sg-reported']);
    // The matrix cell shows both: Russia's own stance and the one others report.
    expect(rows.map((r) => r.current)).toEqual([true, true]);
    expect(rows.some((r) => r.afterAsOf)).toBe(false);
  });
  it('marks stances after asOf and makes the latest one at or before it current', () => {
    const rows = stancesInCell(indexed, 'russia', 'security-guarantees', '2025-08-16');
    expect(rows.map((r) => [r.stance.id, r.afterAsOf, r.current])).toEqual([
      ['s-russia-sg-own', false, true],
      ['s-russia-sg-reported', true, false],
    ]);
  });
  it('an earlier stance of the same voice is history, not current', () => {
    const model = fixtureModel();
    const own = model.stances.find((stance) => stance.id === 's-russia-sg-own')!;
    model.stances.push({
      ...own,
      id: 's-russia-sg-earlier',
      position: 'oppose',
      date: '2025-08-01',
    });
    const rows = stancesInCell(indexModel(model), 'russia', 'security-guarantees', null);
    expect(rows.map((r) => [r.stance.id, r.current])).toEqual([
      ['s-russia-sg-earlier', false],
      ['s-russia-sg-own', true],
      ['s-russia-sg-reported', true],
    ]);
  });
  it('is empty for an unknown cell', () => {
    expect(stancesInCell(indexed, 'nobody', 'territory', null)).toEqual([]);
  });
});

describe('actorStancesByIssue', () => {
  it('groups an actor’s stances by issue in model order', () => {
    const groups = actorStancesByIssue(indexed, 'russia', null);
    expect(groups.map((g) => [g.issue.id, g.stances.length])).toEqual([['security-guarantees', 2]]);
    expect(actorStancesByIssue(indexed, 'witkoff', null)).toEqual([]);
  });
});

describe('actorRelations', () => {
  it('names the other end and the direction', () => {
    const rows = actorRelations(indexed, 'russia', '2025-08-16');
    expect(rows.map((r) => [r.relation.id, r.other, r.outgoing, r.afterAsOf])).toEqual([
      ['r-negotiate', 'us', false, false],
      ['r-war', 'ukraine', true, false],
      ['r-sanctions', 'us', false, true],
    ]);
  });
});
