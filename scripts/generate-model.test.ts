import { describe, expect, it } from 'vitest';
import { generateModel, type GenerateOptions } from './generate-model';
import { formatProblem, validateModel } from '../src/model/validate';
import { indexModel } from '../src/model/index-model';
import { allTexts } from '../src/model/text';

const sizes: GenerateOptions[] = [
  { actors: 1, relations: 0, stances: 0, quotes: 0, events: 0 },
  { actors: 2, relations: 1, stances: 1, quotes: 1 },
  { actors: 25, relations: 17, stances: 27, quotes: 40, events: 6 },
  { actors: 500, relations: 1500, stances: 1000, quotes: 2000 },
  { actors: 200, relations: 400, stances: 400, quotes: 10_000, seed: 7 },
];

describe('generateModel', () => {
  it.each(sizes)('is valid with zero problems: %o', (options) => {
    const model = generateModel(options);
    const result = validateModel(JSON.parse(JSON.stringify(model)));
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toEqual([]);
    expect(model.actors).toHaveLength(options.actors);
    expect(model.relations).toHaveLength(options.relations);
    expect(model.stances).toHaveLength(options.stances);
    expect(model.quotes).toHaveLength(options.quotes);
    expect(model.events).toHaveLength(options.events ?? 12);
  });

  it('gives identical output for the same seed, and different output for another', () => {
    const options = { actors: 300, relations: 900, stances: 600, quotes: 3000, seed: 42 };
    const first = JSON.stringify(generateModel(options));
    expect(JSON.stringify(generateModel(options))).toBe(first);
    expect(JSON.stringify(generateModel({ ...options, seed: 43 }))).not.toBe(first);
  });

  it('groups officials into blocs of states, with no layout positions', () => {
    const model = generateModel({ actors: 500, relations: 0, stances: 0, quotes: 0 });
    const indexed = indexModel(model);
    expect(indexed.blocs.length).toBe(20);
    for (const bloc of indexed.blocs) {
      expect(['state', 'coalition']).toContain(indexed.actorsById.get(bloc)?.kind);
    }
    const officials = model.actors.filter((actor) => actor.kind === 'person');
    expect(officials.length).toBeGreaterThan(200);
    expect(officials.every((actor) => actor.memberOf?.length === 1)).toBe(true);
    expect(model.actors.some((actor) => actor.position)).toBe(false);
  });

  it('writes quotes in English and Traditional Chinese with real words, dated over months', () => {
    const model = generateModel({ actors: 50, relations: 50, stances: 50, quotes: 2000 });
    const texts = model.quotes.flatMap((quote) => allTexts(quote.text)).join('\n');
    for (const term of ['俄羅斯', '安全保證', '烏克蘭', 'security guarantees', 'Ukraine']) {
      expect(texts).toContain(term);
    }
    expect(
      model.quotes.some((q) => typeof q.text === 'object' && q.text['zh-Hant'] && q.text.en),
    ).toBe(true);
    const months = new Set(model.quotes.map((quote) => quote.date?.slice(0, 7)).filter(Boolean));
    expect(months.size).toBeGreaterThanOrEqual(3);
    expect(model.quotes.some((quote) => quote.issues?.length)).toBe(true);
    expect(model.stances.some((stance) => stance.evidence?.length)).toBe(true);
    expect(model.relations.some((relation) => relation.evidence?.length)).toBe(true);
  });

  it('refuses impossible sizes', () => {
    expect(() => generateModel({ actors: 0, relations: 0, stances: 0, quotes: 0 })).toThrow(
      RangeError,
    );
    expect(() => generateModel({ actors: 1, relations: 1, stances: 0, quotes: 0 })).toThrow(
      /two actors/,
    );
    expect(() => generateModel({ actors: 5, relations: -1, stances: 0, quotes: 0 })).toThrow(
      /relations/,
    );
  });
});
