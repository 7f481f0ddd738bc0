import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../testing/fixture-model';
import { allTexts } from '../../model/text';
import { BLOCK, caseFoldedBlock, SET_CHARS } from './search-blocks';
import { scan, withChar, type Blocks } from './search-find';

/** More than one block of quotes, each a fixture quote with a word of its own (Latin and not). */
function blocksOf(count: number): Blocks {
  const base = fixtureModel().quotes;
  const quotes = Array.from({ length: count }, (_, i) => {
    const quote = base[i % base.length];
    if (!quote) throw new Error('the fixture has quotes');
    const extra = i % 7 === 0 ? ` Zoë-${i} Ärger` : i % 5 === 0 ? ` дом ${i}` : ` #${i}`;
    return { ...quote, id: `q${i}`, text: `${allTexts(quote.text).join(' ')}${extra}` };
  });
  const blocks = Array.from({ length: Math.ceil(count / BLOCK) }, (_, b) =>
    caseFoldedBlock(quotes.slice(b * BLOCK, (b + 1) * BLOCK), b * BLOCK),
  );
  return { count: blocks.length, at: (b) => blocks[b] ?? caseFoldedBlock([], 0) };
}

describe('withChar', () => {
  it('finds the same quotes as a scan, for every character with a set', () => {
    const blocks = blocksOf(BLOCK + 77);
    const seen = new Set<number>();
    for (let b = 0; b < blocks.count; b++)
      for (const char of blocks.at(b).text)
        if (char >= ' ' && char.charCodeAt(0) < SET_CHARS) seen.add(char.charCodeAt(0));
    // (A query holds no control character, the separators among them.) Letters in no quote too.
    for (const code of ['q', 'ÿ', '~'].map((c) => c.charCodeAt(0))) seen.add(code);
    expect(seen.size).toBeGreaterThan(40);
    for (const code of seen) {
      const char = String.fromCharCode(code);
      expect([...withChar(blocks, code).quotes], char).toEqual([
        ...scan(blocks, char, undefined, undefined).quotes,
      ]);
    }
  });

  it('keeps no places (typing on searches again) and has no set for other scripts', () => {
    const blocks = blocksOf(40);
    const found = withChar(blocks, 'z'.charCodeAt(0));
    expect(found.at).toBeUndefined();
    // Quotes 0, 7, 14, … hold "zoë": across the 32-quote word boundary too.
    expect([...found.quotes]).toEqual([0, 7, 14, 21, 28, 35]);
    expect(() => withChar(blocks, 'д'.charCodeAt(0))).toThrow(RangeError);
  });
});
