import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import type { Model } from '../../model/schema';
import { resolveText } from '../../model/text';
import { fixtureModel } from '../../testing/fixture-model';
import { quoteOrder, quoteSorts } from './sort-quotes';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

/** Many quotes with repeated dates, undated ones and every speaker. */
function model(seed: number): Model {
  const base = fixtureModel();
  const pick = random(seed);
  const dates = [undefined, '2025-08-15', '2025-08-15T09:30', '2025-08-17', '2025-08-18'];
  const quote = base.quotes[0];
  if (!quote) throw new Error('the fixture has quotes');
  return {
    ...base,
    quotes: Array.from({ length: 300 }, (_, i) => ({
      ...quote,
      id: `q${i}`,
      speaker: base.actors[pick(base.actors.length)]?.id ?? quote.speaker,
      date: dates[pick(dates.length)],
    })),
  };
}

/** The rule, written as a comparator. */
function oracle(m: Model, sort: string, lang: string): string[] {
  const dated = (a: string | undefined, b: string | undefined) =>
    a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;
  const collator = new Intl.Collator(lang);
  const name = (id: string) =>
    resolveText(m.actors.find((a) => a.id === id)?.name, lang, m.meta.languages);
  const indices = m.quotes.map((_, i) => i);
  const quotes = m.quotes;
  const newest = (a: number, b: number) => -dated(quotes[a]?.date, quotes[b]?.date) || a - b;
  indices.sort((a, b) => {
    if (sort === 'newest') return newest(a, b);
    if (sort === 'oldest') return dated(quotes[a]?.date, quotes[b]?.date) || a - b;
    const byName = collator.compare(name(quotes[a]?.speaker ?? ''), name(quotes[b]?.speaker ?? ''));
    return byName || newest(a, b);
  });
  return indices.map((i) => quotes[i]?.id ?? '');
}

describe('quoteOrder', () => {
  it('orders like the rule written as a comparator, for every sort and language', () => {
    for (const seed of [1, 2, 3]) {
      const m = model(seed);
      const indexed = indexModel(m);
      for (const sort of quoteSorts)
        for (const lang of ['en', 'zh-Hant']) {
          const ids = [...quoteOrder(indexed, sort, lang)].map((i) => m.quotes[i]?.id);
          expect(ids, `${sort} ${lang} seed ${seed}`).toEqual(oracle(m, sort, lang));
        }
    }
  });
});
