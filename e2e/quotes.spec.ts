import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateModel } from '../scripts/generate-model';
import { openDashboard, region } from './support';

type ModelText = string | Record<string, string>;
type ModelQuote = {
  id: string;
  speaker: string;
  text: ModelText;
  issues?: string[];
  locator?: string;
  venue?: ModelText;
  original?: string;
};
const model = JSON.parse(
  readFileSync(fileURLToPath(new URL('../data/alaska-summit.json', import.meta.url)), 'utf8'),
) as {
  quotes: ModelQuote[];
  actors: { id: string; name: ModelText; role?: ModelText }[];
  issues: { id: string; name: ModelText }[];
};
const en = (text: ModelText | undefined) =>
  typeof text === 'object' ? (text.en ?? '') : (text ?? '');
const zh = (text: ModelText) => (typeof text === 'object' ? (text['zh-Hant'] ?? '') : text);

const quotes = (page: Page) => region(page, /^(Quotes|引述)$/);
const list = (page: Page) => quotes(page).getByRole('list', { name: /^(Quotes|引述)$/ });
const count = (page: Page) => quotes(page).locator('[aria-live="polite"]');
const search = (page: Page) =>
  quotes(page).getByRole('searchbox', { name: /Search quotes|搜尋引述/ });

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

test('the list is labelled, counts every quote and announces the count', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await expect(count(page)).toHaveText(`${model.quotes.length} quotes`);
  await expect(list(page)).toBeVisible();
  // Virtualised: only the rows in view are in the page.
  expect(await list(page).locator(':scope > li').count()).toBeLessThan(model.quotes.length);
  await openDashboard(page, '?lang=zh-Hant');
  await expect(count(page)).toHaveText(`${model.quotes.length} 則引述`);
});

test('searching 投降 finds Rubio’s quote and highlights the word', async ({ page }) => {
  const rubio = model.quotes.filter((q) => q.speaker === 'rubio' && zh(q.text).includes('投降'));
  expect(rubio.length).toBeGreaterThan(0);
  await openDashboard(page, '?lang=zh-Hant');
  await search(page).fill('投降');
  await expect(page).toHaveURL(/q=/);
  const items = list(page).locator(':scope > li');
  await expect(items).toHaveCount(rubio.length);
  for (const quote of rubio) {
    await expect(list(page).locator(`[data-id="${quote.id}"]`)).toBeVisible();
    await expect(list(page).locator(`[data-id="${quote.id}"] mark`).first()).toHaveText('投降');
  }
  await expect(count(page)).toHaveText(`${rubio.length} 則引述`);
});

test('searching in Simplified (俄罗斯) finds the Traditional 俄羅斯', async ({ page }) => {
  // Text, speaker names and venues, in every language.
  const texts = (q: ModelQuote) =>
    [q.text, q.venue, model.actors.find((a) => a.id === q.speaker)?.name].flatMap((text) =>
      text === undefined ? [] : [zh(text), en(text)],
    );
  const expected = model.quotes.filter((q) => texts(q).some((text) => text.includes('俄羅斯')));
  expect(expected.some((q) => zh(q.text).includes('俄羅斯'))).toBe(true);
  expect(expected.length).toBeGreaterThan(0);
  await openDashboard(page, '?lang=zh-Hant');
  await search(page).fill('俄罗斯');
  await expect(count(page)).toHaveText(new RegExp(`^${expected.length} 則引述`));
  // The Traditional words are marked where the Simplified query matched them.
  await expect(list(page).locator('mark', { hasText: '俄羅斯' }).first()).toBeVisible();
});

test('an issue filter narrows the list and the count', async ({ page }) => {
  const issue = model.issues.find((i) => i.id === 'sanctions');
  const tagged = model.quotes.filter((q) => q.issues?.includes('sanctions'));
  expect(tagged.length).toBeGreaterThan(0);
  expect(tagged.length).toBeLessThan(model.quotes.length);
  await openDashboard(page, '?lang=en');
  await page
    .getByRole('group', { name: 'Issues' })
    .getByRole('checkbox', { name: en(issue?.name) })
    .check();
  await expect(count(page)).toHaveText(
    `${tagged.length} ${tagged.length === 1 ? 'quote' : 'quotes'}`,
  );
  const ids = await list(page)
    .locator(':scope > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
  expect(ids.sort()).toEqual(tagged.map((q) => q.id).sort());
});

test('Copy citation puts speaker, role, words and locator on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const quote = model.quotes.find((q) => q.speaker === 'rubio' && q.locator);
  const rubio = model.actors.find((a) => a.id === 'rubio');
  await openDashboard(page, '?lang=en');
  await search(page).fill(en(quote?.text).slice(0, 30));
  const item = list(page).locator(`[data-id="${quote?.id}"]`);
  await item.getByRole('button', { name: 'Copy citation' }).click();
  await expect(quotes(page).getByRole('status')).toContainText('Citation copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(en(rubio?.name));
  expect(copied).toContain(en(rubio?.role));
  expect(copied).toContain(en(quote?.text));
  expect(copied).toContain(quote?.locator ?? '');
});

test('Export CSV downloads the quotes shown, and it re-parses', async ({ page }) => {
  const tagged = model.quotes.filter((q) => q.issues?.includes('territory'));
  await openDashboard(page, '?lang=en&issues=territory');
  await expect(count(page)).toHaveText(`${tagged.length} quotes`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    quotes(page).getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const path = await download.path();
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const rows = parseCsv(text);
  expect(rows).toHaveLength(tagged.length + 1);
  expect(
    rows
      .slice(1)
      .map((row) => row[0])
      .sort(),
  ).toEqual(tagged.map((q) => q.id).sort());
  for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0);
});

test('clicking a speaker focuses that actor; an empty result offers to clear the filters', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const quote = model.quotes.find((q) => q.speaker === 'zelensky');
  await search(page).fill(en(quote?.text).slice(0, 20));
  await list(page)
    .locator(`[data-id="${quote?.id}"]`)
    .getByRole('button', { name: /Zelensky/ })
    .click();
  await expect(page).toHaveURL(/focus=zelensky/);
  await search(page).fill('no such words anywhere');
  await expect(count(page)).toHaveText('0 quotes');
  await expect(quotes(page)).toContainText('Search “no such words anywhere”');
  await quotes(page).getByRole('button', { name: 'Clear these filters' }).click();
  await expect(count(page)).toHaveText(`${model.quotes.length} quotes`);
});

test('Show original shows the published words of that quote, and another quote in its place starts translated', async ({
  page,
}) => {
  const translated = model.quotes.filter(
    (q) => q.original === 'zh-Hant' && en(q.text) !== '' && typeof q.text === 'object',
  );
  const [first, second] = translated;
  if (!first || !second) throw new Error('the default model has translated quotes');
  const only = async (quote: ModelQuote) => {
    await search(page).fill(en(quote.text).slice(0, 30));
    await expect(list(page).locator(':scope > li')).toHaveCount(1);
    return list(page).locator(`[data-id="${quote.id}"]`);
  };
  await openDashboard(page, '?lang=en');
  let row = await only(first);
  // The button says what it does next (no pressed state on top of a label that changes).
  await row.getByRole('button', { name: 'Show original' }).click();
  const back = row.getByRole('button', { name: 'Show translation' });
  await expect(back).toBeVisible();
  await expect(back).not.toHaveAttribute('aria-pressed');
  await expect(row).toContainText(zh(first.text));
  row = await only(second);
  await expect(row.getByRole('button', { name: 'Show original' })).toBeVisible();
  await expect(row).toContainText(en(second.text));
  // Back to the first quote: shown translated again, as a new row would be.
  row = await only(first);
  await expect(row.getByRole('button', { name: 'Show original' })).toBeVisible();
  await expect(row).toContainText(en(first.text));
});

test('at 20,000 quotes the list stays virtual: the middle and the end show their rows, and scrolling back keeps the rows in view in place', async ({
  page,
}) => {
  const total = 20_000;
  const many = generateModel({ actors: 40, relations: 60, stances: 40, quotes: total, seed: 7 });
  await page.route('**/data/e2e-many.json', (route) => route.fulfill({ json: many }));
  await openDashboard(page, '?lang=en&model=data/e2e-many.json');
  await expect(count(page)).toHaveText(`${total.toLocaleString('en')} quotes`);
  const scroller = quotes(page).locator('.quotes-scroll');
  const rows = list(page).locator(':scope > li');
  await scroller.scrollIntoViewIfNeeded();
  /** The row under a point of the list's view (its top edge + `down` px), and where it is. */
  const rowAt = (down: number) =>
    scroller.evaluate((view, down) => {
      const box = view.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + down);
      const row = hit?.closest('li[data-index]');
      return row
        ? { index: Number(row.getAttribute('aria-posinset')), top: row.getBoundingClientRect().top }
        : null;
    }, down);
  const scrollTo = async (fraction: number) => {
    await scroller.evaluate((view, fraction) => {
      view.scrollTop = (view.scrollHeight - view.clientHeight) * fraction;
    }, fraction);
    // Rows measured on the way may change the list's height: let it settle.
    await page.waitForTimeout(300);
  };

  // The middle: rows from the middle of the list fill the view, and the page holds few of them.
  await scrollTo(0.5);
  const middle = await rowAt(100);
  expect(middle?.index).toBeGreaterThan(total * 0.35);
  expect(middle?.index).toBeLessThan(total * 0.65);
  expect(await rowAt(450)).not.toBeNull();
  expect(await rows.count()).toBeLessThanOrEqual(100);

  // Back up step by step through rows the page has not measured yet: rows coming in above the
  // view have other heights than the estimate, yet a row in view moves by just the scrolled
  // distance each step.
  const steps = await scroller.evaluate(async (view) => {
    const frame = () => new Promise(requestAnimationFrame);
    const box = view.getBoundingClientRect();
    const rowOf = (index: number) => view.querySelector(`li[aria-posinset="${index}"]`);
    const moves: number[] = [];
    for (let step = 0; step < 20; step++) {
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 300);
      const row = hit?.closest('li[data-index]');
      if (!row) return null;
      const index = Number(row.getAttribute('aria-posinset'));
      const top = row.getBoundingClientRect().top;
      view.scrollBy(0, -120);
      for (let k = 0; k < 4; k++) await frame();
      const after = rowOf(index)?.getBoundingClientRect().top;
      moves.push(after === undefined ? NaN : Math.round(after - top));
    }
    return moves;
  });
  expect(steps).toHaveLength(20);
  // (Sub-pixel rounding aside.)
  expect(steps?.filter((move) => Math.abs(move - 120) > 2)).toEqual([]);

  // The end: the last quote is there, at the bottom of the view.
  await expect(async () => {
    await scrollTo(1);
    const last = rows.last();
    await expect(last).toHaveAttribute('aria-posinset', String(total));
    await expect(last).toBeInViewport();
  }).toPass({ timeout: 10_000 });
  expect(await rows.count()).toBeLessThanOrEqual(100);
});

test('when the Chinese dictionary does not load, the search says so and Try again loads it', async ({
  page,
}) => {
  let blocked = true;
  await page.route(/TSCharacters/, (route) => (blocked ? route.abort() : route.continue()));
  page.on('pageerror', () => undefined);
  await openDashboard(page, '?lang=en');
  await search(page).fill('俄罗斯');
  const alert = page.getByRole('alert').filter({ hasText: 'dictionary did not load' });
  await expect(alert).toBeVisible();
  await expect(page.getByText('0 quotes', { exact: true })).toBeVisible();
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByText('8 quotes', { exact: true })).toBeVisible();
  await expect(list(page).locator('[data-id]').first()).toBeVisible();
});
