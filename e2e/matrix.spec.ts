import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDashboard, region } from './support';

const matrix = (page: Page) => region(page, /^Stance matrix$/);
const cell = (page: Page, actor: string, issue: string) =>
  matrix(page).locator(`td[data-actor="${actor}"][data-issue="${issue}"]`);

test('the cell (Ukraine, territory) reads Oppose', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const territory = cell(page, 'ukraine', 'territory');
  await expect(territory).toHaveAttribute('data-position', 'oppose');
  await expect(territory).toContainText('Oppose');
  await expect(territory.getByRole('button')).toHaveAccessibleName('Ukraine, Territory: Oppose');
  await expect(matrix(page).getByRole('columnheader', { name: 'Territory' })).toBeVisible();
  await expect(matrix(page).getByRole('rowheader', { name: 'Ukraine', exact: true })).toBeVisible();
});

test('a reported stance shows its reporter beside the own statement', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const guarantees = cell(page, 'russia', 'security-guarantees');
  await expect(guarantees).toHaveAttribute('data-reported', 'true');
  await expect(guarantees).toHaveAttribute('data-position', 'conditional');
  await expect(guarantees).toContainText('reported by Steve Witkoff');
  await expect(guarantees.getByRole('button')).toHaveAccessibleName(
    'Russia, Security guarantees for Ukraine: Conditional; Support, reported by Steve Witkoff',
  );
  // Support (Putin, 08-15) then Conditional (Ulyanov, 08-18): the history is marked and described.
  await expect(guarantees.getByRole('button')).toHaveAccessibleDescription(
    /Support → Conditional, 2025-08-18/,
  );
  // Reported only: the cell's position comes from the claim.
  const reportedOnly = cell(page, 'russia', 'non-aggression');
  await expect(reportedOnly).toHaveAttribute('data-position', 'support');
  await expect(reportedOnly).toHaveAttribute('data-reported', 'true');
});

test('asOf shows the latest stance at that date', async ({ page }) => {
  await openDashboard(page, '?lang=en&asOf=2025-08-16');
  await expect(cell(page, 'russia', 'security-guarantees')).toHaveAttribute(
    'data-position',
    'support',
  );
  await expect(cell(page, 'russia', 'security-guarantees')).not.toHaveAttribute(
    'data-reported',
    'true',
  );
});

test('?positions=oppose blanks the other cells', async ({ page }) => {
  await openDashboard(page, '?lang=en&positions=oppose');
  await expect(cell(page, 'ukraine', 'territory')).toHaveAttribute('data-position', 'oppose');
  await expect(cell(page, 'ukraine', 'security-guarantees')).toHaveAttribute('data-position', '');
  await expect(cell(page, 'ukraine', 'security-guarantees')).not.toContainText('Support');
  const shown = await matrix(page)
    .locator('td[data-position]:not([data-position=""])')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-position')));
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set(['oppose']));
});

test('the issue filter restricts columns and actors= restricts rows', async ({ page }) => {
  await openDashboard(page, '?lang=en&issues=territory&actors=ukraine,russia');
  await expect(matrix(page).locator('.matrix-table thead th[scope="col"]')).toHaveCount(2);
  await expect(matrix(page).locator('th[scope="row"]')).toHaveText(['Russia', 'Ukraine']);
  await expect(matrix(page).locator('th[scope="rowgroup"]')).toHaveText([
    'Russia bloc',
    'Ukraine bloc',
  ]);
});

test('clicking a cell selects it; headers focus the actor and filter the issue', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  await cell(page, 'russia', 'security-guarantees').getByRole('button').click();
  await expect(page).toHaveURL(/select=cell\/russia\/security-guarantees/);
  await matrix(page).getByRole('button', { name: 'Ukraine', exact: true }).click();
  await expect(page).toHaveURL(/focus=ukraine/);
  await matrix(page).getByRole('button', { name: 'Territory', exact: true }).click();
  await expect(page).toHaveURL(/issues=territory(&|$)/);
  await expect(matrix(page).locator('.matrix-table thead th[scope="col"]')).toHaveCount(2);
});

test('arrow keys move focus between cells and Enter selects', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const first = cell(page, 'us', 'security-guarantees').getByRole('button');
  await expect(first).toHaveAttribute('tabindex', '0');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'us', 'territory').getByRole('button')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'russia', 'territory').getByRole('button')).toBeFocused();
  await expect(cell(page, 'russia', 'territory').getByRole('button')).toHaveAttribute(
    'tabindex',
    '0',
  );
  await page.keyboard.press('Home');
  await expect(matrix(page).getByRole('button', { name: 'Russia', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(cell(page, 'russia', 'ceasefire').getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/select=cell\/russia\/ceasefire/);
});

test('the charts load on demand, draw real bars, and a click on a bar filters', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  await matrix(page)
    .getByText(/^Charts:/)
    .click();
  const bars = matrix(page).locator('.charts-box-distribution .recharts-rectangle');
  await expect(bars.first()).toBeVisible();
  const sizes = await bars.evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return [box.width, box.height];
    }),
  );
  expect(sizes.length).toBeGreaterThan(5);
  expect(sizes.every(([w, h]) => (w ?? 0) > 0 && (h ?? 0) > 0)).toBe(true);
  await expect(
    matrix(page).locator('.charts-box-statements .recharts-rectangle').first(),
  ).toBeVisible();
  await expect(matrix(page).locator('.charts-box-statements')).toContainText('event');
  await bars.first().click();
  await expect(page).toHaveURL(/issues=[a-z-]+/);
  await expect(page).toHaveURL(/positions=[a-z]+/);
  const url = new URL(page.url());
  const issue = url.searchParams.get('issues');
  const position = url.searchParams.get('positions');
  await expect(matrix(page).locator('.matrix-table thead th[scope="col"]')).toHaveCount(2);
  await expect(matrix(page).locator(`td[data-issue="${issue}"]`).first()).toBeVisible();
  const shown = await matrix(page)
    .locator('td[data-position]:not([data-position=""])')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-position')));
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set([position]));
});

test('on a phone the matrix scrolls inside its region and the names stay in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page, '?lang=zh-Hant');
  const scroller = page.locator('.matrix-scroll');
  const widths = await scroller.evaluate((node) => ({
    page: document.documentElement.scrollWidth,
    inner: node.scrollWidth,
    outer: node.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(390);
  expect(widths.inner).toBeGreaterThan(widths.outer);
  await scroller.evaluate((node) => node.scrollTo({ left: 400 }));
  const head = page.locator('th[scope="row"]', { hasText: '烏克蘭' });
  const box = await head.boundingBox();
  const area = await scroller.boundingBox();
  expect(box && area && box.x >= area.x && box.x + box.width <= area.x + area.width).toBe(true);
  const name = head.getByRole('button');
  const fits = await name.evaluate((node) => node.scrollWidth <= node.clientWidth);
  expect(fits).toBe(true);
});

test('the matrix and the charts pass axe', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await matrix(page)
    .getByText(/^Charts:/)
    .click();
  await expect(page.locator('.charts-box-distribution .recharts-rectangle').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.region-matrix').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
