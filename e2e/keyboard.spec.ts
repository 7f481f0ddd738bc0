import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDashboard } from './support';

/** Presses Tab until `target` has focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (
      await target
        .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
        .catch(() => false)
    )
      return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: load, filter by issue, open a cell in Details, search quotes, save a view, present it', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  // Filter by issue.
  const territory = page
    .getByRole('group', { name: 'Issues' })
    .getByRole('checkbox', { name: 'Territory' });
  await tabTo(page, territory);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/issues=territory/);

  // Open a matrix cell's Details: the grid is one tab stop, arrows move, Enter opens.
  const table = page.getByRole('region', { name: 'Stance matrix' }).locator('table');
  await tabTo(page, table);
  for (let i = 0; i < 12; i++) {
    const onStance = await page.evaluate(
      () =>
        (document.activeElement?.closest('td[data-position]')?.getAttribute('data-position') ??
          '') !== '',
    );
    if (onStance) break;
    await page.keyboard.press(i < 2 ? 'ArrowDown' : 'ArrowRight');
    if (i >= 2 && i % 3 === 2) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/select=cell\//);
  await expect(
    page.getByRole('complementary', { name: 'Details' }).locator('[data-stance]').first(),
  ).toBeVisible();

  // Search quotes.
  const search = page.getByRole('searchbox', { name: 'Search quotes' });
  await tabTo(page, search);
  await page.keyboard.type('surrender');
  await expect(page).toHaveURL(/q=surrender/);
  await expect(
    page.getByRole('region', { name: 'Quotes', exact: true }).locator('[data-id]').first(),
  ).toContainText(/surrender/i);

  // Save the view.
  const views = page.getByText('Views', { exact: true });
  await tabTo(page, views);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Title of the view'));
  await page.keyboard.type('Territory and surrender');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved “Territory and surrender”' }),
  ).toBeVisible();

  // Present it: the saved view comes after the curated ones.
  await tabTo(page, page.getByRole('button', { name: /Present/ }));
  await page.keyboard.press('Enter');
  const briefing = page.getByTestId('briefing');
  await expect(briefing).toBeVisible();
  for (let i = 0; i < 30; i++) {
    if (
      (await briefing.getByRole('heading', { level: 2 }).textContent()) ===
      'Territory and surrender'
    )
      break;
    await page.keyboard.press('Space');
  }
  await expect(briefing.getByRole('heading', { level: 2 })).toHaveText('Territory and surrender');
  await expect(page).toHaveURL(/q=surrender/);
  await page.keyboard.press('Escape');
  await expect(briefing).toBeHidden();
});
