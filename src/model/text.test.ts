import { describe, expect, it } from 'vitest';
import { closeBidi, originalText, resolveText, shownLanguage } from './text';

describe('resolveText', () => {
  it('takes the UI language, else the first model language, else any entry', () => {
    const value = { en: 'Russia', 'zh-Hant': '俄羅斯' };
    expect(resolveText(value, 'zh-Hant', ['en'])).toBe('俄羅斯');
    expect(resolveText(value, 'fr', ['en'])).toBe('Russia');
    expect(resolveText({ de: 'Russland' }, 'en', ['en'])).toBe('Russland');
    expect(resolveText('Russia', 'zh-Hant', ['en'])).toBe('Russia');
  });

  it('never reads a property every object inherits as a language', () => {
    const value = { fr: 'Titre' };
    expect(resolveText(value, 'toString', ['valueOf', 'fr'])).toBe('Titre');
    expect(resolveText(value, 'en', ['constructor'])).toBe('Titre');
    expect(shownLanguage(value, 'toString', ['valueOf', 'fr'])).toBe('fr');
  });
});

describe('originalText', () => {
  it('reads only the text in the language the quote was published in', () => {
    const quote = {
      id: 'q',
      speaker: 'a',
      text: { fr: 'Bonjour' },
      kind: 'direct',
      original: 'toString',
    } as const;
    expect(originalText(quote, ['fr'])).toBeUndefined();
    expect(originalText({ ...quote, original: 'fr' }, ['fr'])).toBe('Bonjour');
  });
});

describe('closeBidi', () => {
  it('closes overrides, embeddings and isolates a text leaves open, and nothing else', () => {
    expect(closeBidi('Russia')).toBe('Russia');
    expect(closeBidi('Russia\u202e')).toBe('Russia\u202e\u202c');
    expect(closeBidi('a\u2067b\u202bc')).toBe('a\u2067b\u202bc\u202c\u2069');
    // Already balanced: unchanged (a PDI closes the embedding opened inside its isolate).
    expect(closeBidi('a\u202eb\u202c')).toBe('a\u202eb\u202c');
    expect(closeBidi('a\u2068b\u202ec\u2069')).toBe('a\u2068b\u202ec\u2069');
    // A stray closer opens nothing.
    expect(closeBidi('a\u202c\u2069')).toBe('a\u202c\u2069');
  });

  it('is applied to every text shown', () => {
    expect(resolveText({ en: 'Russia\u202e' }, 'en', ['en'])).toBe('Russia\u202e\u202c');
    expect(resolveText('Evil\u2066', 'en', ['en'])).toBe('Evil\u2066\u2069');
  });
});
