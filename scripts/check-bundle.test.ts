import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeBundle, budgetProblems, htmlScripts, staticImports } from './check-bundle.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fake dist/ with an entry, a static chain, a modulepreload link and a lazy chunk. */
function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-bundle-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import() or import.meta', () => {
    const code =
      'import{a as b}from"./a.js";import"./b.js";export*from"./c.js";import d,{e}from\'./d.js\';' +
      'const f=()=>import(`./lazy.js`);const g=import.meta.url;export{b as t};';
    expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js', './d.js']);
  });
});

describe('htmlScripts', () => {
  it('reads module and classic scripts and modulepreload links, not stylesheets', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/vendor.js">' +
      '<link rel="stylesheet" href="./assets/index.css">' +
      '<script src="./assets/gate.js"></script>';
    expect(htmlScripts(html)).toEqual([
      './assets/index.js',
      './assets/vendor.js',
      './assets/gate.js',
    ]);
  });
});

describe('analyzeBundle', () => {
  it('counts the entry, its static imports (recursively) and preloads as initial; every file as all', () => {
    const dist = fakeDist({
      'index.html':
        '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/pre.js">',
      'assets/index.js': 'import{x}from"./shared.js";const l=()=>import("./graph.js");',
      'assets/shared.js': 'import"./deep.js";export const x=1;',
      'assets/deep.js': 'export const y=2;',
      'assets/pre.js': 'export const z=3;',
      'assets/graph.js': `import{x}from"./shared.js";export const graph="${'g'.repeat(5000)}";`,
    });
    const result = analyzeBundle(dist);
    expect(result.initial.files).toEqual([
      'assets/deep.js',
      'assets/index.js',
      'assets/pre.js',
      'assets/shared.js',
    ]);
    expect(result.all.files).toHaveLength(5);
    expect(result.all.gzip).toBeGreaterThan(result.initial.gzip);
    expect(result.all.raw).toBeGreaterThan(5000);
  });

  it('reports each exceeded budget, and none within budget', () => {
    const dist = fakeDist({
      'index.html': '<script type="module" src="./assets/index.js"></script>',
      'assets/index.js': `export const data=${JSON.stringify(Array.from({ length: 3000 }, (_, i) => i * 7919))};`,
    });
    const result = analyzeBundle(dist);
    expect(budgetProblems(result, { initial: 1_000_000, all: 1_000_000 })).toEqual([]);
    const problems = budgetProblems(result, { initial: 100, all: 100 });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^initial JavaScript is [\d.]+ kB gzip, over its 0.1 kB budget/);
  });

  it('explains a missing build', () => {
    const dist = fakeDist({});
    expect(() => analyzeBundle(dist)).toThrow(/index\.html not found — run `npx vite build` first/);
  });
});
