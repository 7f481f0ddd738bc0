import { describe, expect, it } from 'vitest';
import { prerenderedLanguage, showPrerendered } from './prerender-gate';
import { pictureBlock } from './prerender-picture';
import { parseSearch } from '../state/url-sync';
import { browserLanguage } from '../state/browser-language';
import { initialViewFields } from '../state/view-store';

const english = ['en-US', 'en'];
const chinese = ['zh-TW', 'en'];

describe('prerenderedLanguage', () => {
  it('fits the default view in the language the page will use', () => {
    expect(prerenderedLanguage('', english)).toBe('en');
    expect(prerenderedLanguage('', chinese)).toBe('zh-Hant');
    expect(prerenderedLanguage('?lang=en', chinese)).toBe('en');
    expect(prerenderedLanguage('?lang=zh-Hant', english)).toBe('zh-Hant');
  });

  it('fits no address with another parameter or an unknown language', () => {
    expect(prerenderedLanguage('?lang=en&issues=territory', english)).toBeNull();
    expect(prerenderedLanguage('?q=', english)).toBeNull();
    expect(prerenderedLanguage('?model=data/alaska-summit.json', english)).toBeNull();
    expect(prerenderedLanguage('?lang=fr', english)).toBeNull();
  });

  // The page hydrates what the gate showed: the state it reads from the same address must be the
  // prerendered one (the default view in that language), else hydration would not match.
  it('fits only addresses whose view state is the prerendered one', () => {
    const searches = [
      '',
      '?lang=en',
      '?lang=zh-Hant',
      '?lang=fr',
      '?lang=en&lang=zh-Hant',
      '?focus=putin',
      '?select=actor/putin',
      '?view=v1&lang=en',
      '?panel=brief',
      '?asOf=2025-08-16',
      '?utm_source=mail',
    ];
    for (const search of searches)
      for (const languages of [english, chinese, []]) {
        const lang = prerenderedLanguage(search, languages);
        if (lang === null) continue;
        expect(parseSearch(search, browserLanguage(languages))).toEqual({
          ...initialViewFields,
          lang,
        });
      }
  });
});

describe('showPrerendered', () => {
  const page = (root = '') => {
    document.documentElement.lang = 'en';
    document.body.innerHTML =
      `<div id="root">${root}</div>` +
      pictureBlock('en', '<h1>Alaska</h1>') +
      pictureBlock('zh-Hant', '<h1>阿拉斯加</h1>');
    return document.getElementById('root')!;
  };

  it('puts the fitting picture into the root and sets the page language', () => {
    const root = page();
    showPrerendered(document, '', chinese);
    expect(root.innerHTML).toBe('<h1>阿拉斯加</h1>');
    expect(root.hasAttribute('inert')).toBe(true);
    expect(document.documentElement.lang).toBe('zh-Hant');
  });

  it('leaves the root empty when nothing fits, and never replaces what is there', () => {
    const root = page();
    showPrerendered(document, '?focus=putin', english);
    expect(root.innerHTML).toBe('');
    expect(root.hasAttribute('inert')).toBe(false);
    const filled = page('<p>app</p>');
    showPrerendered(document, '', english);
    expect(filled.innerHTML).toBe('<p>app</p>');
  });

  it('shows only a data block of pictures, never a script of the page', () => {
    const root = page();
    document.getElementById('prerender-en')?.setAttribute('type', 'module');
    showPrerendered(document, '', english);
    expect(root.innerHTML).toBe('');
  });
});

describe('pictureBlock', () => {
  it('refuses markup that would end or alter its block', () => {
    expect(() => pictureBlock('en', '<p>a</p><script>alert(1)</script>')).toThrow(/script/);
    expect(() => pictureBlock('en', '<p>a</SCRIPT></p>')).toThrow(/script/);
    expect(pictureBlock('en', '<p title="&lt;/script">x</p>')).toContain('type="text/html"');
  });
});
