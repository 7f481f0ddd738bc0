import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import {
  activeFilters,
  explainEmpty,
  filteredOrder,
  filterQuotes,
  quotesAt,
  shownOrder,
  speakersWithin,
  venueOptions,
  type QuoteFilters,
} from './filter-quotes';
import { quoteOrder } from './sort-quotes';

const none: QuoteFilters = {
  issues: [],
  actors: [],
  positions: [],
  asOf: null,
  focus: null,
  bloc: null,
  kind: null,
  venue: null,
};
const setup = () => {
  const indexed = indexModel(fixtureModel());
  const order = quoteOrder(indexed, 'newest', 'en');
  const run = (filters: Partial<QuoteFilters>, mask: Uint8Array | null = null) =>
    filterQuotes(indexed, order, { ...none, ...filters }, mask).map((q) => q.id);
  return { indexed, order, run };
};

describe('filterQuotes', () => {
  it('keeps every quote when nothing is set', () => {
    const { indexed, run } = setup();
    expect(run({}).sort()).toEqual(indexed.model.quotes.map((q) => q.id).sort());
  });

  it('issues: a quote tagged with any selected issue', () => {
    const { run } = setup();
    expect(run({ issues: ['sanctions'] })).toEqual(['q-rubio']);
    expect(run({ issues: ['sanctions', 'security-guarantees'] }).sort()).toEqual(
      ['q-putin', 'q-rubio', 'q-witkoff'].sort(),
    );
  });

  it('actors and focus include the members of an actor', () => {
    const { indexed, run } = setup();
    expect([...speakersWithin(indexed.model, ['us'])].sort()).toEqual(['rubio', 'us', 'witkoff']);
    expect(run({ actors: ['us'] }).sort()).toEqual(['q-rubio', 'q-witkoff']);
    expect(run({ focus: 'putin' })).toEqual(['q-putin']);
    expect(run({ actors: ['us'], focus: 'rubio' })).toEqual(['q-rubio']);
  });

  it('asOf hides quotes dated after it', () => {
    const { run } = setup();
    expect(run({ asOf: '2025-08-16' })).toEqual(['q-putin']);
  });

  it('bloc, kind and venue', () => {
    const { indexed, run } = setup();
    expect(run({ bloc: 'ukraine' })).toEqual(['q-zelensky']);
    expect(run({ kind: 'paraphrase' })).toEqual(['q-zelensky']);
    const cnn = venueOptions(indexed.model).find((v) => v.key === 'CNN');
    expect(run({ venue: cnn?.key ?? null })).toEqual(['q-witkoff']);
  });

  it('positions: quotes that are evidence of stances with those positions', () => {
    const { run } = setup();
    expect(run({ positions: ['oppose'] })).toEqual(['q-zelensky']);
    expect(run({ positions: ['support', 'conditional'] }).sort()).toEqual(['q-putin', 'q-witkoff']);
  });

  it('the search mask', () => {
    const { indexed, run } = setup();
    const mask = new Uint8Array(indexed.model.quotes.length);
    mask[indexed.model.quotes.findIndex((q) => q.id === 'q-rubio')] = 1;
    expect(run({}, mask)).toEqual(['q-rubio']);
  });
});

describe('explainEmpty', () => {
  it('names each filter in effect and what the list would hold without it', () => {
    const { indexed, order } = setup();
    const filters = { ...none, issues: ['sanctions'], kind: 'paraphrase' as const };
    expect(filterQuotes(indexed, order, filters, null)).toEqual([]);
    expect(activeFilters(filters, false)).toEqual(['issues', 'kind']);
    expect(explainEmpty(indexed, order, filters, null)).toEqual([
      { name: 'issues', without: 1 },
      { name: 'kind', without: 1 },
    ]);
  });
});

describe('quoteOrder', () => {
  it('newest first (undated last), oldest first, and by speaker name', () => {
    const model = fixtureModel();
    model.quotes.push({ ...model.quotes[0]!, id: 'q-undated', date: undefined });
    const indexed = indexModel(model);
    const ids = (sort: 'newest' | 'oldest' | 'speaker', lang = 'en') =>
      [...quoteOrder(indexed, sort, lang)].map((i) => model.quotes[i]?.id);
    expect(ids('newest')).toEqual(['q-witkoff', 'q-rubio', 'q-zelensky', 'q-putin', 'q-undated']);
    expect(ids('oldest')).toEqual(['q-undated', 'q-putin', 'q-witkoff', 'q-rubio', 'q-zelensky']);
    // Marco Rubio, Steve Witkoff (dated before undated), Vladimir Putin, Volodymyr Zelensky.
    expect(ids('speaker')).toEqual(['q-rubio', 'q-witkoff', 'q-undated', 'q-putin', 'q-zelensky']);
  });
});

describe('filteredOrder, shownOrder and quotesAt', () => {
  it('narrow in steps to what filterQuotes returns', () => {
    const { indexed, order } = setup();
    const { quotes } = indexed.model;
    const filters = { ...none, issues: ['sanctions', 'security-guarantees'] };
    const passing = filteredOrder(indexed, order, filters);
    const mask = new Uint8Array(quotes.length);
    mask[quotes.findIndex((q) => q.id === 'q-rubio')] = 1;
    mask[quotes.findIndex((q) => q.id === 'q-zelensky')] = 1;
    const shown = shownOrder(passing, mask, 2);
    expect(quotesAt(quotes, shown).map((q) => q.id)).toEqual(['q-rubio']);
    expect(quotesAt(quotes, shown)).toEqual(filterQuotes(indexed, order, filters, mask));
    // Typing on: narrowing what was shown gives what a walk of the whole order gives.
    const narrower = new Uint8Array(quotes.length);
    narrower[quotes.findIndex((q) => q.id === 'q-rubio')] = 1;
    expect([...shownOrder(shown, narrower, 1)]).toEqual([...shownOrder(passing, narrower, 1)]);
  });

  it('with no filter set, the order itself (nothing copied)', () => {
    const { indexed, order } = setup();
    expect(filteredOrder(indexed, order, none)).toBe(order);
    expect(shownOrder(order, null, 0)).toBe(order);
  });
});
