import { describe, expect, it } from 'vitest';
import { foldCase, hasCjk, loadChineseFold } from './search-fold';

describe('foldCase', () => {
  it('lower-cases and maps full-width letters, keeping the length', () => {
    expect(foldCase('NATO ＣＮＮ Fox')).toBe('nato cnn fox');
    expect(foldCase('Ukraine’s “deal” — Trump–Putin‐talks')).toBe(
      'ukraine\'s "deal" - trump-putin-talks',
    );
    const odd = 'İstanbul';
    expect(foldCase(odd)).toHaveLength(odd.length);
  });
});

describe('hasCjk', () => {
  it('tells Chinese from Latin', () => {
    expect(hasCjk('俄罗斯')).toBe(true);
    expect(hasCjk('Russia')).toBe(false);
    expect(hasCjk('CNN（美國）')).toBe(true);
  });
});

describe('the Chinese fold (opencc-js dictionaries)', () => {
  it('folds Simplified and Traditional to the same string, keeping the length', async () => {
    const { fold } = await loadChineseFold();
    for (const [simplified, traditional] of [
      ['俄罗斯', '俄羅斯'],
      ['安全保证', '安全保證'],
      ['乌克兰', '烏克蘭'],
      ['为什么', '為什麼'],
    ] as const) {
      expect(fold(simplified)).toBe(fold(traditional));
      expect(fold(traditional)).toHaveLength(traditional.length);
    }
    expect(fold('俄羅斯')).not.toBe(fold('美國'));
    expect(fold('NBC 俄羅斯')).toBe(fold('nbc 俄罗斯'));
  });
});
