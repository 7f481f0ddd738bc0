import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { rememberingT, type Translate } from './fast-t';
import { rememberTexts, resources } from './setup';

/** An i18next of its own with the app's texts (and one formatted text), in `lng`. */
async function fixedT(lng: 'en' | 'zh-Hant'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: {
      ...resources,
      en: { translation: { ...resources.en.translation, shout: 'Hey {{name, upper}}!' } },
    },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  instance.services.formatter?.add('upper', (value) => String(value).toUpperCase());
  return instance.getFixedT(lng) as unknown as Translate;
}

/** The model's counts line for a large model. */
const COUNTS = {
  actors: 2000,
  issues: 10,
  relations: 6000,
  stances: 40,
  quotes: 50000,
  events: 12,
};

const CALLS: [string, Record<string, unknown>?][] = [
  ['quotes.search'],
  ['app.regions.graph'],
  ['quotes.count', { count: 1 }],
  ['quotes.count', { count: 12 }],
  ['quotes.count', { count: 0 }],
  ['quotes.count', { count: 43949 }],
  ['app.counts', COUNTS],
  ['load.more', { count: 4950 }],
  ['graph.layingOut', { count: 2000 }],
  ['matrix.cellLabel', { actor: 'Russia', issue: 'Territory', stances: 'Oppose' }],
  ['matrix.cellLabel', { actor: '俄羅斯', issue: '領土', stances: '反對' }],
  // Values are put in as they are: no markup, no replacement patterns, no interpolation.
  ['matrix.cellLabel', { actor: '$& $1 $$', issue: '{{issue}}', stances: '<b>x</b>' }],
  ['quotes.copied', { speaker: 'Marco Rubio' }],
  ['graph.edgeAria', { source: 'United States', type: 'supports', target: 'Ukraine' }],
  ['no.such.key'],
  ['no.such.key', { name: 'x' }],
];

describe('rememberingT', () => {
  it.each(['en', 'zh-Hant'] as const)('gives what t gives, in %s', async (lng) => {
    const t = await fixedT(lng);
    const remembering = rememberingT(t);
    for (let round = 0; round < 2; round++)
      for (const [key, values] of CALLS) expect(remembering(key, values)).toBe(t(key, values));
  });

  it('asks t once per text: once per key, once per plural count', async () => {
    const t = vi.fn(await fixedT('en'));
    const remembering = rememberingT(t);
    for (const actor of ['Russia', 'Ukraine', 'China'])
      remembering('matrix.cellLabel', { actor, issue: 'Territory', stances: 'Oppose' });
    remembering('quotes.search');
    remembering('quotes.search');
    remembering('quotes.count', { count: 2 });
    remembering('quotes.count', { count: 2 });
    remembering('quotes.count', { count: 3 });
    expect(t).toHaveBeenCalledTimes(4);
  });

  it('keeps at most a thousand templates: a count of each of 50,000 quotes does not pile up', async () => {
    const t = vi.fn(await fixedT('en'));
    const remembering = rememberingT(t);
    for (let count = 0; count < 2500; count++)
      expect(remembering('quotes.count', { count })).toBe(
        `${count.toLocaleString('en')} ${count === 1 ? 'quote' : 'quotes'}`,
      );
    t.mockClear();
    remembering('quotes.count', { count: 2499 });
    remembering('quotes.count', { count: 3 });
    // The latest are still known; the oldest were let go.
    expect(t).toHaveBeenCalledTimes(1);
  });

  it('leaves options, object values and formatted values to t, every time', async () => {
    const t = vi.fn(await fixedT('en'));
    const remembering = rememberingT(t);
    expect(remembering('shout', { name: 'kyiv' })).toBe('Hey KYIV!');
    expect(remembering('shout', { name: 'odesa' })).toBe('Hey ODESA!');
    expect(remembering('no.such.key', { defaultValue: 'fallback' })).toBe('fallback');
    expect(remembering('quotes.copied', { speaker: { name: 'x' } })).toBe(
      t('quotes.copied', { speaker: { name: 'x' } }),
    );
    remembering('no.such.key', { defaultValue: 'fallback' });
    // shout: a template tried once, then t for each call; defaultValue: t each time.
    expect(t.mock.calls.filter(([key]) => key === 'no.such.key')).toHaveLength(2);
    expect(t.mock.calls.filter(([key]) => key === 'shout')).toHaveLength(3);
  });

  it("is what useTranslation's t is, once the instance remembers texts", async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'en', fallbackLng: false });
    const plain = instance.getFixedT('zh-Hant');
    rememberTexts(instance);
    const t = instance.getFixedT('zh-Hant');
    expect(t).not.toBe(plain);
    expect((t as unknown as { lng?: string }).lng).toBe('zh-Hant');
    expect(t('quotes.count', { count: 12 })).toBe(plain('quotes.count', { count: 12 }));
    expect(t('quotes.count', { count: 12 })).toBe('12 則引述');
  });

  it('says one of a thing in the singular', async () => {
    const t = rememberingT(await fixedT('en'));
    expect(t('quotes.exported', { count: 1, format: 'CSV' })).toBe('Exported 1 quote as CSV.');
    expect(t('quotes.exported', { count: 2, format: 'CSV' })).toBe('Exported 2 quotes as CSV.');
    expect(t('savedViews.imported', { count: 1 })).toBe('Imported 1 view.');
    expect(t('timeline.dayEvents', { count: 1 })).toBe('1 event');
    const zh = rememberingT(await fixedT('zh-Hant'));
    expect(zh('quotes.exported', { count: 1, format: 'CSV' })).toBe('已將 1 則引述匯出為 CSV。');
    expect(zh('timeline.dayEvents', { count: 1 })).toBe('1 個事件');
  });

  it('groups the digits of large counts, in both languages', async () => {
    for (const [lng, quotes, more, layingOut] of [
      ['en', '43,949 quotes', 'and 4,950 more', 'Laying out 2,000 actors…'],
      ['zh-Hant', '43,949 則引述', '另有 4,950 項', '正在排列 2,000 個行為者…'],
    ] as const) {
      const t = rememberingT(await fixedT(lng));
      expect(t('quotes.count', { count: 43949 })).toBe(quotes);
      expect(t('load.more', { count: 4950 })).toBe(more);
      expect(t('graph.layingOut', { count: 2000 })).toBe(layingOut);
      expect(t('timeline.laterSummary', { events: 1200, quotes: 45000 })).toContain('45,000');
      expect(t('app.counts', COUNTS)).toMatch(
        lng === 'en'
          ? /^2,000 actors · 10 issues · 6,000 relations · 40 stances · 50,000 quotes · 12 events$/
          : /^2,000 個行為者 .* 50,000 則引述 · 12 個事件$/,
      );
    }
  });
});
