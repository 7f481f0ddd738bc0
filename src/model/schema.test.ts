import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorKinds,
  actorSchema,
  date,
  id,
  isHttpUrl,
  isRealDate,
  languageTag,
  modelSchema,
  positions,
  quoteKinds,
  relationTypes,
  stanceSchema,
  text,
  url,
  viewStateSchema,
} from './schema';
import { fixtureModel } from '../testing/fixture-model';

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('Id', () => {
  it.each(['a', 'putin', 'security-guarantees', 'q_1.2:x', 'A'.repeat(64)])('accepts %s', (v) =>
    expect(ok(id, v)).toBe(true),
  );
  it.each(['', 'A'.repeat(65), 'has space', 'slash/id', 'ünï', 'a,b', '<script>', 42, null])(
    'rejects %j',
    (v) => expect(ok(id, v)).toBe(false),
  );
  it('says what an id must look like', () => {
    const result = id.safeParse('bad id');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'expected an id of 1–64 characters from a-z A-Z 0-9 _ . : -',
    );
  });
});

describe('Text', () => {
  it.each(['Putin', { en: 'Putin' }, { en: 'Putin', 'zh-Hant': '普丁' }, { 'zh-Hans': '普京' }])(
    'accepts %j',
    (v) => expect(ok(text, v)).toBe(true),
  );
  it.each([
    '',
    '   ',
    {},
    { en: '' },
    { en: '  ' },
    { 'not a tag': 'x' },
    { __proto__: 'x' },
    { en: 42 },
    ['Putin'],
    null,
    7,
  ])('rejects %j', (v) => expect(ok(text, v)).toBe(false));
  it('never lets a __proto__ key parsed from JSON through (nor change a prototype)', () => {
    expect(ok(text, JSON.parse('{"__proto__": "x"}'))).toBe(false);
    const mixed = text.parse(JSON.parse('{"en": "x", "__proto__": {"polluted": true}}'));
    expect(mixed).toEqual({ en: 'x' });
    expect(Object.getPrototypeOf(mixed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('language tags are BCP 47-like', () => {
    expect(ok(languageTag, 'zh-Hant')).toBe(true);
    expect(ok(languageTag, 'en')).toBe(true);
    expect(ok(languageTag, 'zh_Hant')).toBe(false);
    expect(ok(languageTag, '')).toBe(false);
  });
});

describe('Date', () => {
  it.each([
    '2025-08-15',
    '2024-02-29',
    '2000-02-29',
    '0000-02-29',
    '2025-12-31',
    '2025-08-15T10:30',
    '2025-08-15T10:30:59',
    '2025-08-15T10:30:59.123',
    '2025-08-15T10:30Z',
    '2025-08-15T10:30:00+09:00',
    '2025-08-15T23:59-08:00',
  ])('accepts %s', (v) => {
    expect(isRealDate(v)).toBe(true);
    expect(ok(date, v)).toBe(true);
  });
  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-01-00',
    '2025-1-5',
    '15/08/2025',
    '2025-08-15T24:00',
    '2025-08-15T10:60',
    '2025-08-15T10:30:60',
    '2025-08-15T10:30+25:00',
    '2025-08-15 10:30',
    '2025-08-15T',
    '',
    'yesterday',
  ])('rejects %s', (v) => {
    expect(isRealDate(v)).toBe(false);
    expect(ok(date, v)).toBe(false);
  });
  it('rejects non-strings', () => expect(ok(date, 20250815)).toBe(false));

  it('reads YYYY-MM-DD digit by digit exactly as the pattern does', () => {
    // The rule as first written (one regular expression for every form), kept as the reference.
    const reference = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
      return month >= 1 && month <= 12 && day >= 1 && day <= days;
    };
    const char = fc.constantFrom(...'0123456789-0123456789T:+Z /٣'.split(''));
    const near = fc
      .tuple(fc.nat(9999), fc.nat(14), fc.nat(33))
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    const samples = fc.oneof(near, fc.string({ unit: char, minLength: 10, maxLength: 10 }));
    let real = 0;
    fc.assert(
      fc.property(samples, (value) => {
        if (isRealDate(value) !== reference(value)) throw new Error(`disagree on "${value}"`);
        if (reference(value)) real++;
      }),
      { numRuns: 20_000, seed: 20_250_815 },
    );
    expect(real).toBeGreaterThan(1000);
  });
});

describe('Url', () => {
  it.each(['https://www.dw.com/zh/a-1', 'http://example.org', 'HTTPS://EXAMPLE.ORG/x?y=1#z'])(
    'accepts %s',
    (v) => {
      expect(isHttpUrl(v)).toBe(true);
      expect(ok(url, v)).toBe(true);
    },
  );
  it.each([
    'javascript:alert(1)',
    'JavaScript:window.__pwned=true',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '/relative/path',
    'relative.html',
    '//example.org/protocol-relative',
    '',
  ])('rejects %s', (v) => {
    expect(isHttpUrl(v)).toBe(false);
    expect(ok(url, v)).toBe(false);
  });
});

describe('colour and enums', () => {
  const actor = { id: 'a', name: 'A', kind: 'state' };
  it.each(['#1f4e9c', '#ABCDEF'])('accepts colour %s', (color) =>
    expect(ok(actorSchema, { ...actor, color })).toBe(true),
  );
  it.each(['#fff', '1f4e9c', '#1f4e9g', 'red', 'rgb(0,0,0)', '#1f4e9c00'])(
    'rejects colour %s',
    (color) => expect(ok(actorSchema, { ...actor, color })).toBe(false),
  );
  it('accepts every actor kind and no other', () => {
    for (const kind of actorKinds) expect(ok(actorSchema, { ...actor, kind })).toBe(true);
    expect(ok(actorSchema, { ...actor, kind: 'country' })).toBe(false);
    expect(ok(actorSchema, { ...actor, kind: 'State' })).toBe(false);
  });
  it('accepts every position and no other', () => {
    const stance = { id: 's', actor: 'a', issue: 'i', summary: 'x' };
    for (const position of positions) expect(ok(stanceSchema, { ...stance, position })).toBe(true);
    expect(ok(stanceSchema, { ...stance, position: 'against' })).toBe(false);
  });
  it('lists the enums of the format, in its order', () => {
    expect(actorKinds).toEqual(['state', 'person', 'organization', 'coalition', 'expert', 'media']);
    expect(relationTypes).toEqual([
      'cooperates',
      'supports',
      'negotiates',
      'pressures',
      'opposes',
      'conflict',
      'trades',
      'distrusts',
      'observes',
    ]);
    expect(positions).toEqual(['support', 'conditional', 'neutral', 'ambiguous', 'oppose']);
    expect(quoteKinds).toEqual(['direct', 'paraphrase']);
  });
  it('a view state accepts only known panels and positions', () => {
    expect(ok(viewStateSchema, { panel: 'matrix', positions: ['support'] })).toBe(true);
    expect(ok(viewStateSchema, { panel: 'brief' })).toBe(false);
    expect(ok(viewStateSchema, { positions: ['yes'] })).toBe(false);
  });
});

describe('the model', () => {
  it('accepts the fixture model and defaults the optional collections', () => {
    const model: Partial<ReturnType<typeof fixtureModel>> = fixtureModel();
    for (const name of ['relations', 'stances', 'quotes', 'events', 'views'] as const)
      delete model[name];
    const parsed = modelSchema.parse(model);
    expect(parsed.relations).toEqual([]);
    expect(parsed.views).toEqual([]);
  });
  it('ignores unknown keys at every level', () => {
    const model = { ...fixtureModel(), extra: 1 } as Record<string, unknown>;
    const parsed = modelSchema.parse(model);
    expect('extra' in parsed).toBe(false);
  });
});
