import { describe, expect, it } from 'vitest';
import { looseFinder, sourcesOf } from './loose-find';

/** Traditional → Simplified for three characters, the rest unchanged. */
function table() {
  const t = new Uint16Array(0x10000);
  for (let i = 0; i < t.length; i++) t[i] = i;
  for (const [from, to] of [
    ['烏', '乌'],
    ['蘭', '兰'],
    ['證', '证'],
  ])
    t[from?.charCodeAt(0) ?? 0] = to?.charCodeAt(0) ?? 0;
  return t;
}

const all = (find: (text: string, from: number) => number, text: string) => {
  const places: number[] = [];
  for (let at = find(text, 0); at >= 0; at = find(text, at + 1)) places.push(at);
  return places;
};

describe('looseFinder', () => {
  const t = table();
  const sources = sourcesOf(t);

  it('knows every spelling that folds to a character', () => {
    expect(sources.get('乌'.charCodeAt(0))).toBe('乌烏');
    expect(sources.has('克'.charCodeAt(0))).toBe(false);
  });

  it('finds the query in either script, and mixed, in order, overlaps included', () => {
    const text = '在烏克蘭與乌克兰，烏克兰；乌乌克兰';
    expect(all(looseFinder('乌克兰', t, sources), text)).toEqual([1, 5, 9, 14]);
    expect(all(looseFinder('乌乌', t, sources), '烏乌烏')).toEqual([0, 1]);
  });

  it('a first character with one spelling, and no match at all', () => {
    expect(all(looseFinder('克兰', t, sources), '烏克蘭 克兰 克')).toEqual([1, 4]);
    expect(looseFinder('证据', t, sources)('證人', 0)).toBe(-1);
  });
});
