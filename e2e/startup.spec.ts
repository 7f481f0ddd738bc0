import { expect, test } from '@playwright/test';
import { openDashboard } from './support';

test('index.html preloads the default model, and the app takes that one download', async ({
  page,
}) => {
  const modelRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/')) modelRequests.push(request.url());
  });
  await openDashboard(page, '?lang=en');
  await expect(page.locator('h1')).toContainText(/Alaska/);
  expect(modelRequests).toHaveLength(1);
  const initiator = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/data/alaska-summit.json'))
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );
  expect(initiator).toEqual(['link']);
});
