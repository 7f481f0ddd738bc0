import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/chromium-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  outputDir: '../test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    cwd: '..',
    timeout: 60_000,
  },
});
