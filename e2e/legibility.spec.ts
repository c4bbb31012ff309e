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

    test('labels, components and their text never overlap, and labels stay off the packets’ paths', async ({ page }) => {
      await openApp(page, size.query);
      const d = await measureDiagram(page);
      expect(d.labels).toHaveLength(9);
      expect(d.paths).toHaveLength(9);
      expect(overlaps(d, PACKET_CLEARANCE)).toEqual([]);
    });
  });
}
