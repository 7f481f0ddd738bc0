import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixture, openDashboard } from './support';

/** axe-core on the whole page: zero serious or critical WCAG 2.1 A/AA violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')}${
            node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''
          }`,
      ),
    );
}

async function expectAccessible(page: Page, what: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${what}:\n${violations.join('\n')}`).toEqual([]);
}

const languages = [
  { lang: 'en', openModel: 'Open model', details: 'Details' },
  { lang: 'zh-Hant', openModel: '開啟模型', details: '詳細資訊' },
] as const;

for (const { lang, openModel, details } of languages) {
  test.describe(`in ${lang}`, () => {
    test('the whole dashboard, with Details open on an actor', async ({ page }) => {
      await openDashboard(page, `?lang=${lang}&select=actor/putin`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const aside = page.getByRole('complementary', { name: details });
      await expect(aside.getByRole('heading', { level: 3 })).toBeVisible();
      await expectAccessible(page, `dashboard (${lang})`);
    });

    test('each panel in front', async ({ page }) => {
      test.slow(); // four full axe runs
      for (const panel of ['graph', 'matrix', 'quotes', 'timeline']) {
        await openDashboard(page, `?lang=${lang}&panel=${panel}&select=actor/zelensky`);
        await expectAccessible(page, `panel=${panel} (${lang})`);
      }
    });

    test('the import error alert', async ({ page }) => {
      await openDashboard(page, `?lang=${lang}`);
      await page.getByLabel(openModel).setInputFiles(fixture('broken-references.json'));
      await expect(page.getByRole('alert')).toContainText('quotes[0].speaker');
      await expectAccessible(page, `import error alert (${lang})`);
    });

    test('briefing mode', async ({ page }) => {
      await openDashboard(page, `?lang=${lang}&panel=brief`);
      const briefing = page.getByTestId('briefing');
      await expect(briefing).toBeVisible();
      await expectAccessible(page, `briefing mode (${lang})`);
    });
  });
}

test('keyboard only: skip link, then filter by issue', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // From the top again: Tab until the Territory checkbox has focus, then Space.
  await openDashboard(page, '?lang=en');
  const territory = page
    .getByRole('group', { name: 'Issues' })
    .getByRole('checkbox', { name: 'Territory' });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await territory.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(territory).toBeFocused();
  await page.keyboard.press('Space');
  await expect(territory).toBeChecked();
  await expect(page).toHaveURL(/issues=territory/);
});
