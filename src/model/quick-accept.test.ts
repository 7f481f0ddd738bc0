import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../testing/fixture-model';
import { generateModel } from '../../scripts/generate-model';
import { collectionSchemas, type CollectionName } from './schema';
import { quickAccepts } from './quick-accept';
import { isContainer, locate, type Container, type Json } from '../testing/json-walk';

/**
 * The fast path must never accept a record zod refuses, and what it accepts must be exactly
 * zod's output (so keeping the record as it is changes nothing). On JSON input it must also
 * accept every record that zod accepts unchanged, or the fast path would be pointless.
 */

const names = Object.keys(collectionSchemas) as CollectionName[];
const alaska = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/alaska-summit.json'), 'utf8'),
) as Record<string, Json[]>;
const generated = JSON.parse(
  JSON.stringify(generateModel({ actors: 30, relations: 40, stances: 40, quotes: 60, seed: 7 })),
) as Record<string, Json[]>;
const fixture = JSON.parse(JSON.stringify(fixtureModel())) as Record<string, Json[]>;

/** Valid records of every collection, with the optional fields the models leave out added. */
const seeds: Record<CollectionName, Json[]> = Object.fromEntries(
  names.map((name) => [
    name,
    [...(alaska[name] ?? []), ...(generated[name] ?? []), ...(fixture[name] ?? [])],
  ]),
) as Record<CollectionName, Json[]>;
seeds.actors.push(
  { id: 'a.b:c_d-1', name: 'Somebody', kind: 'expert', position: { x: -1.5, y: 2e3 } },
  { id: 'x', name: { en: ' A ' }, kind: 'media', memberOf: [], color: '#ABCdef', role: 'r' },
);
seeds.views.push({
  id: 'v',
  title: 'T',
  state: {
    issues: [],
    actors: ['us'],
    positions: ['support', 'oppose'],
    asOf: '2024-02-29T23:59',
    focus: 'us',
    search: '',
    panel: 'timeline',
  },
});
seeds.quotes.push({ id: 'q', speaker: 's', text: 'x', kind: 'direct', locator: '', issues: [] });

/** Near misses of every rule, and hostile shapes. */
const nearMiss = fc.constantFrom<Json>(
  '',
  ' ',
  '\u3000',
  'a',
  'en',
  'zh-Hant',
  'zh_Hant',
  'e',
  'a'.repeat(64),
  'a'.repeat(65),
  'id with space',
  '__proto__',
  'constructor',
  '2024-02-29',
  '2023-02-29',
  '2025-08-15T10:30',
  '2025-08-15T24:00',
  '2025-08-15T10:30:60',
  '2025-08-15T10:30:00.123+02:00',
  '2025-08-15T10:30+24:00',
  '0000-02-29',
  '#12345f',
  '#12345g',
  '#1234567',
  'support',
  'direct',
  'paraphrase',
  'state',
  'supports',
  'graph',
  'brief',
  0,
  -0,
  1.5,
  1e308,
  true,
  null,
  [],
  {},
  { en: '' },
  { en: 'x', 'zh-Hant': ' ' },
  { 'zh-Hant': '中' },
  { x: 1, y: 2 },
  { x: 1 },
  { x: 1, y: 2, z: 3 },
  ['us'],
  ['us', ''],
  ['support', 'maybe'],
);
const value: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: nearMiss },
  { weight: 1, arbitrary: fc.jsonValue() as fc.Arbitrary<Json> },
);

type Mutation =
  | { op: 'replace'; path: number[]; value: Json }
  | { op: 'delete' | 'protoKey'; path: number[] }
  | { op: 'add'; path: number[]; key: string; value: Json };
const path = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), path, value }),
  fc.record({ op: fc.constantFrom('delete' as const, 'protoKey' as const), path }),
  fc.record({
    op: fc.constant('add' as const),
    path,
    key: fc.constantFrom('id', 'name', 'extra', 'en', 'x', 'state', 'date', 'zh-Hant', 'note'),
    value,
  }),
);

function define(target: Container, key: string | number, item: Json) {
  // defineProperty: a plain assignment to "__proto__" would change the prototype instead.
  // A copy: the arbitraries hand out the same constant objects again and again.
  Object.defineProperty(target, key, {
    value: structuredClone(item),
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function apply(record: Container, m: Mutation) {
  const { parent, key } = locate(record, m.path);
  if (m.op === 'add') {
    const target = (parent as Record<string | number, Json>)[key];
    define(isContainer(target) && !Array.isArray(target) ? target : parent, m.key, m.value);
  } else if (key === '') return;
  else if (m.op === 'replace') define(parent, key, m.value);
  else if (m.op === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string, Json>)[key];
  } else {
    const target = (parent as Record<string | number, Json>)[key];
    if (isContainer(target) && !Array.isArray(target)) define(target, '__proto__', { id: 'x' });
  }
}

/**
 * Structural equality with the same own string keys (in any order): what zod's output must be.
 * Symbol keys (JSON has none; zod's objects drop them, and nothing reads them) are not compared.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.getOwnPropertyNames(a);
  const keysB = Object.getOwnPropertyNames(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function agree(name: CollectionName, record: unknown, jsonOnly: boolean): string | undefined {
  const quick = quickAccepts[name](record);
  const zod = collectionSchemas[name].safeParse(record);
  const unchanged = zod.success && sameJson(zod.data, record);
  if (quick && !unchanged) return 'the fast path accepts what zod refuses or changes';
  if (jsonOnly && !quick && unchanged) return 'the fast path refuses what zod accepts unchanged';
  return undefined;
}

describe('quickAccepts agrees with zod', () => {
  it.each(names)('accepts every valid %s record of the real and generated models', (name) => {
    expect(seeds[name].length).toBeGreaterThan(0);
    for (const record of seeds[name]) {
      expect(collectionSchemas[name].safeParse(record).success).toBe(true);
      expect(quickAccepts[name](record)).toBe(true);
    }
  });

  it.each(names)('sees every field of the %s schema used in the valid records', (name) => {
    const used = new Set(seeds[name].flatMap((record) => Object.keys(record as object)));
    expect([...used].sort()).toEqual(Object.keys(collectionSchemas[name].shape).sort());
  });

  it.each(names)('answers as zod does on mutated %s records (JSON input)', (name) => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (pick, mutations) => {
          const list = seeds[name];
          const record = structuredClone(list[pick % list.length]) as Container;
          for (const m of mutations) apply(record, m);
          // Through JSON and back: exactly what JSON.parse hands the validator.
          const parsed = JSON.parse(JSON.stringify(record)) as unknown;
          for (const input of [record, parsed]) {
            const problem = agree(name, input, input === parsed);
            if (problem) throw new Error(`${problem}: ${JSON.stringify(input)}`);
          }
          if (quickAccepts[name](parsed)) accepted++;
          else refused++;
        },
      ),
      { numRuns: 1500, seed: 20_250_818 },
    );
    // Both answers must actually occur, or the test proves little.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(200);
  });

  it('refuses, and leaves to zod, values JSON cannot hold', () => {
    const base = { id: 'q', speaker: 's', text: 'x', kind: 'direct' };
    const odd: unknown[] = [
      { ...base, date: undefined },
      { ...base, text: new String('x') },
      Object.assign(Object.create(null) as object, base),
      Object.assign(Object.create({ date: 'nope' }) as object, base),
      { ...base, [Symbol('s')]: 1 },
      { ...base, text: { en: 'x', [Symbol('s')]: 'y' } },
      Object.defineProperty({ ...base }, 'date', { value: 'nope', enumerable: false }),
      new Date(0),
    ];
    for (const record of odd) {
      expect(agree('quotes', record, false)).toBeUndefined();
    }
    const positioned = {
      id: 'a',
      name: 'A',
      kind: 'state',
      position: { x: Number.NaN, y: Infinity },
    };
    expect(quickAccepts.actors(positioned)).toBe(false);
    expect(collectionSchemas.actors.safeParse(positioned).success).toBe(false);
  });
});
