import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import type { Model } from '../../model/schema';
import { fixtureModel } from '../../testing/fixture-model';
import { OTHER_SERIES, stanceDistribution, statementsOverTime } from './chart-data';

const view = { issues: [], actors: [], positions: [], asOf: null };
const indexed = indexModel(fixtureModel());

describe('stanceDistribution', () => {
  it('counts each actor once per issue, by its self-stated position, else the reported one', () => {
    const rows = stanceDistribution(indexed, view);
    expect(rows.map((r) => r.issue)).toEqual(['security-guarantees', 'territory', 'sanctions']);
    expect(rows[0]).toEqual({
      issue: 'security-guarantees',
      total: 1,
      counts: { support: 0, conditional: 1, neutral: 0, ambiguous: 0, oppose: 0 },
    });
    expect(rows[1]?.counts.oppose).toBe(1);
    expect(rows[2]?.total).toBe(0);
  });

  it('follows the issue, actor and position filters and asOf', () => {
    expect(stanceDistribution(indexed, { ...view, issues: ['territory'] })).toHaveLength(1);
    expect(stanceDistribution(indexed, { ...view, actors: ['russia'] })[1]?.total).toBe(0);
    const support = stanceDistribution(indexed, { ...view, positions: ['support'] });
    expect(support[0]?.counts).toMatchObject({ support: 1, conditional: 0 });
    expect(stanceDistribution(indexed, { ...view, asOf: '2025-08-16' })[1]?.total).toBe(0);
  });
});

describe('statementsOverTime', () => {
  it('counts quotes per day by the speaker’s bloc, filling the days between', () => {
    const data = statementsOverTime(indexed, view);
    expect(data.days.map((d) => d.day)).toEqual(['2025-08-15', '2025-08-16', '2025-08-17']);
    expect(data.days.map((d) => d.counts)).toEqual([{ russia: 1 }, {}, { us: 2, ukraine: 1 }]);
    expect(data.days.map((d) => d.total)).toEqual([1, 0, 3]);
    expect(data.series.map((s) => [s.key, s.color])).toEqual([
      ['us', '#1f4e9c'],
      ['russia', '#b2182b'],
      ['ukraine', '#d4a000'],
    ]);
    expect(data.events).toEqual([{ day: '2025-08-15', events: ['ev-summit'] }]);
    expect(data.undated).toBe(0);
  });

  it('follows asOf and the issue and actor filters', () => {
    expect(statementsOverTime(indexed, { ...view, asOf: '2025-08-15' }).days).toHaveLength(1);
    const territory = statementsOverTime(indexed, { ...view, issues: ['territory'] });
    expect(territory.days.at(-1)?.counts).toEqual({ us: 1, ukraine: 1 });
    const putin = statementsOverTime(indexed, { ...view, actors: ['putin'] });
    expect(putin.days.reduce((sum, d) => sum + d.total, 0)).toBe(1);
  });

  it('puts blocs without a colour into one grey series and counts undated quotes', () => {
    const model: Model = fixtureModel();
    model.actors.push({ id: 'dw', name: 'DW', kind: 'media' });
    model.quotes.push(
      { id: 'q-dw', speaker: 'dw', kind: 'paraphrase', text: 'x', date: '2025-08-17' },
      { id: 'q-undated', speaker: 'dw', kind: 'paraphrase', text: 'y' },
    );
    const data = statementsOverTime(indexModel(model), view);
    expect(data.series.at(-1)).toEqual({ key: OTHER_SERIES, bloc: null, color: '#6b7280' });
    expect(data.days.at(-1)?.counts[OTHER_SERIES]).toBe(1);
    expect(data.undated).toBe(1);
  });
});
