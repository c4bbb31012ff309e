/**
 * Scenes for course pages: `?scene=` in an 800×560 frame fits with no scrolling (diagram, control, chart,
 * caption), and the whole tool embedded at 800×560 keeps a switch and the server on screen together.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect, axe, AXE_TAGS, node, openApp } from './fixtures';

const FRAME = { width: 800, height: 560 };

/** A course page on the app's own origin holding one 800×560 frame of `query`; returns the frame. */
async function framed(page: Page, baseURL: string, query: string): Promise<Frame> {
  const origin = new URL(baseURL).origin;
  const host = `${origin}/e2e-scene-host.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Course page</title></head><body style="margin:0">
        <iframe id="scene" title="Web Stack Explorer" width="${FRAME.width}" height="${FRAME.height}" style="border:0;display:block" src="${origin}/${query}${query.includes('?') ? '&' : '?'}quiz=0"></iframe>
      </body></html>`,
    }),
  );
  await page.goto(host);
  const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
  await expect(frame.locator('.react-flow__node[data-id="server"]')).toBeVisible();
  return frame;
}

/** How far a selector's box lies outside the frame's viewport, in px (0 = wholly in view). */
function outside(frame: Frame, selector: string) {
  return frame.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    const w = document.documentElement.clientWidth;
    const h = document.documentElement.clientHeight;
    if (r.width === 0 || r.height === 0) return Number.POSITIVE_INFINITY;
    return Math.max(0, -r.left, -r.top, r.right - w, r.bottom - h);
  });
}

const noScroll = (frame: Frame) =>
  frame.evaluate(() => {
    const d = document.scrollingElement!;
    return { scrollHeight: d.scrollHeight, clientHeight: d.clientHeight, scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
  });

const SCENES = [
  { scene: 'spof', control: '[role="switch"]', chart: '.scene__chart svg.chart' },
  { scene: 'deploy', control: 'button:has-text("Deploy now")', chart: '.scene__chart svg.chart' },
  { scene: 'scale', control: '.scene input[type="range"]', chart: '.scene__chart svg.chart' },
] as const;

for (const { scene, control, chart } of SCENES) {
  test(`?scene=${scene} in an 800×560 frame: control, server and chart in view, no scrolling`, async ({ page, baseURL }) => {
    const frame = await framed(page, baseURL!, `?scene=${scene}`);
    // The chart fills in once traffic has run a second or two.
    await expect(frame.locator(chart)).toBeVisible({ timeout: 15_000 });
    for (const selector of [control, '.react-flow__node[data-id="server"]', chart, '[data-testid="caption"]']) {
      expect(await outside(frame, selector), `${selector} wholly in the frame`).toBe(0);
    }
    const size = await noScroll(frame);
    expect(size.scrollHeight, 'no vertical scroll').toBeLessThanOrEqual(size.clientHeight);
    expect(size.scrollWidth, 'no horizontal scroll').toBeLessThanOrEqual(size.clientWidth);
    // Only this scene: no page header, no panel tabs, no other scene's control.
    await expect(frame.getByRole('tab')).toHaveCount(0);
    await expect(frame.getByRole('heading', { name: /Web Stack Explorer/ })).toHaveCount(0);
    await expect(frame.locator('.scene')).toHaveCount(1);
    await expect(frame.getByRole('link', { name: /Open full view/ })).toBeVisible();
  });
}

test.describe('a scene on a phone (360×740)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('?scene=spof: the tall diagram scrolls under the band, which stays on screen with the switch; nothing of the diagram stays under it', async ({ page }) => {
    await openApp(page, '?scene=spof');
    const band = page.locator('.scene');
    const sw = page.getByRole('switch', { name: /Single point of failure/ });
    await expect(sw).toBeInViewport({ ratio: 1 });
    // The diagram has its own height, in the page's flow: the band follows it and never sits on top of it at rest.
    const diagram = (await page.locator('.diagram').boundingBox())!;
    expect(diagram.height).toBeGreaterThan(740);
    // Scrolled to the end, the diagram's foot (MySQL, the server's last part) is above the band: no part of
    // the diagram stays hidden under it; the switch is still in view.
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
    await expect(sw).toBeInViewport({ ratio: 1 });
    const mysql = (await node(page, 'mysql').boundingBox())!;
    const bandBox = (await band.boundingBox())!;
    expect(mysql.y, 'MySQL is on screen').toBeGreaterThanOrEqual(0);
    expect(mysql.y + mysql.height, 'the band does not cover MySQL').toBeLessThanOrEqual(bandBox.y);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axe(page)).toEqual([]);
  });
});

test('?scene=spof: the switch takes the server down and the chart shows nothing served', async ({ page, baseURL }) => {
  const frame = await framed(page, baseURL!, '?scene=spof&speed=4');
  await expect(frame.locator('.scene__chart svg.chart')).toBeVisible({ timeout: 15_000 });
  await frame.getByRole('switch', { name: /Single point of failure/ }).check();
  await expect(frame.locator('.failures__status')).toContainText('down');
  // The newest second of the chart's table: nothing served (the table is the chart's text alternative).
  await expect(frame.locator('.scene__chart .failures__table tbody tr').last().locator('td').nth(1)).toHaveText('0', { timeout: 15_000 });
  // Still no scrolling with the status and the note shown.
  const size = await noScroll(frame);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight);
  expect(await outside(frame, '.react-flow__node[data-id="server"]')).toBe(0);
});

test('?scene=journey in an 800×560 frame: playback controls, diagram and caption, no scrolling', async ({ page, baseURL }) => {
  const frame = await framed(page, baseURL!, '?scene=journey');
  for (const selector of ['button:has-text("Play")', '.react-flow__node[data-id="browser"]', '.react-flow__node[data-id="server"]', '[data-testid="caption"]']) {
    expect(await outside(frame, selector), `${selector} wholly in the frame`).toBe(0);
  }
  const size = await noScroll(frame);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight);
  await frame.getByRole('button', { name: 'Play' }).click();
  await expect(frame.locator('.clock__step')).not.toHaveText('Step 1 of 47', { timeout: 15_000 });
  await expect(frame.locator('.scene')).toHaveCount(0);
});

test('a bad ?scene= gets a notice and the whole tool, nothing else changes', async ({ page }) => {
  await openApp(page, '?scene=outage&select=mysql');
  await expect(page.locator('.notices .notice')).toContainText('scene "outage" is not one of spof, deploy, scale, journey, none; ignored.');
  await expect(page.locator('#explanation-title')).toHaveText('MySQL database');
  await expect(page.getByRole('tab', { name: 'Break it' })).toBeVisible();
});

test.describe('the whole tool embedded at 800×560', () => {
  test('Break it: a switch and the server on screen together, metrics not clipped, the mode switch kept', async ({ page, baseURL }) => {
    const frame = await framed(page, baseURL!, '?embed=1');
    // The mode switch the page header would hold.
    await expect(frame.getByRole('radio', { name: 'Traffic' })).toBeVisible();
    await frame.getByRole('tab', { name: 'Break it' }).click();
    const sw = frame.getByRole('switch', { name: /Single point of failure/ });
    await expect(sw).toBeVisible();
    await expect.poll(() => outside(frame, '[role="switch"]')).toBe(0);
    expect(await outside(frame, '.react-flow__node[data-id="server"]')).toBe(0);
    // The other scenes too.
    for (const [tab, selector] of [
      ['Deploy', 'button:has-text("Deploy now")'],
      ['Too much traffic', '.scene input[type="range"]'],
    ] as const) {
      await frame.getByRole('tab', { name: tab }).click();
      await expect.poll(() => outside(frame, selector), `${tab}: its control in view`).toBe(0);
      expect(await outside(frame, '.react-flow__node[data-id="server"]')).toBe(0);
    }
    // Every metric fits the frame's width and shows its whole value.
    const metrics = await frame.locator('.metrics .metric').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const dd = el.querySelector('dd')!;
        return { right: r.right, clipped: dd.scrollWidth > dd.clientWidth + 1 };
      }),
    );
    expect(metrics.length).toBeGreaterThan(0);
    for (const m of metrics) {
      expect(m.right).toBeLessThanOrEqual(FRAME.width);
      expect(m.clipped).toBe(false);
    }
    // Traffic from the embedded mode switch.
    await frame.getByRole('radio', { name: 'Traffic' }).check();
    await expect(frame.getByRole('radio', { name: 'Traffic' })).toBeChecked();
    await expect(frame.getByTestId('caption')).toContainText('requests per second', { timeout: 15_000 });
  });
});

/** axe with every WCAG 2.x A/AA rule over the whole page, the diagram's link labels and A-record button included (24 px targets at the compact arrangement's zoom). */
async function expectAxeClean(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

test.describe('axe finds nothing in a scene alone', () => {
  test.use({ viewport: FRAME });
  for (const scene of ['spof', 'deploy', 'scale', 'journey'] as const) {
    test(scene, async ({ page }) => {
      await openApp(page, `?scene=${scene}`);
      if (scene !== 'journey') await expect(page.locator('.scene__chart svg.chart').first()).toBeVisible({ timeout: 15_000 });
      if (scene === 'spof') await page.getByRole('switch').check();
      await expectAxeClean(page);
    });
  }

  test('the embedded tool with Break it open', async ({ page }) => {
    await openApp(page, '?embed=1');
    await page.getByRole('tab', { name: 'Break it' }).click();
    await expect(page.getByRole('switch')).toBeVisible();
    await expectAxeClean(page);
    await expect(node(page, 'server')).toBeInViewport();
  });
});

test('Share / Embed writes a one-scene frame', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await dialog.getByRole('combobox', { name: 'Show' }).selectOption('spof');
  const snippet = await dialog.getByRole('textbox', { name: /Embed code/ }).inputValue();
  expect(snippet).toContain('scene=spof');
  expect(snippet).toContain('mode=traffic');
  expect(snippet).toContain('title="Web Stack Explorer: single point of failure"');
  await expect(dialog.getByRole('checkbox', { name: 'Explanation panel' })).toBeDisabled();
  expect(await axe(page, '.dialog')).toEqual([]);
});
