/**
 * The JavaScript budgets of the production build (run after `vite build`; `npm test` runs it):
 *   initial JavaScript — the scripts of dist/index.html (module or classic, such as the prerender
 *     gate), its modulepreload links and every chunk they import statically (followed
 *     recursively): what loads before the graph and charts;
 *   all JavaScript — every .js file in dist/.
 * Sizes are gzip level 9 (node:zlib), in kB of 1,000 bytes (as Vite prints them).
 * Deterministic: the same build gives the same figures. Exits 1 when a budget is exceeded.
 *
 *   node scripts/check-bundle.mjs [distDir]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes of gzip (kB = 1,000 bytes). */
export const BUDGETS = { initial: 170_000, all: 350_000 };

const STATIC_IMPORT =
  /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+|\{[^}]*\}|\*)?\s*(?:from)?\s*(["'`])([^"'`\n]+?)\1/g;

/** Specifiers of static `import … from "x"`, `import "x"` and `export … from "x"` (not `import("x")`). */
export function staticImports(code) {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[2]);
}

/** Scripts (module or classic) and modulepreload links of an HTML page, as written in it. */
export function htmlScripts(html) {
  const found = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) found.push(attr('src'));
    if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href'))
      found.push(attr('href'));
  }
  return found;
}

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return /\.m?js$/.test(entry.name) ? [path] : [];
  });
}

/** A local specifier → a file path inside dist (undefined for external or missing files). */
function resolveLocal(specifier, fromDir, distDir) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) || specifier.startsWith('//')) return undefined;
  const clean = specifier.split(/[?#]/)[0];
  const path = clean.startsWith('/') ? join(distDir, clean) : resolve(fromDir, clean);
  const inside = !relative(distDir, path).startsWith('..');
  return inside && existsSync(path) && /\.m?js$/.test(path) ? path : undefined;
}

const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Measures dist/: the initial and all JavaScript, raw and gzip, with their files. */
export function analyzeBundle(distDir = 'dist') {
  const root = resolve(distDir);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`${relative('.', indexPath)} not found — run \`npx vite build\` first`);
  }
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    const code = readFileSync(path, 'utf8');
    for (const specifier of staticImports(code)) {
      const target = resolveLocal(specifier, dirname(path), root);
      if (target) visit(target);
    }
  };
  const entries = htmlScripts(readFileSync(indexPath, 'utf8'))
    .map((src) => resolveLocal(src, root, root))
    .filter(Boolean);
  if (entries.length === 0) throw new Error(`${indexPath} has no entry script`);
  entries.forEach(visit);

  const all = jsFiles(root);
  const summarise = (files) => {
    const list = [...files].sort();
    return {
      files: list.map((path) => relative(root, path).split(sep).join('/')),
      raw: list.reduce((sum, path) => sum + readFileSync(path).length, 0),
      gzip: list.reduce((sum, path) => sum + gzipSize(path), 0),
    };
  };
  return { initial: summarise(initial), all: summarise(all) };
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** One line: both figures against their budgets. */
export function formatBundle(result, budgets = BUDGETS) {
  const part = (label, figure, budget) =>
    `${label} ${kB(figure.gzip)} gzip (${figure.files.length} file${figure.files.length === 1 ? '' : 's'}, ${kB(figure.raw)} raw) / budget ${kB(budget)} ${figure.gzip <= budget ? 'ok' : 'OVER'}`;
  return `bundle (kB = 1000 bytes) | ${part('initial JS', result.initial, budgets.initial)} | ${part('all JS', result.all, budgets.all)}`;
}

/** The budgets exceeded, each as a sentence (empty when all pass). */
export function budgetProblems(result, budgets = BUDGETS) {
  const problems = [];
  if (result.initial.gzip > budgets.initial) {
    problems.push(
      `initial JavaScript is ${kB(result.initial.gzip)} gzip, over its ${kB(budgets.initial)} budget (${result.initial.files.join(', ')}): load heavy views (graph, charts) with import() so they stay out of the entry chunk`,
    );
  }
  if (result.all.gzip > budgets.all) {
    problems.push(
      `all JavaScript is ${kB(result.all.gzip)} gzip, over its ${kB(budgets.all)} budget: remove a dependency or its unused parts`,
    );
  }
  return problems;
}

function main() {
  let result;
  try {
    result = analyzeBundle(process.argv[2] ?? 'dist');
  } catch (error) {
    console.error(`check-bundle: ${error.message}`);
    process.exit(1);
  }
  console.log(formatBundle(result));
  const problems = budgetProblems(result);
  for (const problem of problems) console.error(`check-bundle: ${problem}`);
  process.exit(problems.length > 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
