import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../testing/fixture-model';
import { formatProblem, validateModel } from './validate';
import { isContainer, locate, type Container, type Json } from '../testing/json-walk';

/**
 * Random mutations of valid models: validateModel never throws, and returns either a model or a
 * non-empty list of `path: message` problems; a valid part, when offered, validates cleanly.
 */

// 10,000 runs in all; the big model costs about ten times as much per run as the small one.
const SEED = 20_250_815;
const PROBLEM = /^[^:]+: .+/;
const COLLECTIONS = ['actors', 'issues', 'relations', 'stances', 'quotes', 'events', 'views'];

const bases: Array<[string, number, string]> = [
  ['the fixture model', 8_500, JSON.stringify(fixtureModel())],
  [
    'data/alaska-summit.json',
    1_500,
    readFileSync(resolve(import.meta.dirname, '../../data/alaska-summit.json'), 'utf8'),
  ],
];

/** Hostile values: any JSON, plus the shapes that broke validators before. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue() as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, [], {}, '', 0, -1, 1e308, true) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(100_000)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Json>(
      JSON.parse('{"__proto__": {"polluted": true}}') as Json,
      JSON.parse('{"__proto__": "x", "en": "y"}') as Json,
      JSON.parse('[{"__proto__": null}]') as Json,
      'javascript:window.__pwned=true',
      'data:text/html,<script>window.__pwned=true</script>',
      '2025-02-30',
      '2025-13-01',
      '<img src=x onerror="window.__pwned=true">',
      '__proto__',
      'constructor',
    ),
  },
);

type Mutation =
  | { op: 'delete' | 'protoKey'; path: number[] }
  | { op: 'replace'; path: number[]; value: Json }
  | { op: 'duplicate'; collection: number; index: number }
  | { op: 'retarget'; path: number[]; from: number; index: number; typo: boolean };

const path = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'protoKey' as const), path }),
  fc.record({ op: fc.constant('replace' as const), path, value: hostileValue }),
  fc.record({ op: fc.constant('duplicate' as const), collection: fc.nat(), index: fc.nat() }),
  fc.record({
    op: fc.constant('retarget' as const),
    path,
    from: fc.nat(),
    index: fc.nat(),
    typo: fc.boolean(),
  }),
);

/** Like `locate`, but lands on a key even at the root object. */
function locateKey(root: Container, steps: number[]): { parent: Container; key: string | number } {
  const found = locate(root, steps);
  if (found.key === '' && !Array.isArray(found.parent)) {
    return { parent: found.parent, key: Object.keys(found.parent)[0] ?? 'format' };
  }
  return found;
}

function apply(model: Record<string, Json>, m: Mutation): void {
  const set = (parent: Container, key: string | number, value: Json | undefined) => {
    if (Array.isArray(parent) && typeof key === 'number') {
      if (value === undefined) parent.splice(key, 1);
      else parent[key] = value;
    } else if (!Array.isArray(parent)) {
      // defineProperty: a plain assignment to "__proto__" would change the prototype instead.
      if (value === undefined) delete parent[key];
      else
        Object.defineProperty(parent, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  };
  if (m.op === 'duplicate') {
    const list = model[COLLECTIONS[m.collection % COLLECTIONS.length] ?? 'actors'];
    if (Array.isArray(list) && list.length > 0)
      list.push(structuredClone(list[m.index % list.length]) ?? null);
    return;
  }
  const { parent, key } = locateKey(model, m.path);
  if (m.op === 'delete') set(parent, key, undefined);
  else if (m.op === 'replace') set(parent, key, m.value);
  else if (m.op === 'protoKey') {
    const target = (parent as Record<string | number, Json>)[key];
    if (isContainer(target) && !Array.isArray(target))
      set(target, '__proto__', { polluted: true, id: 'evil' });
  } else if (m.op === 'retarget') {
    // Point a reference at an id of another collection, or at a near miss of one.
    const list = model[COLLECTIONS[m.from % COLLECTIONS.length] ?? 'actors'];
    const record = Array.isArray(list) ? list[m.index % Math.max(1, list.length)] : undefined;
    const id = isContainer(record) && !Array.isArray(record) ? record.id : undefined;
    if (typeof id === 'string') set(parent, key, m.typo ? `${id.slice(0, -1)}x` : id);
  }
}

describe('validateModel under random mutation (fast-check)', () => {
  for (const [name, numRuns, source] of bases) {
    it(`never throws and always answers model-or-problems: ${name}`, () => {
      expect(validateModel(JSON.parse(source)).ok).toBe(true);
      let runs = 0;
      let invalid = 0;
      let partials = 0;
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
          runs++;
          const model = JSON.parse(source) as Record<string, Json>;
          for (const m of mutations) apply(model, m);
          const result = validateModel(model);
          // Plain checks (not expect) in the hot loop: fast-check reports the failing input.
          if (result.ok) {
            if (result.model.actors.length === 0) throw new Error('a valid model has no actor');
            return;
          }
          invalid++;
          if (result.problems.length === 0) throw new Error('invalid, but no problem reported');
          const malformed = result.problems.map(formatProblem).find((p) => !PROBLEM.test(p));
          if (malformed !== undefined) throw new Error(`not "path: message": ${malformed}`);
          if (result.partial) {
            partials++;
            const again = validateModel(result.partial.model);
            if (!again.ok)
              throw new Error(
                `the valid part is not valid: ${again.problems.map(formatProblem).join('; ')}`,
              );
          }
          if (({} as Record<string, unknown>).polluted !== undefined)
            throw new Error('Object.prototype was polluted');
        }),
        { numRuns, seed: SEED },
      );
      expect(runs).toBe(numRuns);
      // The mutations must actually exercise the error paths, not only valid models.
      expect(invalid).toBeGreaterThan(numRuns / 2);
      expect(partials).toBeGreaterThan(numRuns / 20);
    }, 120_000);
  }
});
