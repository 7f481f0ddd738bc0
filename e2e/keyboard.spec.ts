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

/** The element that has focus, as its tag and text (never the page's body after an action). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body
      ? `${el.tagName}:${el.textContent?.trim().slice(0, 40)}`
      : 'BODY';
  });

test('focus never falls back to the page when the control pressed goes away or becomes unavailable', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en&select=actor/putin&q=zzzz&asOf=2025-08-16');
  // Details' close button: focus goes to what Details now says.
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: /Close/ }).focus();
  await page.keyboard.press('Enter');
  await expect(details.locator('.inspector-muted')).toBeFocused();
  // The quotes' "Clear these filters": the search box keeps the focus.
  await page.getByRole('button', { name: 'Clear these filters' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toBeFocused();
  // Show all dates once all dates show: still focused, marked unavailable.
  await page.goto('?lang=en&asOf=2025-08-16');
  const showAll = page.getByRole('button', { name: 'Show all dates' });
  await showAll.focus();
  await page.keyboard.press('Enter');
  await expect(showAll).toBeFocused();
  await expect(showAll).toHaveAttribute('aria-disabled', 'true');
  // Saved views: delete the first of two, focus goes to the other.
  await page.getByText('Views', { exact: true }).click();
  for (const title of ['One', 'Two']) {
    await page.getByLabel('Title of the view').fill(title);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: /Delete .One./ }).focus();
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatch(/^BUTTON:Two/);
  await page.getByText('Views', { exact: true }).click();
  // Briefing: the slide's title takes the focus; the last → keeps it; Escape gives it back.
  const present = page.getByRole('button', { name: /Present/ });
  await present.focus();
  await page.keyboard.press('Enter');
  const briefing = page.getByTestId('briefing');
  await expect(briefing.getByRole('heading', { level: 2 })).toBeFocused();
  const next = briefing.getByRole('button', { name: 'Next slide' });
  await next.focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('Enter');
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  // Space on a focused button presses it (Exit), not the next slide.
  await briefing.getByRole('button', { name: /Exit briefing/ }).focus();
  await page.keyboard.press('Space');
  await expect(briefing).toBeHidden();
  await expect(present).toBeFocused();
  expect(await focused(page)).not.toBe('BODY');
});
