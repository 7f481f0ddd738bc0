import { expect, test } from '@playwright/test';
import { fixture, openDashboard, watchPage } from './support';

test('the default model loads with no CSP violation and all regions named', async ({ page }) => {
  const watch = await watchPage(page);
  await openDashboard(page, '?lang=en');
  await expect(page.locator('h1')).toContainText(/Alaska|Trump|Putin/i);
  for (const name of ['Relationship graph', 'Stance matrix', 'Quotes', 'Timeline']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Issues' }).getByRole('checkbox')).toHaveCount(10);
  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('?model= loads another model file', async ({ page }) => {
  await page.route('**/data/e2e-small.json', (route) =>
    route.fulfill({ path: fixture('small-model.json') }),
  );
  await openDashboard(page, '?lang=en&model=data/e2e-small.json');
  await expect(page.locator('h1')).toHaveText('Small test model');
});

test('?model= naming a file that is not there says so, and offers the default model', async ({
  page,
}) => {
  // vite preview, like many static servers, answers a missing file with its own page.
  await page.goto('./?lang=en&model=data/missing.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/missing.json answered with a web page, not a model file');
  await expect(page.locator('h1')).toHaveText('No model is loaded.');
  await alert.getByRole('button', { name: 'Load the default model' }).click();
  await expect(page.locator('h1')).toContainText(/Alaska/);
  await expect(alert).toBeHidden();
  expect(page.url()).not.toContain('model=');
  await expect(page.locator('h1')).toBeFocused();
});

test('a broken file through Open model shows every problem and keeps the model on screen', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const title = await page.locator('h1').textContent();
  await page.getByLabel('Open model').setInputFiles(fixture('broken-references.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'quotes[0].speaker: no actor with id "putn" (did you mean "putin"?)',
  );
  await expect(alert).toContainText('relations[0].type: expected one of cooperates');
  await expect(page.locator('h1')).toHaveText(title ?? '');
  await alert.getByRole('button', { name: 'Load valid part' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Only the valid part' })).toContainText(
    'quotes',
  );
  await expect(page.locator('h1')).toHaveText('Alaska summit: security guarantees');
});

test('non-JSON gets line and column', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await page.getByLabel('Open model').setInputFiles(fixture('not-json.json'));
  await expect(page.getByRole('alert')).toContainText(/line 4, column 3/);
});

test('view state round-trips through the URL, and Back steps through views', async ({
  page,
  context,
}) => {
  await openDashboard(page, '?lang=en');
  await page
    .getByRole('group', { name: 'Issues' })
    .getByRole('checkbox', { name: 'Territory' })
    .check();
  await expect(page).toHaveURL(/issues=territory/);
  await page
    .getByRole('group', { name: 'Issues' })
    .getByRole('checkbox', { name: /Sanctions/ })
    .check();
  await expect(page).toHaveURL(/issues=territory,sanctions/);
  const url = page.url();
  const other = await context.newPage();
  await openDashboard(other, url.slice(url.indexOf('?')));
  await expect(
    other.getByRole('group', { name: 'Issues' }).getByRole('checkbox', { name: 'Territory' }),
  ).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/issues=territory(&|$)/);
  await expect(
    page.getByRole('group', { name: 'Issues' }).getByRole('checkbox', { name: /Sanctions/ }),
  ).not.toBeChecked();
});

test('the language switch shows the Chinese UI and model text', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await page.getByLabel('Language').selectOption('zh-Hant');
  await expect(page).toHaveURL(/lang=zh-Hant/);
  await expect(page.getByRole('region', { name: '關係圖' })).toBeVisible();
  await expect(page.getByRole('region', { name: '立場矩陣' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('group', { name: '議題' })).toContainText('領土');
});

test('dropping a model file on the page opens it', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const body = JSON.stringify({
    format: 'stakeholder-model',
    version: 1,
    meta: { title: 'Dropped model', languages: ['en'] },
    actors: [{ id: 'a', name: 'Actor A', kind: 'state' }],
    issues: [],
  });
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, body);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a model file (.json) to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.locator('h1')).toHaveText('Dropped model');
});

test('filters naming ids the model does not have are dropped, not kept invisibly', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en&issues=no-such-issue,territory&focus=nobody');
  await expect(page).toHaveURL(/issues=territory(&|$)/);
  expect(page.url()).not.toContain('no-such-issue');
  expect(page.url()).not.toContain('focus=');
  await expect(
    page.getByRole('group', { name: 'Issues' }).getByRole('checkbox', { name: 'Territory' }),
  ).toBeChecked();
});
