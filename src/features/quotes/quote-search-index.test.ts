import { describe, expect, it, vi } from 'vitest';
import { fixtureModel } from '../../testing/fixture-model';
import type { Model } from '../../model/schema';
import { allTexts } from '../../model/text';
import type { Schedule } from './background-slices';
import { QuoteSearchIndex } from './quote-search-index';
import { hasCjk, loadChineseFold } from './search-fold';

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
    // Runs of spaces, curly apostrophes and dashes as typed on a phone find the same.
    expect(ids(model, index.match(' alaska \u00a0 summit ').mask)).toEqual(['q-putin']);
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

  it('says when the dictionary failed to load, matches the characters as typed, and tries again', async () => {
    const model = fixtureModel();
    let fail = true;
    const load = vi.fn(() => (fail ? Promise.reject(new Error('offline')) : loadChineseFold()));
    const index = new QuoteSearchIndex(model, manual().schedule, load);
    const listener = vi.fn();
    index.subscribe(listener);
    expect(index.match('乌克兰').pending).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(listener).toHaveBeenCalled();
    const failed = index.match('乌克兰');
    expect(failed).toMatchObject({ pending: false, unavailable: true });
    expect(ids(model, failed.mask)).toEqual([]);
    // Traditional as typed is still found; no second load until asked.
    expect(ids(model, index.match('投降').mask)).toEqual(['q-rubio']);
    expect(load).toHaveBeenCalledTimes(1);
    fail = false;
    index.retryChinese();
    expect(load).toHaveBeenCalledTimes(2);
    expect(index.match('乌克兰')).toMatchObject({ pending: true, unavailable: false });
    await loadChineseFold();
    await Promise.resolve();
    const found = index.match('乌克兰');
    expect(found.unavailable).toBe(false);
    expect(ids(model, found.mask).length).toBeGreaterThan(0);
  });

  it('does not match across two quotes or two languages', () => {
    const model = fixtureModel();
    const index = new QuoteSearchIndex(model, manual().schedule, loadChineseFold);
    // The end of one quote's text followed by the start of the next is no match.
    expect(index.match('game changer.這是').mask?.some(Boolean)).toBe(false);
  });

  it('typing on at the end checks only where the last query was found, overlaps included', () => {
    const base = fixtureModel();
    const texts = ['aaa baa', 'Abab aab', 'ba', 'xyz', 'AAAA', 'b a a', 'aaab', 'abababc'];
    // Fillers, so that a few matches are checked one by one rather than by a scan.
    texts.push(...Array.from({ length: 20 }, () => 'zzz'));
    const quote = base.quotes[0];
    if (!quote) throw new Error('the fixture has quotes');
    const model: Model = {
      ...base,
      quotes: texts.map((text, i) => ({ ...quote, id: `q${i}`, text, venue: undefined })),
    };
    const index = new QuoteSearchIndex(model, manual().schedule, loadChineseFold);
    const oracle = (query: string) =>
      texts.flatMap((text, i) => (text.toLowerCase().includes(query) ? [`q${i}`] : []));
    const typed = [
      'a',
      'aa',
      'aaa',
      'aaaa',
      'aaa',
      'aa',
      'aab',
      'b',
      'ba',
      'bab',
      'b',
      'b a',
      'b a a',
    ];
    // And from fresh queries, found by a scan or one quote at a time, then typed on.
    typed.push('x', 'aa', 'aab', 'x', 'ab', 'aba', 'abab', 'x', 'ba', 'aba', 'abab', 'ababc');
    for (const query of typed)
      expect(ids(model, index.match(query).mask), query).toEqual(oracle(query));
  });

  it('typing on in Chinese while the text is folded block by block stays right', async () => {
    const base = fixtureModel();
    const quote = base.quotes[0];
    if (!quote) throw new Error('the fixture has quotes');
    // More quotes than one block, so that folding is part done between keystrokes.
    const texts = Array.from({ length: 1500 }, (_, i) =>
      i % 3 === 0
        ? `第${i}則：烏克蘭的安全保證`
        : i % 3 === 1
          ? `第${i}則：乌克兰的安全保证`
          : `第${i}則：俄羅斯`,
    );
    const model: Model = {
      ...base,
      quotes: texts.map((text, i) => ({ ...quote, id: `q${i}`, text, venue: undefined })),
    };
    const { schedule, step, drain } = manual();
    // One block per slice of folding.
    const index = new QuoteSearchIndex(model, schedule, loadChineseFold, 0);
    drain(); // the case fold
    const expected = texts.flatMap((text, i) => (text.includes('俄') ? [] : [`q${i}`]));
    index.match('乌');
    await loadChineseFold();
    await Promise.resolve();
    for (const query of ['乌', '乌克', '乌克蘭', '乌克兰的安', '乌克兰的安全保證']) {
      expect(ids(model, index.match(query).mask), query).toEqual(expected);
      step(); // one slice of the Chinese fold between keystrokes
    }
    drain();
    expect(index.isReady(true)).toBe(true);
    expect(ids(model, index.match('乌克兰的安全保證').mask)).toEqual(expected);
  });

  it('the same words again (a space typed at the end) give the same result, not a copy', () => {
    const model = fixtureModel();
    const index = new QuoteSearchIndex(model, manual().schedule, loadChineseFold);
    const first = index.match('sec');
    expect(index.match('sec ')).toBe(first);
    expect(index.match('secu')).not.toBe(first);
  });
  it('tells its subscribers only when a result may change: the dictionary arriving, not folding', async () => {
    const model = fixtureModel();
    const { schedule, drain } = manual();
    const index = new QuoteSearchIndex(model, schedule, loadChineseFold, 0);
    let told = 0;
    index.subscribe(() => told++);
    const before = index.match('sec');
    drain(); // the case fold, in slices
    expect(told).toBe(0);
    expect(index.getVersion()).toBe(0);
    // The same query gives the same result: nothing to render again.
    expect(index.match('sec')).toBe(before);
    expect(index.match('').mask).toBeNull();
    index.match('乌克兰');
    await loadChineseFold();
    await Promise.resolve();
    expect(told).toBe(1);
    drain(); // the Chinese fold, in slices
    expect(told).toBe(1);
    expect(index.isReady(true)).toBe(true);
  });

  it('warms up once folded: a throwaway search that changes no result and loads no dictionary', () => {
    const model = fixtureModel();
    const { schedule, drain } = manual();
    const loadChinese = vi.fn(loadChineseFold);
    const index = new QuoteSearchIndex(model, schedule, loadChinese, 0);
    const warmUp = vi.spyOn(index, 'warmUp');
    const typed: string[] = [];
    const compute = vi.spyOn(index as unknown as { compute: (q: string) => unknown }, 'compute');
    const wide = index.match('u');
    compute.mockClear();
    drain();
    expect(warmUp).toHaveBeenCalledTimes(1);
    // It typed the text's first Latin word (the fixture's first text is Chinese) a letter at a
    // time: a scan, a narrower scan, then typing on from the places found.
    for (const [query] of compute.mock.calls) typed.push(query);
    expect(typed).toHaveLength(4);
    expect(typed.map((query) => query.length)).toEqual([1, 2, 3, 4]);
    expect(typed.every((query) => typed[3]?.startsWith(query))).toBe(true);
    expect(typed.some(hasCjk)).toBe(false);
    // What was asked before is still what is known: the same result, and typing on narrows it.
    expect(index.match('u')).toBe(wide);
    expect(index.match('uk').within).toBe(wide);
    expect(loadChinese).not.toHaveBeenCalled();
  });

  it('warms up one letter per task, and typing between those tasks is not affected', () => {
    const model = fixtureModel();
    const fresh = new QuoteSearchIndex(model, manual().schedule, loadChineseFold, 0);
    const expected = ['u', 'uk', 'ukr', 'ukra'].map((q) => ids(model, fresh.match(q).mask));
    const { schedule, step } = manual();
    const index = new QuoteSearchIndex(model, schedule, loadChineseFold, 0);
    const warmUp = vi.spyOn(index, 'warmUp');
    while (warmUp.mock.calls.length === 0) step();
    // Between each of the warm-up's letters, the user types on.
    const typed = ['u', 'uk', 'ukr', 'ukra'].map((q) => {
      const match = index.match(q);
      step();
      return match;
    });
    expect(typed.map((match) => ids(model, match.mask))).toEqual(expected);
    expect(typed[3]?.within).toBe(typed[2]);
  });

  it('never warms up with Chinese: a model whose text starts in Chinese loads no dictionary', () => {
    const model = fixtureModel();
    const [first, ...rest] = model.quotes;
    if (!first) throw new Error('the fixture has quotes');
    const chineseFirst = {
      ...model,
      quotes: [{ ...first, text: { 'zh-Hant': '俄羅斯' } }, ...rest],
    };
    const loadChinese = vi.fn(loadChineseFold);
    const { schedule, drain } = manual();
    const index = new QuoteSearchIndex(chineseFirst, schedule, loadChinese, 0);
    drain();
    expect(loadChinese).not.toHaveBeenCalled();
    expect(index.match('ukraine').mask).not.toBeNull();
  });
});
