import { describe, expect, it } from 'vitest';
import { originalText, resolveText, shownLanguage } from './text';

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
