import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import type { Model, Stance } from '../../model/schema';
import { fixtureModel } from '../../testing/fixture-model';
import { stanceAt, stanceChanges } from './stance-changes';

const withStances = (...stances: Stance[]) => {
  const model: Model = fixtureModel();
  model.stances.push(...stances);
  return indexModel(model);
};

const summary = 'test';

describe('stanceAt', () => {
  const stances: Stance[] = [
    { id: 'a', actor: 'us', issue: 'territory', position: 'neutral', summary },
    { id: 'b', actor: 'us', issue: 'territory', position: 'support', summary, date: '2025-08-15' },
    {
      id: 'c',
      actor: 'us',
      issue: 'territory',
      position: 'oppose',
      summary,
      date: '2025-08-17T20:00',
    },
  ];
  it('takes the latest stance at or before the day, the day itself included', () => {
    expect(stanceAt(stances, '2025-08-16')?.id).toBe('b');
    expect(stanceAt(stances, '2025-08-15')?.id).toBe('b');
    expect(stanceAt(stances, '2025-08-17')?.id).toBe('c');
  });
  it('counts an undated stance at every day, and finds none in an empty list', () => {
    expect(stanceAt(stances, '2000-01-01')?.id).toBe('a');
    expect(stanceAt([], '2025-08-17')).toBeNull();
  });
});

describe('stanceChanges', () => {
  const indexed = indexModel(fixtureModel());

  it('lists what appeared between two dates, "—" (null) before', () => {
    const changes = stanceChanges(indexed, '2025-08-15', '2025-08-18');
    expect(
      changes.map((c) => [
        c.actor,
        c.issue,
        c.reportedBy,
        c.before?.position ?? '—',
        c.after?.position,
        c.date,
      ]),
    ).toEqual([
      ['russia', 'security-guarantees', 'witkoff', '—', 'support', '2025-08-17'],
      ['ukraine', 'territory', null, '—', 'oppose', '2025-08-17'],
    ]);
    expect(changes[0]?.evidence).toEqual(['q-witkoff']);
  });

  it('keeps reported and self-stated stances apart: a claim never changes the actor’s own line', () => {
    const changes = stanceChanges(indexed, '2025-08-15', '2025-08-18');
    const russia = changes.filter((c) => c.actor === 'russia');
    expect(russia).toHaveLength(1);
    expect(russia[0]?.reportedBy).toBe('witkoff');
    expect(russia[0]?.before).toBeNull();
  });

  it('compares the latest stance at or before each date', () => {
    const later = withStances({
      id: 's-russia-sg-later',
      actor: 'russia',
      issue: 'security-guarantees',
      position: 'oppose',
      summary,
      date: '2025-08-17',
      evidence: ['q-putin'],
    });
    const own = stanceChanges(later, '2025-08-16', '2025-08-18').filter(
      (c) => c.actor === 'russia' && c.reportedBy === null,
    );
    expect(own.map((c) => [c.before?.id, c.after?.id])).toEqual([
      ['s-russia-sg-own', 's-russia-sg-later'],
    ]);
    expect(stanceChanges(later, '2025-08-17', '2025-08-18')).toEqual([]);
  });

  it('finds nothing before the first stance or when both dates show the same position', () => {
    expect(stanceChanges(indexed, '2025-08-01', '2025-08-14')).toEqual([]);
    const same = withStances({
      id: 's-russia-sg-again',
      actor: 'russia',
      issue: 'security-guarantees',
      position: 'conditional',
      summary,
      date: '2025-08-16',
    });
    expect(
      stanceChanges(same, '2025-08-15', '2025-08-16').filter((c) => c.reportedBy === null),
    ).toEqual([]);
  });

  it('can be limited to some issues', () => {
    const changes = stanceChanges(indexed, '2025-08-15', '2025-08-18', ['territory']);
    expect(changes.map((c) => c.issue)).toEqual(['territory']);
  });

  it('read backwards, shows what disappears, dated by the stance that was there', () => {
    const changes = stanceChanges(indexed, '2025-08-18', '2025-08-15');
    expect(changes.map((c) => [c.before?.position, c.after, c.date])).toEqual([
      ['support', null, '2025-08-17'],
      ['oppose', null, '2025-08-17'],
    ]);
  });

  it('finds no change from a date to itself, and as many changes either way', () => {
    const day = fc
      .date({ min: new Date('2025-08-10'), max: new Date('2025-08-25'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, to) => {
        expect(stanceChanges(indexed, from, from)).toEqual([]);
        expect(stanceChanges(indexed, from, to)).toHaveLength(
          stanceChanges(indexed, to, from).length,
        );
      }),
    );
  });
});
