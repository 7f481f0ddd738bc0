import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../testing/fixture-model';
import type { Model } from '../../model/schema';
import { allTexts } from '../../model/text';
import { QuoteSearchIndex, type Schedule } from './quote-search-index';
import { loadChineseFold } from './search-fold';

/** A scheduler the test drives: nothing runs until `step()`. */
function manual() {
  const queue: (() => void)[] = [];
  const schedule: Schedule = (task) => void queue.push(task);
  return {
    schedule,
    step: () => queue.shift()?.(),
    drain: () => {
      while (queue.length) queue.shift()?.();
    },
  };
}

const ids = (model: Model, mask: Uint8Array | null) =>
  model.quotes.filter((_, i) => mask?.[i]).map((q) => q.id);

describe('QuoteSearchIndex', () => {
  it('matches quote text in every language, case-insensitively', () => {
    const model = fixtureModel();
    const index = new QuoteSearchIndex(model, manual().schedule, loadChineseFold);
    expect(ids(model, index.match('SURRENDER').mask)).toEqual(['q-rubio']);
    expect(ids(model, index.match('投降').mask)).toEqual(['q-rubio']);
    expect(index.match('  ').mask).toBeNull();
  });

  it('matches speaker names and venues in every language', () => {
    const model = fixtureModel();
    const index = new QuoteSearchIndex(model, manual().schedule, loadChineseFold);
    expect(ids(model, index.match('putin').mask)).toEqual(['q-putin']);
    expect(ids(model, index.match('普丁').mask)).toEqual(['q-putin']);
    expect(ids(model, index.match('alaska summit').mask)).toEqual(['q-putin']);
    expect(ids(model, index.match('nbc').mask)).toEqual(['q-rubio']);
  });

  it('gives the same answers as a plain scan while typing on and deleting back', () => {
    const model = fixtureModel();
    const index = new QuoteSearchIndex(model, manual().schedule, loadChineseFold);
    const names = new Map(model.actors.map((a) => [a.id, allTexts(a.name)]));
    const oracle = (query: string) =>
      model.quotes
        .filter((q) =>
          [...allTexts(q.text), ...allTexts(q.venue), ...(names.get(q.speaker) ?? [])].some(
            (text) => text.toLowerCase().includes(query.toLowerCase()),
          ),
        )
        .map((q) => q.id);
    const typed = ['s', 'se', 'sec', 'secu', 'sec', 'se', 'u', 'uk', 'ukr', 'ukrainE', 'a', 'an'];
    for (const query of typed) expect(ids(model, index.match(query).mask)).toEqual(oracle(query));
    expect(oracle('s').length).toBeGreaterThan(oracle('secu').length);
  });

  it('typing on narrows the last result: its matches are the mask, in model order', () => {
    const model = fixtureModel();
    const index = new QuoteSearchIndex(model, manual().schedule, loadChineseFold);
    const wide = index.match('u');
    const narrow = index.match('uk');
    expect(narrow.within).toBe(wide);
    expect(index.match('x').within).toBeNull();
    for (const match of [wide, narrow])
      expect([...match.matches]).toEqual(
        model.quotes.flatMap((_, i) => (match.mask?.[i] ? [i] : [])),
      );
    expect(narrow.matches.length).toBeLessThan(wide.matches.length);
  });

  it('finds Traditional text from a Simplified query, before and after folding finishes', async () => {
    const model = fixtureModel();
    const { schedule, step, drain } = manual();
    const index = new QuoteSearchIndex(model, schedule, loadChineseFold);
    const first = index.match('乌克兰');
    expect(first.pending).toBe(true);
    await loadChineseFold();
    await Promise.resolve();
    step(); // the case fold
    // Dictionary loaded, no block folded yet: still correct.
    const during = index.match('乌克兰');
    expect(during.pending).toBe(false);
    const expected = model.quotes
      .filter((q) => JSON.stringify(q.text).includes('烏克蘭'))
      .map((q) => q.id);
    expect(ids(model, during.mask)).toEqual(expected);
    drain();
    expect(index.isReady(true)).toBe(true);
    expect(ids(model, index.match('乌克兰').mask)).toEqual(expected);
    expect(ids(model, index.match('保障乌克兰安全').mask)).toEqual(['q-putin']);
  });

  it('does not match across two quotes or two languages', () => {
    const model = fixtureModel();
    const index = new QuoteSearchIndex(model, manual().schedule, loadChineseFold);
    // The end of one quote's text followed by the start of the next is no match.
    expect(index.match('game changer.這是').mask?.some(Boolean)).toBe(false);
  });
});
