import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const offlineFile = fileURLToPath(new URL('../dist-offline/index.html', import.meta.url));

test('the offline briefing file opens from disk with the default model and makes no request', async ({
  page,
}) => {
  expect(existsSync(offlineFile), 'run `npm run build:offline` first (npm test does)').toBe(true);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`file://${offlineFile}?lang=en`);
  await expect(page.locator('h1')).toContainText(/Alaska/);
  await expect(page.getByRole('region', { name: 'Stance matrix' })).toBeVisible();
  await page.getByRole('button', { name: /Present/ }).click();
  await expect(page.getByTestId('briefing')).toBeVisible();
  await expect(page.getByTestId('briefing').locator('.briefing-bar .briefing-progress')).toHaveText(
    /^1 \/ \d+$/,
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('briefing').locator('.briefing-bar .briefing-progress')).toHaveText(
    /^2 \/ \d+$/,
  );
  expect(requests).toEqual([]);
  expect(violations).toEqual([]);
});
