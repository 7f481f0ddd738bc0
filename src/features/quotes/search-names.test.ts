import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../testing/fixture-model';
import type { Model } from '../../model/schema';
import { foldCase } from './search-fold';
import { foldedNamesCache, nameHits, namesIndex } from './search-names';

describe('search names', () => {
  it('numbers each quote’s speaker and venue; a venue said twice has one number', () => {
    const base = fixtureModel();
    const quote = base.quotes[0];
    if (!quote) throw new Error('the fixture has quotes');
    const model: Model = {
      ...base,
      quotes: [
        { ...quote, id: 'a', speaker: 'putin', venue: { en: 'Alaska' } },
        { ...quote, id: 'b', speaker: 'nobody', venue: undefined },
        { ...quote, id: 'c', speaker: 'putin', venue: { en: 'Alaska' } },
      ],
    };
    const names = namesIndex(model);
    const putin = model.actors.findIndex((actor) => actor.id === 'putin');
    expect([...names.speakerOf]).toEqual([putin, -1, putin]);
    expect(names.venueOf[0]).toBe(names.venueOf[2]);
    expect(names.venueOf[1]).toBe(-1);
    expect(names.venueTexts).toEqual(['Alaska']);
    expect(names.actorTexts).toHaveLength(model.actors.length);
  });

  it('marks the names holding the query, shifted by one for "none"', () => {
    expect([...nameHits(['alaska', 'cnn'], 'cn')]).toEqual([0, 0, 1]);
  });

  it('folds the names once per fold', () => {
    const names = namesIndex(fixtureModel());
    const folded = foldedNamesCache(() => names);
    expect(folded(foldCase)).toBe(folded(foldCase));
    expect(folded(foldCase).actors.every((name) => name === foldCase(name))).toBe(true);
  });
});
