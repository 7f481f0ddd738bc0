import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixture, openDashboard, watchPage } from './support';

const readModel = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as { actors: { id: string; position?: unknown }[] };
const defaultModel = readModel(
  fileURLToPath(new URL('../data/alaska-summit.json', import.meta.url)),
);
const graph = (page: Page) => page.getByRole('region', { name: 'Relationship graph' });

async function expectNoOverlap(page: Page) {
  const boxes = await page
    .locator('.react-flow__node-actor')
    .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(1);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap =
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5;
      expect(overlap, `nodes ${i} and ${j} overlap`).toBe(false);
    }
}

test('the default model shows one node per actor, no overlaps, and a legend', async ({ page }) => {
  const watch = await watchPage(page);
  await openDashboard(page, '?lang=en');
  const nodes = graph(page).locator('.react-flow__node-actor');
  await expect(nodes).toHaveCount(defaultModel.actors.length);
  for (const actor of defaultModel.actors)
    await expect(graph(page).locator(`.react-flow__node[data-id="${actor.id}"]`)).toHaveCount(1);
  expect(defaultModel.actors.some((a) => a.position)).toBe(false);
  await expectNoOverlap(page);
  await expect(graph(page).getByRole('group', { name: 'Legend' })).toContainText('negotiates with');
  expect(watch.errors).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
});

test('on a phone the graph opens at a zoom its names can be read at; Fit shows all of it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page, '?lang=en');
  const canvas = graph(page).locator('.graph-canvas');
  // Each node's box, and its name's height, in screen pixels; whether it lies in the canvas.
  const drawn = async () => {
    const frame = (await canvas.boundingBox())!;
    const nodes = await graph(page)
      .locator('.react-flow__node-actor')
      .evaluateAll((elements) =>
        elements.map((node) => {
          const box = node.getBoundingClientRect();
          const name = node.querySelector('.graph-node-name')!.getBoundingClientRect();
          return {
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
            name: name.height,
          };
        }),
      );
    const inside = (n: (typeof nodes)[number]) =>
      n.left >= frame.x - 1 &&
      n.right <= frame.x + frame.width + 1 &&
      n.top >= frame.y - 1 &&
      n.bottom <= frame.y + frame.height + 1;
    return { nodes, inside: nodes.filter(inside).length };
  };
  const first = await drawn();
  // Names 15 px at zoom 1, in a line 1.2 high: at least 13 px here (zoom 0.75). A whole-graph
  // fit of the seed model drew them under 4 px high.
  for (const node of first.nodes) expect(node.name).toBeGreaterThanOrEqual(13);
  expect(first.inside).toBeGreaterThanOrEqual(2);
  expect(first.inside).toBeLessThan(defaultModel.actors.length);

  await graph(page).getByRole('button', { name: 'Fit the whole graph' }).click();
  await expect.poll(async () => (await drawn()).inside).toBe(defaultModel.actors.length);
});

test('selecting an issue changes the visible edges', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const edges = graph(page).locator('.react-flow__edge');
  await expect(edges.first()).toBeVisible();
  const before = await edges.evaluateAll((list) => list.map((e) => e.getAttribute('data-id')));
  await page
    .getByRole('group', { name: 'Issues' })
    .getByRole('checkbox', { name: 'Sanctions' })
    .check();
  await expect(edges).not.toHaveCount(before.length);
  const after = await edges.evaluateAll((list) => list.map((e) => e.getAttribute('data-id')));
  expect(after).toContain('r-us-russia-sanctions');
  expect(after).not.toContain('r-china-russia-trade');
});

test('clicking an actor opens Details with its stances and evidence; Escape clears', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  await graph(page).locator('.react-flow__node[data-id="russia"]').click();
  await expect(page).toHaveURL(/focus=russia/);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Russia', exact: true })).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Stances' })).toBeVisible();
  await expect(details).toContainText(/reported by Steve Witkoff/);
  await expect(details.locator('.evidence-quote').first()).toBeVisible();
  await expect(details.getByText('translation').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details.getByRole('heading', { name: 'Russia', exact: true })).toHaveCount(0);
});

test('keyboard: Tab reaches a node and Enter selects it', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const first = graph(page).locator('.react-flow__node-actor').first();
  await first.focus();
  await page.keyboard.press('Enter');
  const id = await first.getAttribute('data-id');
  await expect(page).toHaveURL(new RegExp(`focus=${id}`));
});

test('clicking a relation shows its type, ends and evidence', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await graph(page)
    .locator('.react-flow__edge[data-id="r-russia-ukraine-war"]')
    .dispatchEvent('click');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('in conflict with');
  await expect(details.locator('.evidence-quote')).not.toHaveCount(0);
});

test('a relation is hit where it is drawn: a real click on its curve selects it', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  // The middle of each curve, on screen; the first one that is not under an actor.
  const hit = await page.evaluate(() => {
    for (const edge of document.querySelectorAll('.react-flow__edge')) {
      const path = edge.querySelector<SVGPathElement>('.react-flow__edge-path');
      const ctm = path?.getScreenCTM();
      if (!path || !ctm) continue;
      const middle = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(ctm);
      if (document.elementFromPoint(middle.x, middle.y)?.closest('.react-flow__edge') === edge)
        return { id: edge.getAttribute('data-id') ?? '', x: middle.x, y: middle.y };
    }
    return null;
  });
  expect(hit, 'no relation is hit where its curve is drawn').not.toBeNull();
  if (!hit) return;
  await page.mouse.click(hit.x, hit.y);
  await expect(graph(page).locator(`.react-flow__edge[data-id="${hit.id}"]`)).toHaveClass(
    /\bselected\b/,
  );
  // Details shows that relation: its two ends, under "Between".
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Between');
});

/** A point of the graph's background, away from nodes, edges and panels. */
const panePoint = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!;
    const box = pane.getBoundingClientRect();
    for (let step = 0; step < 400; step++) {
      const r = (step / 400) * Math.min(box.width, box.height) * 0.4;
      const x = box.left + box.width / 2 + Math.cos(step * 0.7) * r;
      const y = box.top + box.height / 2 + Math.sin(step * 0.7) * r;
      const hit = document.elementFromPoint(x, y);
      if (hit && pane.contains(hit) && !hit.closest('.react-flow__node, .react-flow__edge'))
        return { x, y };
    }
    throw new Error('no empty background point');
  });

async function dragPane(page: Page, during: () => Promise<void>) {
  const start = await panePoint(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++)
    await page.mouse.move(start.x + step * 12, start.y + step * 8);
  await during();
  await page.mouse.up();
}

test('dragging the pane moves the drawing with the pointer; actors stay clickable where drawn', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const russia = graph(page).locator('.react-flow__node[data-id="russia"]');
  const moved = async () => {
    const box = (await russia.boundingBox())!;
    return { x: Math.round(box.x - before.x), y: Math.round(box.y - before.y) };
  };
  let before = (await russia.boundingBox())!;
  await dragPane(page, () => expect.poll(moved).toEqual({ x: 60, y: 40 }));
  await expect.poll(moved).toEqual({ x: 60, y: 40 });
  const after = (await russia.boundingBox())!;
  await page.mouse.click(after.x + after.width / 2, after.y + after.height / 2);
  await expect(page).toHaveURL(/focus=russia/);
  await graph(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await russia.boundingBox())!.width).toBeGreaterThan(after.width);

  // With the minimap shown, its view box follows the drag as it happens.
  await graph(page).getByRole('button', { name: 'Minimap' }).click();
  const mask = graph(page).locator('.react-flow__minimap-mask');
  const maskBefore = await mask.getAttribute('d');
  before = (await russia.boundingBox())!;
  await dragPane(page, async () => {
    await expect.poll(moved).toEqual({ x: 60, y: 40 });
    expect(await mask.getAttribute('d')).not.toBe(maskBefore);
  });
  await expect.poll(moved).toEqual({ x: 60, y: 40 });
});

for (const format of ['PNG', 'SVG']) {
  test(`Export ${format} downloads a non-empty file`, async ({ page }) => {
    await openDashboard(page, '?lang=en');
    await expect(graph(page).locator('.react-flow__node-actor').first()).toBeVisible();
    const download = page.waitForEvent('download');
    await graph(page)
      .getByRole('button', { name: `Export ${format}` })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`relationship-graph.${format.toLowerCase()}`);
    const path = await file.path();
    expect(readFileSync(path).length).toBeGreaterThan(5000);
    if (format === 'SVG') {
      // The arrowheads come along: the picture holds their definitions.
      const image = /data:image\/svg\+xml;charset=utf-8,([^"']*)/.exec(readFileSync(path, 'utf8'));
      expect(decodeURIComponent(image?.[1] ?? '')).toMatch(/<marker[^>]*id="graph-arrow-/);
    }
  });
}

test('the minimap can be shown and hidden', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const toggle = graph(page).getByRole('button', { name: 'Minimap' });
  await expect(graph(page).locator('.react-flow__minimap')).toHaveCount(0);
  await toggle.click();
  await expect(graph(page).locator('.react-flow__minimap')).toBeVisible();
  await toggle.click();
  await expect(graph(page).locator('.react-flow__minimap')).toHaveCount(0);
});

test('a small model without positions is laid out with no overlapping nodes', async ({ page }) => {
  await page.route('**/data/e2e-small.json', (route) =>
    route.fulfill({ path: fixture('small-model.json') }),
  );
  await openDashboard(page, '?lang=zh-Hant&model=data/e2e-small.json');
  const small = readModel(fixture('small-model.json'));
  await expect(page.locator('.react-flow__node-actor')).toHaveCount(small.actors.length);
  await expectNoOverlap(page);
});

test('scrolled well away the graph is not painted, and it is back before it comes into view', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en');
  const canvas = page.locator('.graph-canvas');
  const nodes = canvas.locator('.react-flow__node-actor');
  const clip = () => canvas.evaluate((box) => getComputedStyle(box).clipPath);
  const count = await nodes.count();
  expect(count).toBeGreaterThan(0);
  const scrollBelow = (gap: number) =>
    page.evaluate((px) => {
      const bottom = document.querySelector('.graph-canvas')!.getBoundingClientRect().bottom;
      window.scrollBy(0, bottom + px);
    }, gap);
  expect(await clip()).toBe('none');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(clip).toBe('inset(50%)');
  // Not drawn, yet still in the page for a screen reader: every node, each with its name.
  await expect(nodes).toHaveCount(count);
  await expect(canvas.getByLabel('Vladimir Putin (Person)')).toBeAttached();
  expect(
    await canvas.getByLabel('Vladimir Putin (Person)').evaluate((node) => node.checkVisibility()),
  ).toBe(true);

  // Just above the view (a tenth of a screen), it is drawn again before it scrolls in.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(clip).toBe('none');
  await scrollBelow(90);
  await page.waitForTimeout(300);
  expect(await clip()).toBe('none');
  await scrollBelow(700);
  await expect.poll(clip).toBe('inset(50%)');

  // The keyboard reaches it while it is away: focus moves in without scrolling, and it is drawn.
  await graph(page)
    .getByRole('button', { name: 'Minimap' })
    .evaluate((button: HTMLElement) => button.focus({ preventScroll: true }));
  expect(await clip()).toBe('inset(50%)');
  await page.keyboard.press('Tab');
  expect(await canvas.evaluate((box) => box.contains(document.activeElement))).toBe(true);
  await expect.poll(clip).toBe('none');
});
