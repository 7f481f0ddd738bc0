import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../testing/fixture-model';
import { indexModel } from './index-model';
import type { Model, Stance } from './schema';
import { stanceCell } from './stance-cell';

const withStances = (extra: Stance[]): Model => {
  const model = fixtureModel();
  return { ...model, stances: [...model.stances, ...extra] };
};
const all = { asOf: null, positions: [] };

describe('stanceCell', () => {
  it('keeps the self-stated and the reported stance apart, self-stated first', () => {
    const cell = stanceCell(indexModel(fixtureModel()), 'russia', 'security-guarantees', all);
    expect(cell.own?.latest.id).toBe('s-russia-sg-own');
    expect(cell.reported?.latest.id).toBe('s-russia-sg-reported');
    expect(cell.reported?.latest.reportedBy).toBe('witkoff');
    expect(cell.position).toBe('conditional');
  });

  it('falls back to the reported position when there is no self-stated one', () => {
    const model = fixtureModel();
    model.stances = model.stances.filter((s) => s.id !== 's-russia-sg-own');
    const cell = stanceCell(indexModel(model), 'russia', 'security-guarantees', all);
    expect(cell.own).toBeUndefined();
    expect(cell.position).toBe('support');
  });

  it('shows the latest stance at or before asOf; undated stances are always visible', () => {
    const model = withStances([
      { id: 'u0', actor: 'ukraine', issue: 'sanctions', position: 'neutral', summary: 'undated' },
      {
        id: 'u1',
        actor: 'ukraine',
        issue: 'sanctions',
        position: 'support',
        summary: 'later',
        date: '2025-08-18',
      },
    ]);
    const indexed = indexModel(model);
    const at = (asOf: string | null) =>
      stanceCell(indexed, 'ukraine', 'sanctions', { asOf, positions: [] });
    expect(at(null).position).toBe('support');
    expect(at('2025-08-18').position).toBe('support');
    expect(at('2025-08-17').position).toBe('neutral');
    expect(at('2025-08-17').own?.history).toEqual([]);
    expect(at('2025-08-18').own?.history).toEqual([
      { from: 'neutral', to: 'support', date: '2025-08-18' },
    ]);
    expect(
      stanceCell(indexed, 'russia', 'security-guarantees', { asOf: '2025-08-16', positions: [] })
        .reported,
    ).toBeUndefined();
  });

  it('records only changes of position in the history', () => {
    const model = withStances([
      {
        id: 'x1',
        actor: 'ukraine',
        issue: 'territory',
        position: 'oppose',
        summary: 'again',
        date: '2025-08-18',
      },
      {
        id: 'x2',
        actor: 'ukraine',
        issue: 'territory',
        position: 'conditional',
        summary: 'moved',
        date: '2025-08-19',
      },
    ]);
    const cell = stanceCell(indexModel(model), 'ukraine', 'territory', all);
    expect(cell.own?.history).toEqual([{ from: 'oppose', to: 'conditional', date: '2025-08-19' }]);
  });

  it('keeps only the stances whose position passes the filter', () => {
    const indexed = indexModel(fixtureModel());
    const support = stanceCell(indexed, 'russia', 'security-guarantees', {
      asOf: null,
      positions: ['support'],
    });
    expect(support.own).toBeUndefined();
    expect(support.position).toBe('support');
    const oppose = stanceCell(indexed, 'russia', 'security-guarantees', {
      asOf: null,
      positions: ['oppose'],
    });
    expect(oppose.position).toBeNull();
  });

  it('is empty where there is no stance', () => {
    const cell = stanceCell(indexModel(fixtureModel()), 'us', 'territory', all);
    expect(cell).toEqual({ own: undefined, reported: undefined, position: null });
  });
});
