/**
 * The Events tab as a learner uses it: the table fits its box at every size, choosing an event inspects
 * it without moving the playback, the separate "move" button keeps the later rows, and the waterfall
 * shows the cold request, then the warm one. Also: Space on a component opens it, and everything on
 * the server reads "down" with the server down.
 */
import type { Page } from '@playwright/test';
import { test, expect, axe, node, openApp, openTab, stepCounter } from './fixtures';

const playButton = (page: Page) => page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: /^(Play|Pause)$/ });
const simTime = (page: Page) => page.locator('.clock__sim strong');
const rows = (page: Page) => page.locator('.events-table tbody tr:not(:has(td[colspan]))');

/** The journey played to its end (`?t=` past the last step), then the Events tab. */
async function journeyDone(page: Page, query = '') {
  await openApp(page, `?t=60${query}`);
  await expect(stepCounter(page)).toHaveText(/Step (\d+) of \1$/);
  await openTab(page, 'Events');
  await expect(rows(page).first()).toBeVisible();
}

/** How far the table's content is wider than its scroll box (0 when it fits). */
const overflow = (page: Page) =>
  page.locator('.events-table__scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, panel: el.closest('.tabpanel')!.scrollWidth - el.closest('.tabpanel')!.clientWidth }));

for (const size of [
  { name: 'desktop', width: 1280, height: 800, query: '' },
  { name: 'phone', width: 360, height: 740, query: '' },
  { name: '800×560 embed', width: 800, height: 560, query: '&embed=1' },
]) {
  test.describe(`at ${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the event table fits its box, with the inspector open too; the waterfall text is ≥ 12 px', async ({ page }) => {
      await journeyDone(page, size.query);
      const chartText = await page
        .locator('.waterfall text')
        .evaluateAll((texts) => Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGGraphicsElement).getScreenCTM()!.a)));
      expect(chartText, 'smallest chart text in CSS pixels').toBeGreaterThanOrEqual(12);
      const fits = await overflow(page);
      expect(fits.scroll, JSON.stringify(fits)).toBeLessThanOrEqual(fits.client);
      expect(fits.panel, 'the tab scrolls only vertically').toBeLessThanOrEqual(0);
      await page.locator('.events-table').getByRole('button', { name: /TLS ServerHello/ }).click();
      await expect(page.getByTestId('packet-inspector')).toBeVisible();
      const still = await overflow(page);
      expect(still.scroll, JSON.stringify(still)).toBeLessThanOrEqual(still.client);
      expect(still.panel).toBeLessThanOrEqual(0);
    });
  });
}

test('choosing an event inspects it and lights it, keeping the time, the rows and the figures', async ({ page }) => {
  await journeyDone(page);
  const time = await simTime(page).textContent();
  const count = await rows(page).count();
  const served = await page.locator('.metrics [data-metric="served"] dd').textContent();
  expect(count).toBeGreaterThan(30);

  await page.locator('.events-table').getByRole('button', { name: /^DNS query: Standard query A/ }).first().click();
  const inspector = page.getByTestId('packet-inspector');
  await expect(inspector).toContainText('Standard query A www.foobar.com');
  await expect(page.locator('.react-flow__node[data-id="resolver"] [data-lit]')).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="browser"] [data-lit]')).toBeVisible();
  await expect(simTime(page)).toHaveText(time!);
  await expect(rows(page)).toHaveCount(count);
  await expect(page.locator('.metrics [data-metric="served"] dd')).toHaveText(served!);
  await expect(playButton(page)).toHaveText('Play');

  // Moving there is a separate button that says what it does, and keeps every row.
  const move = inspector.getByRole('button', { name: 'Move the diagram to this moment' });
  await expect(move).toHaveAccessibleDescription(/^Moves the diagram, gauges and figures back to this event .*The events after it stay listed/);
  await move.click();
  await expect(simTime(page)).not.toHaveText(time!);
  await expect(page.locator('.events-row--current.events-row--inspected')).toContainText('DNS query: Standard query A');
  await expect(rows(page)).toHaveCount(count);
  await expect(page.getByTestId('events-later-note')).toContainText('rows after it, in italics, are later');
  await expect(page.locator('.events-row--later').first()).toBeVisible();
});

test('the waterfall shows the cold request, then the warm one, both with their bars', async ({ page }) => {
  await journeyDone(page);
  const sections = page.getByTestId('timing-waterfall');
  await expect(sections).toHaveCount(2);
  await expect(sections.nth(0).getByRole('heading')).toHaveText(/^Cold request · Request #0/);
  await expect(sections.nth(1).getByRole('heading')).toHaveText(/^Warm request · Request #1/);
  await expect(sections.nth(0).locator('.waterfall__bar')).toHaveCount(5);
  await expect(sections.nth(1).locator('.waterfall__bar')).toHaveCount(1);
  await expect(sections.nth(1).getByRole('img')).toHaveAccessibleName(/DNS 0\.0 ms \(none: answer cached\)/);
  // Each "none: …" note stays inside its empty track.
  const spill = await sections.nth(1).locator('.waterfall__skipped').evaluateAll((notes) =>
    notes.map((n) => n.getBoundingClientRect().right - n.previousElementSibling!.getBoundingClientRect().right),
  );
  expect(spill).toHaveLength(4);
  for (const px of spill) expect(px).toBeLessThanOrEqual(0);
  // One scale: the warm request's bar is narrower than the cold request's whole.
  const width = (i: number) => sections.nth(i).locator('.waterfall__bar').evaluateAll((bars) => bars.reduce((w, b) => w + b.getBoundingClientRect().width, 0));
  expect(await width(1)).toBeLessThan((await width(0)) / 2);
});

test('Space on a focused component opens it and does not play; elsewhere Space plays', async ({ page }) => {
  await openApp(page);
  await node(page, 'nginx').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('#explanation-title')).toHaveText('Nginx web server');
  await expect(playButton(page)).toHaveText('Play');
  await page.locator('body').click({ position: { x: 5, y: 790 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveText('Pause');
});

test('the help says what Space does on a control and off it', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts and help' });
  await expect(dialog.getByRole('row', { name: /^Space Play or pause, unless the focus is on a control/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Enter Space On a focused component or link: open its explanation/ })).toBeVisible();
});

test('with the server down, everything on it reads down, the application files included', async ({ page }) => {
  await openApp(page, '?failure=spof');
  for (const id of ['server', 'nginx', 'app-server', 'app-files', 'mysql'] as const) {
    await expect(node(page, id).locator('[data-status="down"]').first(), id).toBeVisible();
    await expect(node(page, id), id).toContainText(/down/i);
  }
  await expect(node(page, 'browser').locator('[data-status="down"]')).toHaveCount(0);
});

test('axe finds nothing in the Events tab with an event inspected, then moved to, in every theme', async ({ page }) => {
  await journeyDone(page, '&theme=light');
  await page.locator('.events-table').getByRole('button', { name: /^DNS query: Standard query A/ }).first().click();
  await expect(page.getByTestId('packet-inspector')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Move the diagram to this moment' }).click();
  await expect(page.getByTestId('events-later-note')).toBeVisible();
  expect(await axe(page, '.tabpanel')).toEqual([]);
  // The other themes change colours only: their contrast, in the tab (a11y.spec.ts checks each theme's whole page).
  for (const theme of ['dark', 'contrast'] as const) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await axe(page, '.tabpanel', ['color-contrast', 'link-in-text-block']), theme).toEqual([]);
  }
});
