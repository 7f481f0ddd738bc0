import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixture, openDashboard } from './support';

type ModelFile = { views: Array<{ id: string; title: { en: string } }> };
const model = JSON.parse(
  readFileSync(new URL('../data/alaska-summit.json', import.meta.url), 'utf8'),
) as ModelFile;
const curated = model.views;

test('briefing mode steps through every curated view with the keyboard and shows citations', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  await page.getByRole('button', { name: /Present/ }).click();
  const briefing = page.getByTestId('briefing');
  await expect(briefing).toBeVisible();
  await expect(page).toHaveURL(/panel=brief/);
  for (const [index, view] of curated.entries()) {
    await expect(briefing.getByRole('heading', { level: 2, name: view.title.en })).toBeVisible();
    await expect(briefing.locator('.briefing-bar .briefing-progress')).toHaveText(
      `${index + 1} / ${curated.length}`,
    );
    await expect(page).toHaveURL(new RegExp(`view=${view.id}`));
    await expect(briefing.locator('.briefing-slide .briefing-citations')).toContainText(/¶\d+/);
    await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown');
  }
  await page.keyboard.press('PageUp');
  await expect(
    briefing.getByRole('heading', { level: 2, name: curated.at(-2)?.title.en }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(briefing).toBeHidden();
  await expect(page.getByRole('region', { name: 'Stance matrix' })).toBeVisible();
});

test('a saved view survives a reload and a broken model, and is presented after the curated ones', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  await page
    .getByRole('group', { name: 'Issues' })
    .getByRole('checkbox', { name: 'Territory' })
    .check();
  await page.getByText('Views', { exact: true }).click();
  await page.getByLabel('Title of the view').fill('Territory red lines');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved “Territory red lines”' }),
  ).toBeVisible();
  await page.reload();
  await page.getByLabel('Open model').setInputFiles(fixture('not-json.json'));
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByText('Views', { exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Territory red lines', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: /Present/ }).click();
  for (let i = 0; i < curated.length; i++) await page.keyboard.press('ArrowRight');
  const briefing = page.getByTestId('briefing');
  await expect(
    briefing.getByRole('heading', { level: 2, name: 'Territory red lines' }),
  ).toBeVisible();
  await expect(briefing.locator('.briefing-bar .briefing-progress')).toHaveText(
    `${curated.length + 1} / ${curated.length + 1}`,
  );
});

test('printing briefing mode gives one page per slide', async ({ page }) => {
  await openDashboard(page, '?lang=en&panel=brief');
  await expect(page.getByTestId('briefing')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(curated.length);
});

test('view=<id> opens a curated view', async ({ page }) => {
  const view = curated[1];
  await openDashboard(page, `?lang=en&view=${view?.id}`);
  await expect(page).toHaveURL(/issues=/);
});
