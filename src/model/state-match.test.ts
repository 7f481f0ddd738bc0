import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../testing/fixture-model';
import { indexModel } from './index-model';
import { actorSelected, quoteInState, stanceInState } from './state-match';

const indexed = indexModel(fixtureModel());
const quote = (id: string) => {
  const found = indexed.quotesById.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('actorSelected', () => {
  it('matches an actor and the members of a selected actor', () => {
    expect(actorSelected(indexed, 'witkoff', ['us'])).toBe(true);
    expect(actorSelected(indexed, 'us', ['us'])).toBe(true);
    expect(actorSelected(indexed, 'putin', ['us'])).toBe(false);
    expect(actorSelected(indexed, 'putin', [])).toBe(true);
  });
});

describe('quoteInState', () => {
  it('filters by issue, speaker bloc, date, position and search text', () => {
    expect(quoteInState(indexed, quote('q-rubio'), { issues: ['sanctions'] })).toBe(true);
    expect(quoteInState(indexed, quote('q-rubio'), { issues: ['security-guarantees'] })).toBe(
      false,
    );
    expect(quoteInState(indexed, quote('q-rubio'), { actors: ['us'] })).toBe(true);
    expect(quoteInState(indexed, quote('q-rubio'), { focus: 'russia' })).toBe(false);
    expect(quoteInState(indexed, quote('q-rubio'), { asOf: '2025-08-16' })).toBe(false);
    expect(quoteInState(indexed, quote('q-zelensky'), { positions: ['oppose'] })).toBe(true);
    expect(quoteInState(indexed, quote('q-witkoff'), { positions: ['oppose'] })).toBe(false);
    expect(quoteInState(indexed, quote('q-rubio'), { search: '投降' })).toBe(true);
    expect(quoteInState(indexed, quote('q-rubio'), { search: 'MARCO' })).toBe(true);
    expect(quoteInState(indexed, quote('q-rubio'), { search: 'Witkoff' })).toBe(false);
  });
});

describe('stanceInState', () => {
  it('filters by issue, actor, focus, position and asOf', () => {
    const stance = indexed.stancesById.get('s-russia-sg-reported');
    if (!stance) throw new Error('fixture');
    expect(stanceInState(indexed, stance, {})).toBe(true);
    expect(stanceInState(indexed, stance, { issues: ['territory'] })).toBe(false);
    expect(stanceInState(indexed, stance, { focus: 'russia' })).toBe(true);
    expect(stanceInState(indexed, stance, { actors: ['ukraine'] })).toBe(false);
    expect(stanceInState(indexed, stance, { positions: ['support'] })).toBe(true);
    expect(stanceInState(indexed, stance, { asOf: '2025-08-16' })).toBe(false);
  });
});
