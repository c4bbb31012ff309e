/**
 * Issue 12: the diagram is readable at the zoom it is fitted to, and nothing on it overlaps, at the
 * four sizes a learner meets: a laptop with the panel beside the diagram, a phone, 200 % browser zoom
 * (640×400 CSS pixels) and an 800×560 embed.
 */
import { test, expect, openApp } from './fixtures';
import { measureDiagram, overlaps } from './diagramBoxes';

/** Where packets travel: half a packet plus its outline, in page pixels, kept clear of labels. */
const PACKET_CLEARANCE = 6;

interface Size {
  name: string;
  width: number;
  height: number;
  query: string;
  /** Smallest font sizes on screen, in CSS pixels: components' names, then everything else. */
  minName: number;
  minSecondary: number;
}

const SIZES: Size[] = [
  { name: '1280×800 with the panel', width: 1280, height: 800, query: '', minName: 14, minSecondary: 12 },
  { name: 'phone 360×740', width: 360, height: 740, query: '', minName: 14, minSecondary: 12 },
  { name: '200 % zoom, 640×400', width: 640, height: 400, query: '', minName: 14, minSecondary: 12 },
  // The embed gives the diagram about 800×400: the compact arrangement draws it at 0.9×.
  { name: '800×560 embed', width: 800, height: 560, query: '?embed=1', minName: 14, minSecondary: 12 },
];

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('text is big enough at the fitted zoom, and names outrank link labels', async ({ page }) => {
      await openApp(page, size.query);
      const d = await measureDiagram(page);
      const names = d.texts.filter((t) => t.name);
      const secondary = d.texts.filter((t) => !t.name);
      expect(names.length, 'every component has a name').toBeGreaterThanOrEqual(11);
      const small = (min: number) => (t: { px: number }) => t.px < min - 0.05;
      const fmt = (t: { text: string; px: number }) => `${t.text}: ${t.px.toFixed(1)} px`;
      expect(names.filter(small(size.minName)).map(fmt), `names at zoom ${d.zoom.toFixed(2)}`).toEqual([]);
      expect(secondary.filter(small(size.minSecondary)).map(fmt), `secondary text at zoom ${d.zoom.toFixed(2)}`).toEqual([]);
      expect(d.labels.filter(small(size.minSecondary)).map(fmt), 'link labels').toEqual([]);
      const smallestName = Math.min(...names.map((t) => t.px));
      expect(d.labels.filter((l) => l.px >= smallestName).map(fmt), `labels smaller than the smallest name (${smallestName.toFixed(1)} px)`).toEqual([]);
    });

    test('the diagram fills its box: no empty bands above, below or beside it', async ({ page }) => {
      await openApp(page, size.query);
      const d = await measureDiagram(page);
      const left = Math.min(...d.nodes.map((n) => n.x));
      const right = Math.max(...d.nodes.map((n) => n.x + n.width));
      const top = Math.min(...d.nodes.map((n) => n.y));
      const bottom = Math.max(...d.nodes.map((n) => n.y + n.height));
      const msg = `diagram ${Math.round(right - left)}×${Math.round(bottom - top)} in a box ${Math.round(d.flow.width)}×${Math.round(d.flow.height)}`;
      expect((right - left) / d.flow.width, msg).toBeGreaterThan(0.9);
      expect((bottom - top) / d.flow.height, msg).toBeGreaterThan(0.9);
    });

    test('labels, components and their text never overlap, and labels stay off the packets’ paths', async ({ page }) => {
      await openApp(page, size.query);
      const d = await measureDiagram(page);
      expect(d.labels).toHaveLength(9);
      expect(d.paths).toHaveLength(9);
      expect(overlaps(d, PACKET_CLEARANCE)).toEqual([]);
    });
  });
}

test.describe('200 % zoom, 640×400: the journey stays on screen', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  test('each step of the journey is in view, below the playback bar, without the learner scrolling', async ({ page }) => {
    await openApp(page);
    const forward = page.getByRole('button', { name: 'Step forward' });
    const inView = () =>
      page.evaluate(() => {
        const lit = [...document.querySelectorAll('.link-path[data-lit], .stack-node[data-lit]')];
        const bar = document.querySelector('.controls')!.getBoundingClientRect();
        const top = Math.max(bar.bottom, 0);
        return lit.length > 0 && lit.some((e) => {
          const r = e.getBoundingClientRect();
          return r.bottom > top && r.top < window.innerHeight;
        });
      });
    const seen = new Set<string>();
    for (let step = 2; step <= 12; step++) {
      // The bar is sticky: the button is on screen wherever the page has scrolled to.
      const button = (await forward.boundingBox())!;
      expect(button.y, 'Step forward is on screen').toBeGreaterThanOrEqual(0);
      expect(button.y + button.height, 'Step forward is on screen').toBeLessThanOrEqual(400);
      await forward.click();
      await expect(page.getByText(new RegExp(`Step ${step} of \\d+`))).toBeVisible();
      await expect.poll(inView, `step ${step}: the lit part of the diagram is on screen`).toBe(true);
      seen.add(await page.evaluate(() => document.querySelector('.link-path[data-lit]')?.closest('.react-flow__edge')?.getAttribute('data-id') ?? ''));
    }
    // The steps went somewhere the first screen does not show: the page followed them.
    expect(seen.size).toBeGreaterThan(2);
  });
});

test.describe('the server down, in traffic mode', () => {
  for (const [width, height] of [
    [1280, 800],
    [360, 740],
  ] as const) {
    test(`at ${width}×${height}, "down" and the gauges fit their components and nothing overlaps`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openApp(page, '?mode=traffic&failure=spof');
      await expect(page.locator('.react-flow__node[data-id="mysql"] .stack-node__status')).toHaveText(/down/i);
      const d = await measureDiagram(page);
      expect(d.texts.filter((t) => /down/i.test(t.text)).length, 'the components say they are down').toBeGreaterThanOrEqual(4);
      expect(overlaps(d, PACKET_CLEARANCE)).toEqual([]);
    });
  }
});
