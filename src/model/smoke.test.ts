import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../testing/fixture-model';
import { validateModel } from './validate';

describe('the fixture model', () => {
  it('is valid', () => {
    const result = validateModel(fixtureModel());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
