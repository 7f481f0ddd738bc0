import { expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const fixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Records CSP violations and page errors from the first script on. */
export async function watchPage(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      errors.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return {
    errors,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/**
 * Until then, a prerendered page is only a picture: it shows the dashboard, but input is not yet
 * handled (see main.tsx); and a graph on the page is fitted to the canvas it measures only once
 * its code has arrived (graph:ready), so a point aimed at before may have moved.
 */
export const waitUntilLive = (page: Page) =>
  page.waitForFunction(
    () =>
      performance.getEntriesByName('app:live').length > 0 &&
      (!document.querySelector('.graph-canvas, .graph-placeholder') ||
        performance.getEntriesByName('graph:ready').length > 0),
  );

/** Opens the dashboard and waits for the model to be on screen and the page to be live. */
export async function openDashboard(page: Page, search = '') {
  await page.goto(`./${search}`);
  await waitUntilLive(page);
  await expect(page.locator('h1')).not.toHaveText(/Loading|正在載入/);
  await expect(
    page
      .getByRole('region', { name: /Relationship graph|關係圖/ })
      .or(page.getByTestId('briefing')),
  ).toBeVisible();
}

export const region = (page: Page, name: RegExp) => page.getByRole('region', { name });
