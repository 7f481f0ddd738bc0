/**
 * npm test: everything — typecheck, lint, format, unit tests, then the browser tests against
 * the production build. Fails (never skips) when no Chromium is found.
 */
import { spawnSync } from 'node:child_process';
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
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['bundle', 'node', ['scripts/check-bundle.mjs']],
  ['browser', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts']],
];
const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (run.status !== 0) {
    console.log(`\n${results.join('\n')}\n\nnpm test: ${name} failed.`);
    process.exit(1);
  }
}
console.log(`\n${results.join('\n')}\n\nnpm test: all steps passed.`);
