/**
 * npm run bench [-- --quick] [--only=bundle,startup,parse,search,pan,details,lighthouse]
 *                [--lighthouse] [--runs=N] [--port=N] [--no-build]
 *
 * Builds the production bundle, serves it (with the production CSP) beside a bare React page,
 * writes synthetic models into dist/data/, drives the system Chromium with Playwright and prints
 * one table (median, p95, target, pass/fail), also written to bench-results/bench.json and
 * bench-results/bench.md (for README's Performance section). Every measurement has a timeout and
 * reports "n/a" with the reason when what it needs is missing; the whole run stays under 10 minutes.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, pagePolicy } from '../vite.config';
import { chromiumArgs, findChromium } from './chromium-path.mjs';
import { analyzeBundle, BUDGETS, type BundleResult } from './check-bundle.mjs';
import { generateModel, type GenerateOptions } from './generate-model';
import { serveStatic, type StaticServer } from './bench-server';
import {
  formatMarkdown,
  formatTable,
  median,
  notAvailable,
  percentile,
  percentileByRound,
  row,
  type Row,
} from './bench-stats';
import {
  findPanePoint,
  installDetailsProbe,
  installLongTaskObserver,
  installSearchProbe,
  installStartupProbe,
  nameShim,
  startFrameCounter,
  stopFrameCounter,
  viewportTransform,
  type BenchWindow,
  type Check,
  type LongEntry,
} from './bench-page';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SECTIONS = ['bundle', 'startup', 'parse', 'search', 'pan', 'details', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];

// ---------------------------------------------------------------- options

function parseOptions(argv: readonly string[]) {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`unknown argument "${arg}"`);
    flags.set(match[1], match[2] ?? '');
  }
  const known = ['quick', 'only', 'lighthouse', 'runs', 'port', 'no-build'];
  for (const key of flags.keys()) {
    if (!known.includes(key))
      throw new Error(`unknown option --${key} (known: ${known.join(', ')})`);
  }
  const quick = flags.has('quick');
  const only = flags.get('only');
  const sections = new Set<Section>(
    only
      ? only.split(',').map((name) => {
          if (!(SECTIONS as readonly string[]).includes(name)) {
            throw new Error(`--only: unknown section "${name}" (known: ${SECTIONS.join(', ')})`);
          }
          return name as Section;
        })
      : SECTIONS.filter((name) => name !== 'lighthouse' || flags.has('lighthouse')),
  );
  if (flags.has('lighthouse')) sections.add('lighthouse');
  const runs = flags.has('runs') ? Number(flags.get('runs')) : quick ? 2 : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  const port = flags.has('port') ? Number(flags.get('port')) : 0;
  return { quick, sections, runs, port, build: !flags.has('no-build') };
}

type Options = ReturnType<typeof parseOptions>;

// ---------------------------------------------------------------- helpers

const STARTED = Date.now();
/** Other work on the machine skews timings: the 1-minute load average is recorded with them. */
const LOAD_AT_START = loadavg()[0] ?? 0;
const TOTAL_BUDGET_MS = 9.5 * 60_000;
const remaining = () => TOTAL_BUDGET_MS - (Date.now() - STARTED);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - STARTED) / 1000).toFixed(0).padStart(3)} s] ${message}`);

class SectionTimeout extends Error {}

/** How many runs a section wants, and until when it may start another (it stops early, keeping its samples). */
type Budget = { runs: number; until: number };
const more = (done: number, budget: Budget) => done < budget.runs && Date.now() < budget.until;

async function withTimeout<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new SectionTimeout(`timed out after ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? 'error';

/** The bench models (written into dist/data/ so `?model=data/<name>` opens them). */
const MODELS: Record<string, GenerateOptions> = {
  'bench-500.json': { actors: 500, relations: 1500, stances: 1000, quotes: 2000 },
  'bench-2000.json': { actors: 2000, relations: 6000, stances: 4000, quotes: 4000 },
  'bench-quotes-50000.json': { actors: 200, relations: 400, stances: 400, quotes: 50_000 },
  'bench-quotes-100000.json': { actors: 200, relations: 400, stances: 400, quotes: 100_000 },
};
const MODELS_FOR: Partial<Record<Section, string[]>> = {
  parse: ['bench-quotes-50000.json', 'bench-quotes-100000.json'],
  search: ['bench-quotes-50000.json'],
  pan: ['bench-500.json', 'bench-2000.json'],
};

function writeModels(sections: Set<Section>) {
  const names = new Set([...sections].flatMap((section) => MODELS_FOR[section] ?? []));
  mkdirSync(join(DIST, 'data'), { recursive: true });
  for (const name of names) {
    const options = MODELS[name] as GenerateOptions;
    writeFileSync(join(DIST, 'data', name), JSON.stringify(generateModel({ ...options, seed: 1 })));
  }
  if (names.size > 0) log(`models written to dist/data/: ${[...names].join(', ')}`);
}

/** Paired loads (the dashboard, then the bare page) per run of the startup section. */
const STARTUP_PAIRS_PER_RUN = 3;

/** A minimal React page built with the same Vite and React, for the startup comparison. */
async function buildBareReact(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-react-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bare React</title></head>' +
      '<body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.jsx'),
    [
      "import { StrictMode, useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      // ?search: the reference for the search benchmark, a controlled search box whose value is
      // echoed in its region (the least a keystroke can make React and the browser do).
      'function Search() {',
      "  const [q, setQ] = useState('');",
      '  return (<section aria-label="Quotes"><input type="search" aria-label="Search quotes" value={q}',
      '    onChange={(event) => setQ(event.target.value)} /><p>{q}</p></section>);',
      '}',
      'function App() {',
      '  return (<main><h1>Bare React</h1><p>The same React, built by the same Vite.</p>',
      "    {location.search.includes('search') && <Search />}</main>);",
      '}',
      "createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);",
      '',
    ].join('\n'),
  );
  await build({
    root: dir,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: join(dir, 'dist'), target: 'es2022', emptyOutDir: true },
  });
  return dir;
}

async function newPage(
  browser: Browser,
  longTasks = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
  });
  context.setDefaultTimeout(10_000);
  await context.addInitScript({ content: nameShim });
  if (longTasks) await context.addInitScript(installLongTaskObserver);
  const page = await context.newPage();
  return { context, page };
}

// ---------------------------------------------------------------- sections

function bundleRows(): { rows: Row[]; result?: BundleResult } {
  try {
    const result = analyzeBundle(DIST);
    return {
      result,
      rows: [
        row(
          'bundle',
          'initial JS (gzip)',
          'kB',
          [result.initial.gzip / 1000],
          { max: BUDGETS.initial / 1000 },
          {
            note: `${result.initial.files.length} file(s); kB = 1000 bytes`,
          },
        ),
        row(
          'bundle',
          'all JS (gzip)',
          'kB',
          [result.all.gzip / 1000],
          { max: BUDGETS.all / 1000 },
          {
            note: `${result.all.files.length} file(s)`,
          },
        ),
      ],
    };
  } catch (error) {
    return {
      rows: [
        notAvailable(
          'bundle',
          'initial JS (gzip)',
          'kB',
          `≤ ${BUDGETS.initial / 1000}`,
          reason(error),
        ),
        notAvailable('bundle', 'all JS (gzip)', 'kB', `≤ ${BUDGETS.all / 1000}`, reason(error)),
      ],
    };
  }
}

const APP_CHECKS: Check[] = [
  { name: 'graph region', region: 'Relationship graph' },
  { name: 'matrix region', region: 'Stance matrix' },
  { name: 'quotes region', region: 'Quotes' },
  { name: 'timeline region', region: 'Timeline' },
  { name: 'graph node', region: 'Relationship graph', css: '.react-flow__node' },
  { name: 'matrix cell', region: 'Stance matrix', css: 'td[data-position]' },
  { name: 'quote', region: 'Quotes', css: '[data-id]' },
];
const BARE_CHECKS: Check[] = [{ name: 'content', css: '#root h1' }];

type StartupRun = { time?: number; live?: number; found: Record<string, number> };

/**
 * When the page answers input: the app marks it (for a prerendered page, once hydrated), and the
 * graph once React Flow has fitted it to the measured canvas; the later of the two.
 */
async function liveAt(page: Page, timeout: number): Promise<number | undefined> {
  try {
    const handle = await page.waitForFunction(
      () => {
        const app = performance.getEntriesByName('app:live')[0]?.startTime;
        const graph = performance.getEntriesByName('graph:ready')[0]?.startTime;
        return app !== undefined && graph !== undefined && Math.max(app, graph);
      },
      null,
      { timeout, polling: 50 },
    );
    const value: unknown = await handle.jsonValue();
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

async function startupRun(
  browser: Browser,
  url: string,
  checks: Check[],
  timeout: number,
  waitLive = false,
): Promise<StartupRun> {
  const { context, page } = await newPage(browser);
  try {
    await context.addInitScript(installStartupProbe, checks);
    await page.goto(url, { waitUntil: 'commit', timeout: 15_000 });
    await page
      .waitForFunction(
        () => (window as BenchWindow).__benchStartup?.paintedAt !== undefined,
        null,
        {
          timeout,
          polling: 50,
        },
      )
      .catch(() => undefined);
    const live = waitLive ? await liveAt(page, timeout) : undefined;
    const state = await page.evaluate(() => {
      const probe = (window as BenchWindow).__benchStartup;
      if (probe) probe.stop = true;
      return probe ? { paintedAt: probe.paintedAt, found: probe.found } : undefined;
    });
    return {
      found: state?.found ?? {},
      ...(state?.paintedAt !== undefined ? { time: state.paintedAt } : {}),
      ...(live !== undefined ? { live } : {}),
    };
  } finally {
    await context.close();
  }
}

async function startupRows(
  browser: Browser,
  appUrl: string,
  bareUrl: string,
  budget: Budget,
): Promise<Row[]> {
  const section = 'startup';
  // A first run (not counted) warms the servers and finds which parts of the page exist.
  const warm = await startupRun(browser, `${appUrl}?lang=en`, APP_CHECKS, 15_000);
  await startupRun(browser, bareUrl, BARE_CHECKS, 10_000);
  const present = APP_CHECKS.filter((check) => warm.found[check.name] !== undefined);
  const missing = APP_CHECKS.filter((check) => warm.found[check.name] === undefined).map(
    (c) => c.name,
  );
  if (present.length === 0) {
    return [
      notAvailable(
        section,
        'dashboard, default model',
        'ms',
        '—',
        'nothing of the dashboard appeared in 15 s',
      ),
    ];
  }
  const app: number[] = [];
  const live: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  // A load takes about a second, and one load's time swings by ± 30 % on a shared machine: three
  // paired loads per run make the median a steadier figure at little cost.
  const pairs = { ...budget, runs: budget.runs * STARTUP_PAIRS_PER_RUN };
  for (let i = 0; more(i, pairs); i++) {
    const a = await startupRun(browser, `${appUrl}?lang=en`, present, 15_000, true);
    const b = await startupRun(browser, bareUrl, BARE_CHECKS, 10_000);
    if (a.time !== undefined) app.push(a.time);
    if (a.live !== undefined) live.push(a.live);
    if (b.time !== undefined) bare.push(b.time);
    if (a.time !== undefined && b.time !== undefined) ratios.push(a.time / b.time);
  }
  const note = `${
    missing.length > 0 ? `n/a parts (not on the page): ${missing.join(', ')}` : 'all panels'
  }; ${app.length} loads, each paired with one of the bare page`;
  return [
    app.length > 0
      ? row(section, 'dashboard, default model', 'ms', app, {}, { note })
      : notAvailable(
          section,
          'dashboard, default model',
          'ms',
          '—',
          'the page never finished painting',
        ),
    ...(live.length > 0
      ? [
          row(
            section,
            'dashboard answers input',
            'ms',
            live,
            {},
            { note: 'the prerendered page hydrated and the graph fitted (app:live, graph:ready)' },
          ),
        ]
      : []),
    bare.length > 0
      ? row(section, 'bare React page', 'ms', bare)
      : notAvailable(section, 'bare React page', 'ms', '—', 'the bare page never painted'),
    ratios.length > 0
      ? row(section, 'ratio dashboard / bare', '×', ratios, { max: 1.5 })
      : notAvailable(section, 'ratio dashboard / bare', '×', '≤ 1.5', 'no paired run'),
  ];
}

type ScrollRun = { fps: number; mostItems: number };

/**
 * Scrolls the quote list with the mouse wheel for about 2 s (down, then back up) and counts the
 * frames drawn meanwhile, and the most quote items the page held at any frame.
 */
async function scrollQuotes(page: Page): Promise<ScrollRun | undefined> {
  const scroller = page
    .getByRole('region', { name: 'Quotes', exact: true })
    .locator('.quotes-scroll');
  const box = await scroller.boundingBox().catch(() => null);
  if (!box) return undefined;
  await scroller.scrollIntoViewIfNeeded();
  const inView = await scroller.boundingBox();
  if (!inView) return undefined;
  await page.mouse.move(inView.x + inView.width / 2, inView.y + Math.min(inView.height / 2, 200));
  await page.evaluate(() => {
    const w = window as BenchWindow & { __scroll?: { frames: number; most: number; on: boolean } };
    const state = { frames: 0, most: 0, on: true };
    w.__scroll = state;
    const region = document.querySelector('.quotes-scroll');
    const tick = () => {
      state.frames++;
      state.most = Math.max(state.most, region?.querySelectorAll('[data-id]').length ?? 0);
      if (state.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  for (let step = 0; Date.now() - started < 2000; step++) {
    await page.mouse.wheel(0, step < 30 ? 400 : -400);
    await sleep(16);
  }
  const seconds = (Date.now() - started) / 1000;
  const state = await page.evaluate(() => {
    const w = window as BenchWindow & { __scroll?: { frames: number; most: number; on: boolean } };
    if (w.__scroll) w.__scroll.on = false;
    return w.__scroll;
  });
  return state ? { fps: state.frames / seconds, mostItems: state.most } : undefined;
}

type ParseRun = {
  parse?: number;
  longTasks: LongEntry[];
  parseStart?: number;
  quoteItems?: number;
  scroll?: ScrollRun;
};

async function parseRun(
  browser: Browser,
  url: string,
  timeout: number,
  scroll = false,
): Promise<ParseRun> {
  const { context, page } = await newPage(browser, true);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: 15_000 });
    await page.waitForFunction(
      () => performance.getEntriesByName('model:parse-validate').length > 0,
      null,
      {
        timeout,
        polling: 50,
      },
    );
    // Let what follows the parse (indexing, folding, the first render) run and be recorded.
    await page
      .getByRole('region', { name: 'Quotes', exact: true })
      .locator('[data-id]')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 })
      .catch(() => undefined);
    await sleep(1000);
    const measured = await page.evaluate(() => {
      const entries = performance.getEntriesByName('model:parse-validate');
      const last = entries[entries.length - 1];
      const region = [...document.querySelectorAll('section')].find(
        (section) => section.querySelector('h2')?.textContent?.trim() === 'Quotes',
      );
      return {
        parse: last?.duration,
        parseStart: last?.startTime,
        longTasks: (window as BenchWindow).__benchLong ?? [],
        quoteItems: region?.querySelectorAll('[data-id]').length,
      };
    });
    return scroll ? { ...measured, scroll: await scrollQuotes(page) } : measured;
  } finally {
    await context.close();
  }
}

async function parseRows(browser: Browser, appUrl: string, budget: Budget): Promise<Row[]> {
  const section = 'parse';
  const rows: Row[] = [];
  const file50 = join(DIST, 'data', 'bench-quotes-50000.json');
  const megabytes = statSync(file50).size / 1e6;
  const url50 = `${appUrl}?lang=en&model=data/bench-quotes-50000.json`;
  const parse: number[] = [];
  const counts: number[] = [];
  const longestOutside: number[] = [];
  let failure = '';
  for (let i = 0; more(i, budget); i++) {
    try {
      const run = await parseRun(browser, url50, 60_000);
      if (run.parse === undefined) continue;
      parse.push(run.parse);
      const tasks = run.longTasks.filter(
        (entry) => entry.type === 'longtask' && entry.duration > 50,
      );
      counts.push(tasks.length);
      const start = run.parseStart ?? 0;
      const end = start + run.parse;
      const outside = tasks.filter(
        (task) => task.start + task.duration < start || task.start > end,
      );
      longestOutside.push(Math.max(0, ...outside.map((task) => task.duration)));
    } catch (error) {
      failure = reason(error);
    }
  }
  rows.push(
    parse.length > 0
      ? row(
          section,
          'parse + validate, 50,000 quotes',
          'ms',
          parse,
          { max: 300 },
          { note: `model ${megabytes.toFixed(1)} MB` },
        )
      : notAvailable(
          section,
          'parse + validate, 50,000 quotes',
          'ms',
          '≤ 300',
          failure || 'no model:parse-validate measure',
        ),
  );
  if (counts.length > 0) {
    rows.push(
      row(
        section,
        'long tasks > 50 ms during the 50k load',
        'tasks',
        counts,
        {},
        { note: 'including parse + validate' },
      ),
    );
    rows.push(
      row(
        section,
        'longest long task besides parse + validate',
        'ms',
        longestOutside,
        { max: 50 },
        {
          note: 'indexing, folding, rendering (0 = none over 50 ms)',
        },
      ),
    );
  }
  // 100,000 quotes: one run, for the record (and how many quote items the page holds).
  if (Date.now() < budget.until) {
    try {
      const run = await parseRun(
        browser,
        `${appUrl}?lang=en&model=data/bench-quotes-100000.json`,
        90_000,
        true,
      );
      const size = statSync(join(DIST, 'data', 'bench-quotes-100000.json')).size / 1e6;
      if (run.parse !== undefined) {
        rows.push(
          row(
            section,
            'parse + validate, 100,000 quotes',
            'ms',
            [run.parse],
            {},
            { note: `model ${size.toFixed(1)} MB; one run` },
          ),
        );
      }
      rows.push(
        run.quoteItems !== undefined && run.quoteItems > 0
          ? row(
              section,
              'quote items in the page at 100k',
              'items',
              [run.quoteItems],
              { max: 120, label: '≤ ~100 (120)' },
              {
                note: 'virtualised list',
              },
            )
          : notAvailable(
              section,
              'quote items in the page at 100k',
              'items',
              '≤ ~100 (120)',
              'no [data-id] item in the Quotes region',
            ),
      );
      if (run.scroll) {
        rows.push(
          row(
            section,
            'quote list scroll at 100k: fps',
            'fps',
            [run.scroll.fps],
            {},
            {
              note: `2 s of mouse-wheel scrolling; one run; at most ${run.scroll.mostItems} items in the page at any frame`,
            },
          ),
        );
      }
    } catch (error) {
      rows.push(
        notAvailable(section, 'parse + validate, 100,000 quotes', 'ms', '—', reason(error)),
      );
    }
  }
  return rows;
}

/** How long each of the page's performance measures named `name` took (ms). */
const measureDurations = (page: Page, name: string) =>
  page.evaluate(
    (measure) => performance.getEntriesByName(measure).map((entry) => entry.duration),
    name,
  );

const SEARCH_QUERIES = ['security guarantee', '俄罗斯', 'Kyiv', '安全保证'];

type SearchPage = {
  page: Page;
  samples: number[];
  /** Where each round's samples begin in `samples`. */
  rounds: number[];
  changed: number;
  timeouts: number;
};

/** Opens `url`, waits for its search box and arms the keystroke probe on its Quotes region. */
async function openSearch(
  page: Page,
  url: string,
  ready: () => Promise<void>,
): Promise<string | undefined> {
  await page.goto(url, { timeout: 15_000 });
  await ready();
  const box = page.getByRole('searchbox', { name: /Search quotes/ });
  try {
    await box.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    return 'no searchbox named "Search quotes" on the page';
  }
  const region = await page
    .getByRole('region', { name: 'Quotes', exact: true })
    .elementHandle({ timeout: 5000 });
  if (!region) return 'no region named "Quotes"';
  await page.evaluate(installSearchProbe, region);
  await box.click();
  await sleep(500);
  return undefined;
}

/** Types every query once, character by character, timing each keystroke to the painted change. */
async function typeQueries(target: SearchPage) {
  const { page } = target;
  target.rounds.push(target.samples.length);
  for (const query of SEARCH_QUERIES) {
    for (const character of query) {
      await page.evaluate(() => (window as BenchWindow).__benchSearch?.arm());
      await page.keyboard.type(character);
      try {
        await page.waitForFunction(
          () => (window as BenchWindow).__benchSearch?.done === true,
          null,
          {
            timeout: 5000,
            polling: 10,
          },
        );
        const result = await page.evaluate(() => {
          const state = (window as BenchWindow).__benchSearch;
          return state ? { start: state.start, end: state.end, changed: state.changed } : undefined;
        });
        if (result && result.start > 0) {
          target.samples.push(result.end - result.start);
          if (result.changed) target.changed++;
        }
      } catch {
        target.timeouts++;
      }
      await sleep(120);
    }
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await sleep(800);
  }
}

/**
 * Keystroke → paint in the quote search at 50,000 quotes, and the same keystrokes in a bare React
 * page that only echoes the box's value (the floor set by React, the browser's frame and this
 * machine), typed in alternate rounds so both meet the same load.
 */
async function searchRows(
  browser: Browser,
  appUrl: string,
  bareUrl: string | undefined,
  budget: Budget,
): Promise<Row[]> {
  const section = 'search';
  const metric = 'keystroke → paint, 50,000 quotes';
  // The machine's own load when typing starts: other jobs on these two cores set the tail.
  const load = (loadavg()[0] ?? 0).toFixed(1);
  const app = await newPage(browser);
  const bare = bareUrl ? await newPage(browser) : undefined;
  try {
    const missing = await openSearch(
      app.page,
      `${appUrl}?lang=en&model=data/bench-quotes-50000.json`,
      // Typing starts once the model is in and the page is live (its graph fitted, as the
      // startup section's "answers input"): keystrokes measure the search, not the load's tail.
      async () => {
        await app.page.waitForFunction(
          () => performance.getEntriesByName('model:parse-validate').length > 0,
          null,
          { timeout: 60_000 },
        );
        if ((await liveAt(app.page, 30_000)) === undefined)
          throw new Error('the page did not become live (app:live, graph:ready) within 30 s');
      },
    );
    if (missing) return [notAvailable(section, metric, 'ms', 'p95 ≤ 16', missing)];
    const bareMissing =
      bare && bareUrl
        ? await openSearch(bare.page, `${bareUrl}?search`, () => Promise.resolve())
        : 'no bare page';
    const dashboard: SearchPage = {
      page: app.page,
      samples: [],
      rounds: [],
      changed: 0,
      timeouts: 0,
    };
    const reference: SearchPage | undefined =
      bare && !bareMissing
        ? { page: bare.page, samples: [], rounds: [], changed: 0, timeouts: 0 }
        : undefined;
    for (let round = 0; more(round, budget); round++) {
      await app.page.bringToFront();
      await typeQueries(dashboard);
      if (reference) {
        await reference.page.bringToFront();
        await typeQueries(reference);
      }
    }
    const { samples, rounds, changed, timeouts } = dashboard;
    // A fresh page's first round is the slowest (its code runs for the first time).
    const byRound = percentileByRound(samples, rounds, 95)
      .map((value) => value.toFixed(1))
      .join(', ');
    const rows: Row[] = [];
    rows.push(
      samples.length > 0
        ? row(
            section,
            metric,
            'ms',
            samples,
            { max: 16 },
            {
              on: 'p95',
              note: `${samples.length} keystrokes (${changed} changed the list${timeouts ? `, ${timeouts} timed out` : ''}); queries: ${SEARCH_QUERIES.join(', ')}; p95 by round: ${byRound}; load average ${load} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
            },
          )
        : notAvailable(
            section,
            metric,
            'ms',
            'p95 ≤ 16',
            `no keystroke measured (${timeouts} timed out)`,
          ),
    );
    if (reference && reference.samples.length > 0) {
      rows.push(
        row(
          section,
          'same keystrokes, bare React page (echo)',
          'ms',
          reference.samples,
          {},
          {
            note: `reference typed in alternate rounds: ${reference.samples.length} keystrokes`,
          },
        ),
      );
      const p95 = (values: number[]) => percentile(values, 95) ?? NaN;
      const mid = (values: number[]) => median(values) ?? NaN;
      rows.push(
        row(
          section,
          'ratio search / bare: median, p95',
          '×',
          [mid(samples) / mid(reference.samples)],
          {},
          {
            note: `p95 ratio ${(p95(samples) / p95(reference.samples)).toFixed(2)}×`,
          },
        ),
      );
    } else {
      rows.push(
        notAvailable(
          section,
          'same keystrokes, bare React page (echo)',
          'ms',
          '—',
          bareMissing ?? 'no keystroke measured',
        ),
      );
    }
    const filterTimes = await measureDurations(app.page, 'quotes:filter');
    rows.push(
      filterTimes.length > 0
        ? row(
            section,
            'filtering itself (quotes:filter measure)',
            'ms',
            filterTimes,
            { max: 5 },
            { on: 'p95' },
          )
        : notAvailable(
            section,
            'filtering itself',
            'ms',
            'p95 ≤ 5',
            "the app records no 'quotes:filter' performance measure",
          ),
    );
    // Every piece of the search index's work (folding at load, the warm-up, the Chinese
    // dictionary's table and folding after the first CJK letter typed above) is a measure.
    const indexTimes = await measureDurations(app.page, 'quotes:index');
    rows.push(
      indexTimes.length > 0
        ? row(
            section,
            'longest indexing or folding task (quotes:index measure)',
            'ms',
            [Math.max(...indexTimes)],
            { max: 50 },
            {
              note: `the longest of ${indexTimes.length} tasks: folding and character sets at load, the warm-up, the Chinese table and folding after the first CJK letter`,
            },
          )
        : notAvailable(
            section,
            'longest indexing or folding task',
            'ms',
            '≤ 50',
            "the app records no 'quotes:index' performance measure",
          ),
    );
    return rows;
  } finally {
    await app.context.close();
    await bare?.context.close();
  }
}

const scaleOf = (transform: string) =>
  Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN).toFixed(2);

async function waitForStillViewport(page: Page, maxMs: number) {
  const until = Date.now() + maxMs;
  let last = await page.evaluate(viewportTransform);
  let stillSince = Date.now();
  while (Date.now() < until && Date.now() - stillSince < 600) {
    await sleep(100);
    const current = await page.evaluate(viewportTransform);
    if (current !== last) stillSince = Date.now();
    last = current;
  }
}

async function panRows(browser: Browser, appUrl: string, budget: Budget): Promise<Row[]> {
  const section = 'graph pan';
  const cases = [
    { model: 'bench-500.json', label: '500 actors / 1,500 relations, all in view', zoom: false },
    { model: 'bench-2000.json', label: '2,000 actors / 6,000 relations, zoomed in', zoom: true },
  ];
  const rows: Row[] = [];
  for (const { model, label, zoom } of cases) {
    if (Date.now() > budget.until) {
      rows.push(notAvailable(section, `${label}: fps`, 'fps', '≥ 55', 'skipped: out of time'));
      continue;
    }
    const { context, page } = await newPage(browser);
    try {
      await page.goto(`${appUrl}?lang=en&model=data/${model}`, { timeout: 15_000 });
      let missing = '';
      try {
        missing = 'the model did not load in 60 s';
        await page.waitForFunction(
          () => performance.getEntriesByName('model:parse-validate').length > 0,
          null,
          { timeout: 60_000 },
        );
        missing = 'no React Flow graph (.react-flow__pane) on the page';
        await page.locator('.react-flow__pane').waitFor({ state: 'visible', timeout: 20_000 });
        missing = 'no graph node (.react-flow__node) visible within 60 s';
        await page
          .locator('.react-flow__node')
          .first()
          .waitFor({ state: 'visible', timeout: 60_000 });
      } catch {
        rows.push(notAvailable(section, `${label}: fps`, 'fps', '≥ 55', missing));
        continue;
      }
      await waitForStillViewport(page, 10_000);
      let zoomNote = '';
      if (zoom) {
        const point = await page.evaluate(findPanePoint);
        const before = await page.evaluate(viewportTransform);
        if (point) {
          await page.mouse.move(point.x, point.y);
          for (let i = 0; i < 4; i++) {
            await page.mouse.wheel(0, -400);
            await sleep(150);
          }
          await waitForStillViewport(page, 5000);
        }
        const after = await page.evaluate(viewportTransform);
        zoomNote =
          after !== before
            ? `zoomed in: scale ${scaleOf(before)} → ${scaleOf(after)}`
            : 'could not zoom in';
      }
      const fps: number[] = [];
      const longFrames: number[] = [];
      const longAnimationFrames: number[] = [];
      let notPanned = 0;
      for (let i = 0; more(i, budget); i++) {
        const point = await page.evaluate(findPanePoint);
        if (!point) break;
        await page.evaluate(startFrameCounter);
        await page.mouse.move(point.x, point.y);
        await page.mouse.down();
        const began = Date.now();
        while (Date.now() - began < 2000) {
          const t = (Date.now() - began) / 1000;
          await page.mouse.move(
            point.x + 160 * Math.sin(2 * Math.PI * t),
            point.y + 60 * Math.sin(4 * Math.PI * t),
          );
          await sleep(8);
        }
        await page.mouse.up();
        const stats = await page.evaluate(stopFrameCounter);
        if (!stats) continue;
        if (stats.moved === 0) notPanned++;
        fps.push(stats.fps);
        longFrames.push(stats.longFrames);
        longAnimationFrames.push(stats.longAnimationFrames);
        await sleep(300);
      }
      if (fps.length === 0) {
        rows.push(
          notAvailable(
            section,
            `${label}: fps`,
            'fps',
            '≥ 55',
            'no empty background point to drag',
          ),
        );
        continue;
      }
      const notes = [
        zoomNote,
        notPanned > 0 ? `the view did not move in ${notPanned} of ${fps.length} drags` : '',
      ]
        .filter(Boolean)
        .join('; ');
      rows.push(
        row(section, `${label}: fps`, 'fps', fps, { min: 55 }, notes ? { note: notes } : {}),
      );
      rows.push(
        row(
          section,
          `${label}: frames > 50 ms`,
          'frames',
          longFrames,
          {},
          {
            note: `per 2 s drag (gaps between animation frames); long-animation-frame entries > 50 ms: median ${median(longAnimationFrames) ?? 'n/a'}`,
          },
        ),
      );
    } catch (error) {
      rows.push(notAvailable(section, `${label}: fps`, 'fps', '≥ 55', reason(error)));
    } finally {
      await context.close();
    }
  }
  return rows;
}

type ModelActor = { id: string; kind: string; name: string | Record<string, string> };

async function detailsRows(browser: Browser, appUrl: string, budget: Budget): Promise<Row[]> {
  const section = 'details';
  const metric = 'click an actor → Details shows it';
  const model = JSON.parse(readFileSync(join(ROOT, 'data', 'alaska-summit.json'), 'utf8')) as {
    actors: ModelActor[];
  };
  const nameOf = (actor: ModelActor) =>
    typeof actor.name === 'string' ? actor.name : (actor.name.en ?? '');
  const candidates = model.actors.filter((actor) => nameOf(actor) !== '');
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${appUrl}?lang=en`, { timeout: 15_000 });
    const details = page.getByRole('complementary', { name: 'Details' });
    try {
      await details.waitFor({ state: 'attached', timeout: 15_000 });
    } catch {
      return [notAvailable(section, metric, 'ms', '—', 'no complementary region named "Details"')];
    }
    await page
      .locator('.react-flow__node')
      .first()
      .waitFor({ timeout: 5000 })
      .catch(() => undefined);
    const target = async (actor: ModelActor) => {
      const node = page.locator(`.react-flow__node[data-id="${actor.id}"]`);
      if ((await node.count()) > 0) return { locator: node.first(), via: 'graph node' };
      // A matrix row header (only in the real matrix, the one with stance cells).
      const matrix = page.getByRole('region', { name: 'Stance matrix', exact: true });
      if ((await matrix.locator('td[data-position]').count()) === 0) return undefined;
      const escaped = nameOf(actor).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const header = matrix
        .locator('th[scope="row"]')
        .filter({ hasText: new RegExp(`^\\s*${escaped}(?![\\w'’\\u00c0-\\u024f])`) });
      if ((await header.count()) > 0) {
        const button = header.first().locator('button, a, [tabindex]');
        return {
          locator: (await button.count()) > 0 ? button.first() : header.first(),
          via: 'matrix row header',
        };
      }
      return undefined;
    };
    const handle = await details.elementHandle({ timeout: 5000 });
    if (!handle) return [notAvailable(section, metric, 'ms', '—', 'Details region not found')];
    await page.evaluate(installDetailsProbe, handle);
    const samples: number[] = [];
    let via = '';
    let failures = 0;
    let attempts = 0;
    for (const actor of candidates) {
      if (!more(samples.length, budget) || attempts > budget.runs + 4) break;
      const found = await target(actor);
      if (!found) continue;
      const name = nameOf(actor);
      if (((await handle.textContent()) ?? '').includes(name)) continue;
      attempts++;
      via = found.via;
      await page.evaluate(
        (expected) => (window as BenchWindow).__benchDetails?.arm(expected),
        name,
      );
      try {
        await found.locator.click({ timeout: 5000 });
        await page.waitForFunction(
          () => (window as BenchWindow).__benchDetails?.done === true,
          null,
          {
            timeout: 5000,
            polling: 10,
          },
        );
        const result = await page.evaluate(() => {
          const state = (window as BenchWindow).__benchDetails;
          return state ? state.end - state.start : undefined;
        });
        // The first click is a warm-up, not counted.
        if (result !== undefined && attempts > 1) samples.push(result);
      } catch {
        failures++;
      }
      await page.keyboard.press('Escape');
      await sleep(300);
    }
    if (samples.length === 0) {
      return [
        notAvailable(
          section,
          metric,
          'ms',
          '—',
          via
            ? `clicking a ${via} did not show the actor in Details (${failures} tries)`
            : 'no graph node (.react-flow__node[data-id]) or matrix row header (th[scope=row]) to click',
        ),
      ];
    }
    return [
      row(
        section,
        metric,
        'ms',
        samples,
        {},
        { note: `via ${via}${failures ? `; ${failures} failed` : ''}` },
      ),
    ];
  } finally {
    await context.close();
  }
}

type LighthouseRun = { score: number; fcp: number; lcp: number; tbt: number; cls: number };

/** Each run's full report is kept in bench-results/lighthouse/ (which audits lose points, and why). */
function lighthouseOnce(
  url: string,
  preset: 'desktop' | 'mobile',
  chrome: string,
  run: number,
): Promise<LighthouseRun> {
  const args = [
    '-y',
    'lighthouse@12.2.3',
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance',
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((done, fail) => {
    const child = spawn('npx', args, {
      env: { ...process.env, CHROME_PATH: chrome },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        const report = JSON.parse(out) as {
          categories?: { performance?: { score?: number | null } };
          audits?: Record<string, { numericValue?: number }>;
        };
        const score = report.categories?.performance?.score;
        const audit = (id: string) => report.audits?.[id]?.numericValue ?? NaN;
        if (typeof score === 'number') {
          const dir = join(ROOT, 'bench-results', 'lighthouse');
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, `${preset}-${run + 1}.json`), out);
          return done({
            score: Math.round(score * 100),
            fcp: audit('first-contentful-paint'),
            lcp: audit('largest-contentful-paint'),
            tbt: audit('total-blocking-time'),
            cls: audit('cumulative-layout-shift'),
          });
        }
        fail(new Error('the report has no performance score'));
      } catch {
        const last = err.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
        fail(new Error(`lighthouse@12.2.3 did not run: ${last}`));
      }
    });
  });
}

async function lighthouseRows(appUrl: string, chrome: string, runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [preset, goal] of [
    ['desktop', 98],
    ['mobile', 90],
  ] as const) {
    const scores: number[] = [];
    const fcp: number[] = [];
    const lcp: number[] = [];
    const tbt: number[] = [];
    const cls: number[] = [];
    let failure = '';
    for (let i = 0; i < runs && remaining() > 90_000; i++) {
      try {
        const result = await lighthouseOnce(appUrl, preset, chrome, i);
        scores.push(result.score);
        fcp.push(result.fcp);
        lcp.push(result.lcp);
        tbt.push(result.tbt);
        cls.push(result.cls);
      } catch (error) {
        failure = reason(error);
        break;
      }
    }
    rows.push(
      scores.length > 0
        ? row(
            'lighthouse',
            `${preset} performance score`,
            '',
            scores,
            { min: goal },
            {
              note: `${scores.length} run(s); median FCP ${Math.round(median(fcp) ?? NaN)} ms, LCP ${Math.round(median(lcp) ?? NaN)} ms, TBT ${Math.round(median(tbt) ?? NaN)} ms, CLS ${(median(cls) ?? NaN).toFixed(3)}${failure ? `; then ${failure}` : ''}`,
            },
          )
        : notAvailable(
            'lighthouse',
            `${preset} performance score`,
            '',
            `≥ ${goal}`,
            failure || 'out of time',
          ),
    );
  }
  return rows;
}

// ---------------------------------------------------------------- main

async function main() {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${reason(error)}`);
    console.error(
      'usage: npm run bench -- [--quick] [--only=' +
        SECTIONS.join(',') +
        '] [--lighthouse] [--runs=N] [--port=N] [--no-build]',
    );
    process.exit(2);
  }
  const { sections, runs } = options;
  const rows: Row[] = [];
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  let bareDir: string | undefined;
  const chrome = findChromium();
  let chromiumVersion = chrome
    ? (/\d+(\.\d+)+/.exec(
        spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout ?? '',
      )?.[0] ?? 'n/a')
    : 'n/a';
  const watchdog = setTimeout(() => {
    console.error('bench: the 10-minute limit was reached; writing what was measured.');
    finish(rows, options, chromiumVersion);
    process.exit(2);
  }, TOTAL_BUDGET_MS + 15_000);
  watchdog.unref();

  try {
    if (options.build) {
      log('building the production bundle (npx vite build)');
      const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      if (built.status !== 0) throw new Error('vite build failed');
    } else if (!existsSync(join(DIST, 'index.html'))) {
      throw new Error('--no-build, but dist/index.html is missing');
    }
    if (sections.has('bundle')) rows.push(...bundleRows().rows);

    const browserSections = [...sections].filter((section) => section !== 'bundle');
    if (browserSections.length === 0) return;
    if (!chrome) {
      for (const section of browserSections) {
        rows.push(
          notAvailable(
            section,
            'all',
            '',
            '—',
            'no Chromium: install it (apt-get install -y chromium) or set CHROME_PATH',
          ),
        );
      }
      return;
    }
    writeModels(sections);
    // The policy the page declares (with the prerender gate's hash), sent as a header too.
    const app = await serveStatic(
      DIST,
      pagePolicy(readFileSync(join(DIST, 'index.html'), 'utf8')),
      options.port,
    );
    servers.push(app);
    log(`serving dist/ at ${app.url}`);

    if (sections.has('lighthouse') && sections.size === 1) {
      rows.push(...(await lighthouseRows(app.url, chrome, options.quick ? 1 : 5)));
      return;
    }
    browser = await chromium.launch({ executablePath: chrome, args: chromiumArgs });
    chromiumVersion = browser.version();
    const activeBrowser = browser;

    // Each section gets its share of the time left; later sections keep at least 40 s each.
    const order: Section[] = ['startup', 'parse', 'search', 'pan', 'details'];
    const wanted = order.filter((section) => sections.has(section));
    const run = async (
      section: Section,
      budgetMs: number,
      work: (budget: Budget) => Promise<Row[]>,
    ) => {
      if (!sections.has(section)) return;
      const later = wanted.length - wanted.indexOf(section) - 1;
      const share = Math.min(budgetMs, remaining() - later * 40_000 - 20_000);
      if (share < 20_000) {
        rows.push(
          notAvailable(section, 'all', '', '—', 'skipped: the 10-minute budget is used up'),
        );
        return;
      }
      log(`${section}…`);
      try {
        // Runs stop starting at the soft deadline; the hard one leaves time to finish the last.
        const budget = { runs, until: Date.now() + share * 0.8 };
        rows.push(...(await withTimeout(share, work(budget))));
      } catch (error) {
        rows.push(notAvailable(section, 'all', '', '—', reason(error)));
        if (error instanceof SectionTimeout) {
          await Promise.all(
            activeBrowser.contexts().map((context) => context.close().catch(() => undefined)),
          );
        }
      }
    };

    // The bare React page: the startup's reference, and the search's (?search).
    let bareUrl: string | undefined;
    const bareServer = async () => {
      if (bareUrl) return bareUrl;
      bareDir = await buildBareReact();
      const bare = await serveStatic(
        join(bareDir, 'dist'),
        contentSecurityPolicy,
        options.port ? options.port + 1 : 0,
      );
      servers.push(bare);
      bareUrl = bare.url;
      return bare.url;
    };
    await run('startup', 90_000, async (budget) =>
      startupRows(activeBrowser, app.url, await bareServer(), budget),
    );
    await run('parse', 150_000, (budget) => parseRows(activeBrowser, app.url, budget));
    await run('search', 150_000, async (budget) =>
      searchRows(activeBrowser, app.url, await bareServer().catch(() => undefined), budget),
    );
    await run('pan', 240_000, (budget) => panRows(activeBrowser, app.url, budget));
    await run('details', 45_000, (budget) => detailsRows(activeBrowser, app.url, budget));
    await browser.close();
    browser = undefined;
    if (sections.has('lighthouse')) {
      log('lighthouse…');
      rows.push(...(await lighthouseRows(app.url, chrome, options.quick ? 1 : 5)));
    }
  } catch (error) {
    rows.push(notAvailable('bench', 'all', '', '—', reason(error)));
  } finally {
    await browser?.close().catch(() => undefined);
    await Promise.all(servers.map((server) => server.close()));
    if (bareDir) rmSync(bareDir, { recursive: true, force: true });
    clearTimeout(watchdog);
    finish(rows, options, chromiumVersion);
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

function finish(rows: Row[], options: Options, chromiumVersion: string) {
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: { start: round(LOAD_AT_START), end: round(loadavg()[0] ?? 0) },
  };
  const date = new Date().toISOString();
  const seconds = Math.round((Date.now() - STARTED) / 1000);
  const machineLine = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadAverage.start} → ${machine.loadAverage.end}`;
  console.log(
    `\nnpm run bench — ${date} — ${machineLine} — ${options.runs} run(s) per figure, ${seconds} s\n`,
  );
  console.log(formatTable(rows));
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'bench.json'),
    `${JSON.stringify({ date, machine, runs: options.runs, quick: options.quick, sections: [...options.sections], seconds, rows }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'bench.md'),
    `Measured ${date.slice(0, 10)} on ${machineLine} (${options.runs} runs per figure).\n\n${formatMarkdown(rows)}\n`,
  );
  console.log('\nwritten to bench-results/bench.json and bench-results/bench.md');
}

await main();
