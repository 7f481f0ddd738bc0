import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../testing/fixture-model';
import { caseFoldedBlock, chineseFoldBlock, SEP } from './search-blocks';

describe('search blocks', () => {
  const quotes = fixtureModel().quotes.slice(0, 2);

  it('holds each quote in every language, case-folded, separated, at its start', () => {
    const block = caseFoldedBlock(quotes, 512);
    expect(block.first).toBe(512);
    expect(block.chinese).toBe(false);
    expect(block.quotes).toHaveLength(2);
    expect(block.quotes[0]).toContain('game changer');
    expect(block.quotes[0]).toContain(`${SEP}`);
    expect(block.quotes[0]).not.toMatch(/[A-Z]/);
    // Each quote's slice is its place in the block's text.
    block.quotes.forEach((text, k) =>
      expect(block.text.slice(block.starts[k], (block.starts[k] ?? 0) + text.length)).toBe(text),
    );
    expect(block.starts[2]).toBe(block.text.length + 1);
  });

  it('folds to one Chinese script in place, keeping every offset', () => {
    const block = caseFoldedBlock(quotes, 0);
    const starts = [...block.starts];
    chineseFoldBlock(block, (text) => text.replaceAll('這', '这'));
    expect(block.chinese).toBe(true);
    expect([...block.starts]).toEqual(starts);
    expect(block.quotes[0]).toContain('这是');
    expect(block.text).not.toContain('這');
  });
});
