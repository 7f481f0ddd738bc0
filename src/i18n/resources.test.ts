import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../model/text';
import { resources } from './setup';

type Tree = { [key: string]: unknown };

/** Every leaf of a resource tree as `a.b.c` → value. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [leaf, leafValue] of leaves(value, path)) out.set(leaf, leafValue);
    } else out.set(path, value);
  }
  return out;
}

/** i18next plural forms (`count_one`, `count_other`) differ by language: compare their base key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (tree: Tree) =>
  new Set([...leaves(tree).keys()].map((key) => key.replace(PLURAL, '')));

/** Keys of `a` missing in `b`, e.g. `en has app.name, zh-Hant does not`. */
function missing(a: Tree, b: Tree, aName: string, bName: string): string[] {
  const bKeys = baseKeys(b);
  return [...baseKeys(a)]
    .filter((key) => !bKeys.has(key))
    .map((key) => `${aName} has ${key}, ${bName} does not`);
}

const en = resources.en.translation;
const zh = resources['zh-Hant'].translation;

// Each feature's resource file, found on disk: a file that setup.ts forgets is caught below.
const bundleFiles = import.meta.glob<Record<string, Record<string, Tree>>>('./resources/*.ts', {
  eager: true,
});

describe('UI strings', () => {
  it('has exactly the two UI languages', () => {
    expect(Object.keys(resources).sort()).toEqual([...uiLanguages].sort());
  });

  it('every key exists in both en and zh-Hant', () => {
    expect([...missing(en, zh, 'en', 'zh-Hant'), ...missing(zh, en, 'zh-Hant', 'en')]).toEqual([]);
    expect(leaves(en).size).toBeGreaterThan(50);
  });

  it('no value is empty, and every value is a string', () => {
    const bad = uiLanguages.flatMap((lang) =>
      [...leaves(resources[lang].translation)]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key, value]) => `${lang} ${key}: ${JSON.stringify(value)}`),
    );
    expect(bad).toEqual([]);
  });

  it('both languages use the same {{placeholders}} in each string', () => {
    const placeholders = (value: unknown) =>
      [...String(value).matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();
    const zhLeaves = leaves(zh);
    const differing = [...leaves(en)]
      .filter(([key]) => zhLeaves.has(key))
      .filter(
        ([key, value]) =>
          JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(zhLeaves.get(key))),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('Chinese strings are in Traditional characters where the common ones differ', () => {
    // A few frequent Simplified-only characters that have a distinct Traditional form.
    const simplified = /[们这个说对话国关时发现门问题东车会长]/;
    const found = [...leaves(zh)]
      .filter(([, value]) => simplified.test(String(value)))
      .map(([key, value]) => `${key}: ${String(value)}`);
    expect(found).toEqual([]);
  });

  it('every resource file is merged, and no two files claim the same top-level key', () => {
    const owners = new Map<string, string[]>();
    for (const [file, module] of Object.entries(bundleFiles)) {
      for (const bundle of Object.values(module)) {
        for (const lang of uiLanguages) {
          for (const key of Object.keys(bundle[lang] ?? {})) {
            const list = owners.get(`${lang}:${key}`) ?? [];
            if (!list.includes(file)) list.push(file);
            owners.set(`${lang}:${key}`, list);
          }
        }
        expect(Object.keys(bundle).sort(), file).toEqual([...uiLanguages].sort());
        for (const lang of uiLanguages) {
          const merged = resources[lang].translation;
          expect(missing(bundle[lang] ?? {}, merged, file, 'the merged resources'), lang).toEqual(
            [],
          );
        }
      }
    }
    const shared = [...owners].filter(([, files]) => files.length > 1);
    expect(shared).toEqual([]);
  });

  it('the check itself fails on a key missing in either language', () => {
    const a = { app: { name: 'x', regions: { graph: 'g', matrix: 'm' } } };
    const b = { app: { name: 'y', regions: { graph: 'g' } } };
    expect(missing(a, b, 'en', 'zh-Hant')).toEqual(['en has app.regions.matrix, zh-Hant does not']);
    expect(missing(b, a, 'zh-Hant', 'en')).toEqual([]);
  });
});
