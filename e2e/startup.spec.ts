import { expect, test, type Browser } from '@playwright/test';
import { openDashboard } from './support';
import { SAVED_VIEWS_KEY, SAVED_VIEWS_VERSION } from '../src/state/saved-views-store';

test('index.html preloads the default model, and the app takes that one download', async ({
  page,
}) => {
  const modelRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/')) modelRequests.push(request.url());
  });
  await openDashboard(page, '?lang=en');
  await expect(page.locator('h1')).toContainText(/Alaska/);
  expect(modelRequests).toHaveLength(1);
  const initiator = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/data/alaska-summit.json'))
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );
  expect(initiator).toEqual(['link']);
});

// The prerendered dashboard (vite.config.ts, prerender.tsx): every panel is on screen before any
// of the app's scripts has run, and the scripts then make that same page live.
const appScripts = /assets\/(index|graph-panel)-[\w-]+\.js$/;

test('the default view is on screen before the scripts run, in the browser language', async ({
  browser,
}) => {
  for (const [locale, heading, graph] of [
    ['en-US', /Alaska summit/, 'Relationship graph'],
    ['zh-TW', /阿拉斯加峰會/, '關係圖'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.route(appScripts, (route) => route.abort());
    await page.goto('./');
    await expect(page.locator('h1')).toHaveText(heading);
    // A picture: nothing in it takes input until the app has hydrated it.
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    const region = page.getByRole('region', { name: graph });
    await expect(region.locator('.react-flow__node')).toHaveCount(25);
    await expect(region.locator('.react-flow__edge')).toHaveCount(17);
    // The blocs' hulls are in the picture too (React Flow's own portal renders nothing on the
    // server), where the live graph will draw them.
    await expect(region.locator('.graph-hull')).toHaveCount(7);
    await expect(region.locator('.graph-hull-name').first()).toBeVisible();
    await expect(page.locator('td[data-position]').first()).toBeVisible();
    await expect(page.locator('li[data-id]').first()).toBeVisible();
    // It holds no form control: each is drawn (control-picture.tsx) or, if hidden, left out.
    await expect(page.locator('input, select, textarea')).toHaveCount(0);
    await expect(page.locator('.control-picture')).toHaveCount(21);
    await context.close();
  }
});

test('an address with a filter is not prerendered: no picture of another view shows', async ({
  page,
}) => {
  await page.route(appScripts, (route) => route.abort());
  await page.goto('./?lang=en&issues=territory');
  await expect(page.locator('#root')).toBeEmpty();
  await page.goto('./?lang=fr');
  await expect(page.locator('#root')).toBeEmpty();
});

test('the prerendered page hydrates without a mismatch and then answers input', async ({
  page,
}) => {
  // Saved views live in this browser only: the prerendered page has none, the live page shows them.
  const saved = { id: 'v-mine', title: 'My territory view', state: { issues: ['territory'] } };
  const stored = JSON.stringify({ state: { views: [saved] }, version: SAVED_VIEWS_VERSION });
  await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: SAVED_VIEWS_KEY,
    value: stored,
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await openDashboard(page, '?lang=en');
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  // The controls below the first screen come in a background render right after hydration.
  await expect(page.locator('.control-picture')).toHaveCount(0);
  // Hydration keeps the picture's attributes, ids from useId among them: the live page's own ids
  // must be the same, or a label would name nothing once the live page adds its control.
  const dangling = await page.evaluate(() =>
    [...document.querySelectorAll('label[for], [aria-describedby], [aria-labelledby]')].flatMap(
      (element) =>
        [
          element.getAttribute('for'),
          ...(element.getAttribute('aria-describedby') ?? '').split(/\s+/),
          ...(element.getAttribute('aria-labelledby') ?? '').split(/\s+/),
        ]
          .filter((id): id is string => !!id && !document.getElementById(id))
          .map((id) => `${element.tagName} → #${id}`),
    ),
  );
  expect(dangling).toEqual([]);
  // The hidden inputs the picture leaves out: Open model, Import views, the view's title.
  await expect(page.locator('input[type="file"]')).toHaveCount(2);
  await expect(page.locator('.saved-views-form input')).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'As of' })).toBeAttached();
  // The picture's hulls and CSS-cut names have given way to the live graph's: none twice.
  await expect(page.locator('.graph-hull')).toHaveCount(7);
  await expect(page.locator('.graph-hulls-picture, .graph-canvas--picture')).toHaveCount(0);
  await expect(page.locator('.react-flow__viewport-portal .graph-hull')).toHaveCount(7);
  await page.locator('.react-flow__node[data-id="putin"]').click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
    'Vladimir Putin',
  );
  await page.getByRole('checkbox', { name: 'Territory' }).check();
  await expect(page).toHaveURL(/issues=territory/);
  await page.getByText('Views', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'My territory view', exact: true })).toBeVisible();
  expect(messages).toEqual([]);
});

/**
 * The default view in the browser's language, in a fresh context: the picture alone (the app's
 * scripts blocked) or the live page, once its quotes are on screen.
 */
async function openView(
  browser: Browser,
  { locale, width, scripts }: { locale: string; width: number; scripts: boolean },
) {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  const page = await context.newPage();
  if (!scripts) await page.route(appScripts, (route) => route.abort());
  if (scripts) await openDashboard(page, '');
  else await page.goto('./');
  await expect(page.locator('li[data-id]').first()).toBeVisible();
  return { context, page };
}

test('the picture leaves out the bottom of the timeline, and the live page adds it without moving anything', async ({
  browser,
}) => {
  // Where the panels are, and whether the timeline's events and "what changed" are there.
  const layout = async (scripts: boolean) => {
    const { context, page } = await openView(browser, { locale: 'en-US', width: 1440, scripts });
    // The live page adds them in a background render after hydration.
    if (scripts) await expect(page.locator('.timeline-what-changed')).toBeAttached();
    const result = await page.evaluate(() => ({
      tops: [
        '.region-graph',
        '.region-matrix',
        '.region-quotes',
        '.timeline-axis',
        '.timeline-legend',
      ].map((selector) =>
        Math.round(document.querySelector(selector)?.getBoundingClientRect().top ?? -1),
      ),
      bottom: document.querySelectorAll('.timeline-events, .timeline-what-changed').length,
    }));
    await context.close();
    return result;
  };
  const picture = await layout(false);
  const live = await layout(true);
  expect(picture.bottom).toBe(0);
  expect(live.bottom).toBe(2);
  expect(live.tops).toEqual(picture.tops);
});

test('the picture draws every control where and as large as the live one', async ({ browser }) => {
  // The header's language select and issue boxes, the matrix options, the quotes toolbar, the
  // timeline's date and slider (control-picture.tsx); the live page's "what changed" has its own.
  const scopes = [
    '.language-switch',
    '.issue-filter',
    '.matrix-options',
    '.quotes-toolbar',
    '.timeline-as-of',
    '.timeline-axis',
  ];
  const controls = scopes
    .map((scope) => `${scope} select, ${scope} input, ${scope} .control-picture`)
    .join(', ');
  const boxes = async (locale: string, width: number, scripts: boolean) => {
    const { context, page } = await openView(browser, { locale, width, scripts });
    if (scripts) await expect(page.locator('.control-picture')).toHaveCount(0);
    const found = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((element) => {
          const box = element.getBoundingClientRect();
          const kind = element.classList.contains('control-picture')
            ? (element.className.split(' ')[1] ?? '')
            : `${element.tagName}:${element.getAttribute('type') ?? ''}`;
          return { kind, x: box.x, y: box.y + scrollY, width: box.width, height: box.height };
        }),
      controls,
    );
    await context.close();
    return found;
  };
  const drawnAs: Record<string, string> = {
    'SELECT:': 'select-picture',
    'INPUT:checkbox': 'checkbox-picture',
    'INPUT:search': 'field-picture',
    'INPUT:date': 'field-picture',
    'INPUT:range': 'range-picture',
  };
  for (const [locale, width] of [
    ['en-US', 1440],
    ['zh-TW', 1440],
    ['en-US', 390],
    ['zh-TW', 390],
  ] as const) {
    const picture = await boxes(locale, width, false);
    const live = await boxes(locale, width, true);
    // 1 + 10 + 3 + 5 + 1 + 1 controls, each drawn in the picture and real in the live page.
    expect(live).toHaveLength(21);
    expect(picture.map((box) => box.kind)).toEqual(live.map((box) => drawnAs[box.kind]));
    // The same boxes (a select's own width is rounded up to a whole pixel: within half of one).
    live.forEach((box, k) => {
      const drawn = picture[k]!;
      for (const side of ['x', 'y', 'width', 'height'] as const)
        expect(
          Math.abs(box[side] - drawn[side]),
          `${locale} ${width}: control ${k} (${box.kind}) ${side}: live ${box[side]}, picture ${drawn[side]}`,
        ).toBeLessThan(0.5);
    });
  }
});
