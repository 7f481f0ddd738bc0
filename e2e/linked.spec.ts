import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDashboard } from './support';

type Dated = { id: string; date?: string };
type ModelFile = {
  actors: Array<{ id: string; name: { en: string }; memberOf?: string[] }>;
  quotes: Array<Dated & { speaker: string }>;
  stances: Array<Dated & { actor: string; issue: string }>;
};
const model = JSON.parse(
  readFileSync(new URL('../data/alaska-summit.json', import.meta.url), 'utf8'),
) as ModelFile;

const quotesRegion = (page: Page) => page.getByRole('region', { name: 'Quotes', exact: true });
const quoteItems = (page: Page) => quotesRegion(page).locator('[data-id]');
const matrix = (page: Page) => page.getByRole('region', { name: 'Stance matrix' });
const node = (page: Page, id: string) =>
  page
    .getByRole('region', { name: 'Relationship graph' })
    .locator(`.react-flow__node[data-id="${id}"] .graph-node`);

/** Speakers that are the actor or belong to it. */
function spokenBy(actor: string): string[] {
  const members = new Set([actor]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of model.actors) {
      if (!members.has(a.id) && a.memberOf?.some((m) => members.has(m))) {
        members.add(a.id);
        grew = true;
      }
    }
  }
  return model.quotes.filter((q) => members.has(q.speaker)).map((q) => q.id);
}

test('choosing an actor in the matrix focuses it in the graph, narrows the quotes and opens Details', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  await expect(quoteItems(page).first()).toBeVisible();
  await matrix(page)
    .getByRole('rowheader')
    .getByRole('button', { name: 'Ukraine', exact: true })
    .click();
  await expect(page).toHaveURL(/focus=ukraine/);
  await expect(node(page, 'ukraine')).not.toHaveClass(/graph-node--dimmed/);
  // The Atlantic Council has no relation with Ukraine: outside its neighbourhood.
  await expect(node(page, 'atlantic-council')).toHaveClass(/graph-node--dimmed/);
  const expected = spokenBy('ukraine');
  // The count says how many; the list holds the rows in view (it is virtualised), all of them his.
  await expect(
    quotesRegion(page).getByText(`${expected.length} quotes`, { exact: true }),
  ).toBeVisible();
  const shown = await quoteItems(page).evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-id')),
  );
  expect(shown.length).toBeGreaterThan(0);
  for (const id of shown) expect(expected).toContain(id);
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Ukraine');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).not.toHaveURL(/focus=/);
  await expect(node(page, 'atlantic-council')).not.toHaveClass(/graph-node--dimmed/);
});

test('moving asOf to 2025-08-15 hides later quotes and stances everywhere', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByLabel(/^As of/)
    .first()
    .fill('2025-08-15');
  await expect(page).toHaveURL(/asOf=2025-08-15/);
  const visibleQuotes = model.quotes.filter((q) => !q.date || q.date <= '2025-08-15');
  await expect(quotesRegion(page)).toContainText(`${visibleQuotes.length} quote`);
  const later = model.quotes.find((q) => q.date && q.date > '2025-08-15');
  await expect(quotesRegion(page).locator(`[data-id="${later?.id}"]`)).toHaveCount(0);
  // Russia's reported acceptance (2025-08-17) is gone from the matrix; its own summit words stay.
  const cell = matrix(page)
    .locator('td[data-position]')
    .filter({ hasText: /reported by Steve Witkoff/ });
  await expect(cell).toHaveCount(0);
});

test('clicking a matrix cell opens every stance of that actor on that issue in Details', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const stances = model.stances.filter(
    (s) => s.actor === 'russia' && s.issue === 'security-guarantees',
  );
  await matrix(page)
    .locator('td[data-position]')
    .filter({ hasText: /reported by Steve Witkoff/ })
    .first()
    .click();
  await expect(page).toHaveURL(/select=cell\/russia\/security-guarantees/);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('reported by Steve Witkoff');
  await expect(details.locator('[data-stance]')).toHaveCount(stances.length);
  await expect(details).toContainText(/¶\d+/);
});
