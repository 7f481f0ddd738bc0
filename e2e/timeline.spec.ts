import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Model } from '../src/model/schema';
import { generateModel } from '../scripts/generate-model';
import { openDashboard } from './support';

const model = JSON.parse(
  readFileSync(fileURLToPath(new URL('../data/alaska-summit.json', import.meta.url)), 'utf8'),
) as Model;
const en = (text: Model['events'][number]['title']) =>
  typeof text === 'string' ? text : (text.en ?? Object.values(text)[0] ?? '');
const zh = (text: Model['events'][number]['title']) =>
  typeof text === 'string' ? text : (text['zh-Hant'] ?? Object.values(text)[0] ?? '');
const day = (date: string) => date.slice(0, 10);
const addDay = (date: string, count: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);

const timeline = (page: Page, name = 'Timeline') => page.getByRole('region', { name, exact: true });

test('the timeline shows every event of the default model, in both languages', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const region = timeline(page);
  for (const event of model.events) {
    await expect(region.getByRole('button', { name: en(event.title), exact: true })).toBeVisible();
  }
  await region.getByRole('button', { name: en(model.events[0]!.title), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`select=event/${model.events[0]!.id}`));

  await page.getByLabel('Language').selectOption('zh-Hant');
  const zhRegion = timeline(page, '時間軸');
  for (const event of model.events) {
    await expect(zhRegion.getByText(zh(event.title), { exact: true })).toBeVisible();
  }
  await expect(zhRegion.getByRole('slider', { name: '截至' })).toBeVisible();
});

test('the as-of date input sets asOf in the URL, and Show all dates clears it', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const region = timeline(page);
  await region.locator('input[type="date"]').and(region.getByLabel('As of')).fill('2025-08-15');
  await expect(page).toHaveURL(/asOf=2025-08-15/);
  await expect(region.getByRole('slider', { name: 'As of' })).toHaveAttribute(
    'aria-valuetext',
    '2025-08-15',
  );
  await region.getByRole('button', { name: 'Show all dates' }).click();
  await expect(page).not.toHaveURL(/asOf=/);
});

test('the as-of slider steps by day with the keyboard and sets asOf in the URL', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const days = [
    ...new Set(
      [...model.events, ...model.quotes, ...model.stances, ...model.relations].flatMap((record) =>
        record.date ? [day(record.date)] : [],
      ),
    ),
  ].sort();
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const slider = timeline(page).getByRole('slider', { name: 'As of' });
  await slider.focus();
  // With no asOf the slider stands at the last day, meaning "latest": End keeps it that way.
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Latest (no date limit)');
  await expect(page).not.toHaveURL(/asOf=/);
  await slider.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`asOf=${addDay(last, -1)}`));
  await slider.press('Home');
  await expect(page).toHaveURL(new RegExp(`asOf=${first}`));
  await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', addDay(first, 1));
  await slider.press('ArrowLeft');
  await expect(page).toHaveURL(/asOf=2025-08-15/);
  await expect(slider).toHaveAttribute('aria-valuetext', '2025-08-15');
  // A week up is past the end of this four-day axis: the slider stops at the last day.
  await slider.press('PageUp');
  await expect(page).toHaveURL(new RegExp(`asOf=${last}`));
  await slider.press('PageDown');
  await expect(page).toHaveURL(/asOf=2025-08-15/);
});

test('what changed between 2025-08-15 and 2025-08-18 lists reported changes with their reporter', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const section = timeline(page).getByRole('region', { name: 'What changed' });
  await section.getByLabel('From').fill('2025-08-15');
  await section.getByLabel('To').fill('2025-08-18');
  // Reported stances that first appear after `from`: each must be listed, with its reporter.
  const name = (id: string) => en(model.actors.find((actor) => actor.id === id)!.name);
  const issueName = (id: string) => en(model.issues.find((issue) => issue.id === id)!.name);
  const appeared = model.stances.filter(
    (stance) =>
      stance.reportedBy &&
      stance.date &&
      day(stance.date) > '2025-08-15' &&
      day(stance.date) <= '2025-08-18' &&
      !model.stances.some(
        (other) =>
          other.actor === stance.actor &&
          other.issue === stance.issue &&
          other.reportedBy === stance.reportedBy &&
          (!other.date || day(other.date) <= '2025-08-15'),
      ),
  );
  expect(appeared.length).toBeGreaterThan(0);
  const more = section.getByRole('button', { name: /Show all \d+ changes/ });
  if (await more.isVisible()) await more.click();
  for (const stance of appeared) {
    await expect(
      section
        .getByRole('listitem')
        .filter({ hasText: `${name(stance.actor)} on ${issueName(stance.issue)}` })
        .filter({ hasText: `reported by ${name(stance.reportedBy!)}` }),
    ).toContainText('—');
  }
  const item = section
    .getByRole('listitem')
    .filter({ hasText: `reported by ${name(appeared[0]!.reportedBy!)}` })
    .first();
  await item.getByRole('button', { name: 'Open in Details' }).click();
  await expect(page).toHaveURL(
    new RegExp(`select=cell/${appeared[0]!.actor}/${appeared[0]!.issue}`),
  );

  await section.getByLabel('From').fill('2025-08-18');
  await expect(section).toContainText('No stance changed between these dates.');
});

test('with asOf set, the timeline greys the later days and events', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const region = timeline(page);
  await expect(region.locator('[data-later="true"]')).toHaveCount(0);
  await region.locator('input[type="date"]').and(region.getByLabel('As of')).fill('2025-08-15');
  await expect(page).toHaveURL(/asOf=2025-08-15/);
  const events = region.getByRole('listitem').filter({ has: page.locator('time') });
  for (const event of model.events) {
    const item = events.filter({
      has: page.getByRole('button', { name: en(event.title), exact: true }),
    });
    const later = day(event.date) > '2025-08-15';
    await expect(item).toHaveAttribute('data-later', String(later));
    if (later) await expect(item).toContainText('after as of');
    else await expect(item).not.toContainText('after as of');
  }
  await expect(region.locator('li[data-day="2025-08-15"]')).toHaveAttribute('data-later', 'false');
  await expect(region.locator('li[data-day="2025-08-17"]')).toHaveAttribute('data-later', 'true');
  await expect(region).toContainText('later items are greyed here');
});

test('the timeline has no axe violations, with and without asOf, in both languages', async ({
  page,
}) => {
  for (const search of ['?lang=en', '?lang=zh-Hant&asOf=2025-08-15']) {
    await openDashboard(page, search);
    const results = await new AxeBuilder({ page }).include('.region-timeline').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  }
});

test('a long axis keeps its event markers, day labels and bars apart, in both languages', async ({
  page,
}) => {
  // 122 days with 30 events: narrow day columns, markers wider than a column, days crowded.
  const long = generateModel({
    actors: 20,
    relations: 30,
    stances: 30,
    quotes: 600,
    events: 30,
    seed: 7,
  });
  // Events on the axis's first two days: their markers are the ones the axis's start could cut.
  const first = [...long.events, ...long.quotes, ...long.stances, ...long.relations]
    .flatMap((record) => (record.date ? [day(record.date)] : []))
    .sort()[0]!;
  long.events[0]!.date = first;
  long.events[1]!.date = addDay(first, 1);
  // Half the axis after asOf: hatched days, whose backgrounds must not hide labels or markers.
  const asOf = addDay(first, 8);
  await page.route('**/data/e2e-long.json', (route) => route.fulfill({ json: long }));
  for (const [lang, name] of [
    ['en', 'Timeline'],
    ['zh-Hant', '時間軸'],
  ] as const) {
    await openDashboard(page, `?lang=${lang}&model=data/e2e-long.json&asOf=${asOf}`);
    const axis = timeline(page, name).locator('.timeline-axis-scroll');
    await expect(axis.locator('.timeline-marker')).toHaveCount(long.events.length);
    await axis.scrollIntoViewIfNeeded();
    const boxes = await axis.evaluate((scroller) => {
      const rect = (element: Element) => {
        const box = element.getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      };
      return {
        scroller: rect(scroller),
        markers: [...scroller.querySelectorAll('.timeline-marker')].map(rect),
        labels: [...scroller.querySelectorAll('.timeline-tick-label')]
          .filter((label) => label.textContent)
          .map(rect),
        // What a click at the middle of each marker, and near the end of each label, hits (those
        // the scroller shows now, later days among them).
        ...(() => {
          const view = scroller.getBoundingClientRect();
          // A marker must take the click; a label (not clickable) must only be above the days'
          // backgrounds (a later day's empty label, transparent, may be the one on top).
          const hit = (element: Element, x: number, y: number) => {
            if (x < view.left || x > view.right) return undefined;
            const at = document.elementFromPoint(x, y);
            return element.classList.contains('timeline-marker')
              ? at === element || element.contains(at)
              : !!at?.closest('.timeline-tick-label');
          };
          const shown = (list: (boolean | undefined)[]) =>
            list.filter((value): value is boolean => value !== undefined);
          return {
            hits: shown(
              [...scroller.querySelectorAll('.timeline-marker')].map((marker) => {
                const box = marker.getBoundingClientRect();
                return hit(marker, box.left + box.width / 2, box.top + box.height / 2);
              }),
            ),
            labelHits: shown(
              [...scroller.querySelectorAll('.timeline-tick-label')]
                .filter((label) => label.textContent)
                .map((label) => {
                  const box = label.getBoundingClientRect();
                  return hit(label, box.right - 4, box.top + 6);
                }),
            ),
            later: scroller.querySelectorAll('.timeline-day.is-later').length,
          };
        })(),
      };
    });
    const apart = (a: (typeof boxes.markers)[number], b: (typeof boxes.markers)[number]) =>
      a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    boxes.markers.forEach((a, i) =>
      boxes.markers.slice(i + 1).forEach((b) => expect(apart(a, b)).toBe(true)),
    );
    boxes.labels.forEach((a, i) =>
      boxes.labels.slice(i + 1).forEach((b) => expect(apart(a, b)).toBe(true)),
    );
    // Nothing starts left of the axis, where the scroller would cut it.
    for (const box of [...boxes.markers, ...boxes.labels])
      expect(box.left).toBeGreaterThanOrEqual(boxes.scroller.left);
    // Columns this narrow show bars without counts; each day button still says its count, and
    // shows it while it has the keyboard's focus.
    const counts = axis.locator('.timeline-count');
    await expect(counts.filter({ visible: true })).toHaveCount(0);
    const firstDay = timeline(page, name).locator('.timeline-day-button').first();
    await expect(firstDay).toHaveAttribute('title', (await firstDay.getAttribute('aria-label'))!);
    // The busiest day (quotes in the model), reached by the keyboard.
    const perDay = new Map<string, number>();
    for (const quote of long.quotes)
      if (quote.date) perDay.set(day(quote.date), (perDay.get(day(quote.date)) ?? 0) + 1);
    const [busiest, quoted] = [...perDay].sort((a, b) => b[1] - a[1])[0]!;
    const busy = axis.locator(`.timeline-day[data-day="${busiest}"] .timeline-day-button`);
    await busy.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(busy).toBeFocused();
    await expect(counts.filter({ visible: true })).toHaveCount(1);
    await expect(busy.locator('.timeline-count')).toBeVisible();
    await expect(busy.locator('.timeline-count')).toHaveText(String(quoted));
    // On one line, however narrow the column.
    const line = await busy
      .locator('.timeline-count')
      .evaluate((count) => parseFloat(getComputedStyle(count).lineHeight));
    expect((await busy.locator('.timeline-count').boundingBox())!.height).toBeLessThan(line * 1.5);
    // On top of every column's background, later (hatched) days included.
    expect(boxes.later).toBeGreaterThan(100);
    expect(boxes.hits.length).toBeGreaterThan(1);
    expect(boxes.labelHits.length).toBeGreaterThan(1);
    expect(boxes.hits.every(Boolean)).toBe(true);
    expect(boxes.labelHits.every(Boolean)).toBe(true);
  }
});
