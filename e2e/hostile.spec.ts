import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fixture, openDashboard } from './support';
import { parseModelText } from '../src/model/parse-model-text';

/**
 * Hostile input through Open model: each invalid file shows the alert with its paths and keeps the
 * model on screen; each valid one renders; nothing in any file executes.
 * The corpus and what each file should give: e2e/fixtures/hostile/manifest.json.
 */
type Entry = { file: string; valid: boolean; expect?: string[]; title?: string };
const { files } = JSON.parse(readFileSync(fixture('hostile/manifest.json'), 'utf8')) as {
  files: Entry[];
};
const invalid = files.filter((entry) => !entry.valid);
const valid = files.filter((entry) => entry.valid);

// With the CSP bypassed, text rendered as HTML would run its script: the test proves React's
// text rendering, not only the CSP, keeps the page safe.
test.use({ bypassCSP: true });

const dialogs: string[] = [];
test.beforeEach(async ({ page }) => {
  dialogs.length = 0;
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { __pwned: boolean }).__pwned = false;
  });
});

test.afterEach(async ({ page }) => {
  expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(
    false,
  );
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  expect(dialogs).toEqual([]);
});

const open = (page: Page, file: string) =>
  page.getByLabel(/^(Open model|開啟模型)$/).setInputFiles(fixture(`hostile/${file}`));

/** A third of the invalid files per test, so two workers share them. */
const groups = [0, 1, 2].map((g) => invalid.filter((_, i) => i % 3 === g));

for (const [g, group] of groups.entries()) {
  test(`invalid files show the alert with their paths and keep the model (group ${g + 1})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openDashboard(page, '?lang=en');
    const title = page.locator('h1');
    const before = await title.textContent();
    const alert = page.getByRole('alert');
    for (const entry of group) {
      await open(page, entry.file);
      await expect(alert, entry.file).toContainText(`Could not load ${entry.file}`);
      for (const expected of entry.expect ?? [])
        await expect(alert, entry.file).toContainText(expected);
      await expect(title, entry.file).toHaveText(before ?? '');
      await expect(page.getByRole('region', { name: 'Relationship graph' })).toBeVisible();
    }
  });
}

test('thousands of errors at once: the first 50, then "and N more"', async ({ page }) => {
  const model = JSON.parse(readFileSync(fixture('small-model.json'), 'utf8')) as {
    quotes: unknown[];
  };
  model.quotes = Array.from({ length: 5000 }, (_, i) => ({
    id: `q${i}`,
    speaker: 'putn',
    kind: 'direct',
    text: i % 2 ? '' : 'words',
  }));
  const body = JSON.stringify(model);
  const result = parseModelText(body);
  const count = result.ok ? 0 : result.problems.length;
  expect(count).toBeGreaterThanOrEqual(5000);
  await openDashboard(page, '?lang=en');
  const before = await page.locator('h1').textContent();
  await page.getByLabel('Open model').setInputFiles({
    name: 'thousands-of-errors.json',
    mimeType: 'application/json',
    buffer: Buffer.from(body),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load thousands-of-errors.json');
  await expect(alert).toContainText('quotes[1].text: expected non-empty text');
  await expect(alert).toContainText(`and ${(count - 50).toLocaleString('en')} more`);
  await expect(alert.locator('li')).toHaveCount(50);
  await expect(page.locator('h1')).toHaveText(before ?? '');
});

test('valid hostile files render, as text', async ({ page }) => {
  test.setTimeout(90_000);
  await openDashboard(page, '?lang=en');
  for (const entry of valid) {
    await open(page, entry.file);
    await expect(page.locator('h1'), entry.file).toHaveText(entry.title ?? '');
    await expect(page.getByRole('alert'), entry.file).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Relationship graph' })).toBeVisible();
  }
});

test('HTML and script in every text field stay text', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await open(page, 'html-in-every-text.json');
  await expect(page.locator('h1')).toContainText('<script>window.__pwned=true;alert(1)</script>');
  await expect(page.locator('h1')).toContainText('onerror="window.__pwned=true;alert(2)"');
  // Open Details on a hostile actor through the URL (Back/Forward path), as a user's link would.
  await page.evaluate(() => {
    history.pushState(null, '', `${location.pathname}?lang=en&select=actor/putin`);
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
    '<img src=x onerror=',
  );
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll(
        'body script:not([src]), body img[onerror], body svg[onload], a[href^="javascript:" i]',
      ).length,
  );
  expect(injected).toBe(0);
  // Give any stray handler a moment to fire before afterEach reads the flag.
  await page.waitForLoadState('networkidle');
});

test('Chinese UI shows the hostile texts as text too', async ({ page }) => {
  await openDashboard(page, '?lang=zh-Hant');
  await open(page, 'html-in-every-text.json');
  await expect(page.locator('h1')).toContainText('Hostile title（中文）<script>');
});

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`a 100,000-character actor name does not break the layout at ${width}px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openDashboard(page, '?lang=en');
    await open(page, 'long-actor-name.json');
    await expect(page.locator('h1')).toHaveText('Long name model');
    await page.evaluate(() => {
      history.pushState(null, '', `${location.pathname}?lang=en&select=actor/putin`);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
      'Wolfeschlegelsteinhausenbergerdorff',
    );
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      // Wide content inside a box that clips it within the window (the matrix scrolls sideways,
      // the graph's canvas clips the actors beyond its edge) is clipped, not overflow. Any such
      // box counts, not only the nearest: an actor's icon clips its own drawing (an SVG does),
      // and the icon itself may lie beyond the canvas's edge.
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((el) => {
          for (let box = el.parentElement; box; box = box.parentElement) {
            const { overflowX } = getComputedStyle(box);
            const clips = overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden';
            if (clips && box.getBoundingClientRect().right <= window.innerWidth + 1) return false;
          }
          return true;
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    }));
    expect(overflow, `elements wider than the window: ${overflow.wide.join(', ')}`).toEqual({
      page: 0,
      wide: [],
    });
  });
}
