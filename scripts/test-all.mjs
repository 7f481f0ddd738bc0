/**
 * npm test: everything — typecheck, lint, format, unit tests, then the browser tests against
 * the production build. Fails (never skips) when no Chromium is found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

if (!findChromium()) {
  console.error(
    'npm test needs Chromium for the browser tests: run `apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu) or set CHROME_PATH.',
  );
  process.exit(1);
}
const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['format', 'npm', ['run', '-s', 'format:check']],
  [
    'unit',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
    ],
  ],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['bundle', 'node', ['scripts/check-bundle.mjs']],
  ['build:offline', 'npx', ['vite', 'build', '--mode', 'offline', '--logLevel', 'warn']],
  [
    'browser',
    'npx',
    ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'],
  ],
];
rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/playwright.json', { force: true });
mkdirSync('test-results', { recursive: true });
process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = `${process.cwd()}/test-results/playwright.json`;
const results = [];

/** Test counts from the runners' JSON reports, for one closing line. */
function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync('test-results/vitest.json')) {
    const unit = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    passed += unit.numPassedTests ?? 0;
    failed += unit.numFailedTests ?? 0;
  }
  if (existsSync('test-results/playwright.json')) {
    const browser = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
    passed += (browser.stats?.expected ?? 0) + (browser.stats?.flaky ?? 0);
    failed += browser.stats?.unexpected ?? 0;
  }
  return `${passed} passed, ${failed} failed`;
}
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (run.status !== 0) {
    console.log(`\n${results.join('\n')}\n\nnpm test: ${name} failed.\n${counts()}`);
    process.exit(1);
  }
}
console.log(`\n${results.join('\n')}\n\nnpm test: all steps passed.\n${counts()}`);
