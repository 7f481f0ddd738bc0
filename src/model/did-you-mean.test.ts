import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './did-you-mean';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('putn', 'putin')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('stops at the cap', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
    expect(editDistance('a', 'a'.repeat(100), 5)).toBe(6);
  });
});

describe('closestMatch', () => {
  const ids = ['us', 'russia', 'ukraine', 'putin', 'zelensky', 'witkoff'];
  it('suggests "putin" for "putn"', () => expect(closestMatch('putn', ids)).toBe('putin'));
  it('ignores case', () => expect(closestMatch('PUTIN', ids)).toBe('putin'));
  it('suggests nothing when no id is close', () => {
    expect(closestMatch('european-commission', ids)).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });
});
