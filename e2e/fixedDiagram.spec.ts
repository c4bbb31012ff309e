/**
 * The fixed design's diagram (issue 15) as a browser draws it: legible at 1280×800, nothing
 * overlapping, packets on its links, and nothing for axe to find.
 */
import type { Page } from '@playwright/test';
import { test, expect, axe, packets, simSeconds } from './fixtures';
import { measureDiagram, overlap } from './diagramBoxes';

/** The machine each part runs on: React Flow renders children as siblings, so the page cannot say. */
function parentOf(id: string): string | null {
  const k = /-(\d)$/.exec(id)?.[1];
  if (k && !id.startsWith('server-')) return `server-${k}`;
  if (id === 'mysql') return 'db-server';
  if (id === 'mysql-replica') return 'replica-server';
  return null;
}

async function openDesign(page: Page, query: string) {
  await page.goto(`./?${query}&quiz=0`);
  await expect(page.locator('.fixed-diagram .react-flow__node[data-id="mysql"]')).toBeVisible();
  // Fitted: React Flow shows the nodes once measured and the view once fitted to them.
  await expect.poll(() => simSeconds(page)).toBeGreaterThan(0.5);
}

const CASES: { size: { width: number; height: number }; query: string }[] = [
  { size: { width: 1280, height: 800 }, query: 'fixes=lb&mode=traffic&failure=spof' },
  { size: { width: 1280, height: 800 }, query: 'fixes=lb,lb-pair,replica&servers=4&mode=traffic&failure=spof' },
  // The largest design in the documented embed frame, its design bar folded to one line.
  { size: { width: 800, height: 560 }, query: 'fixes=lb,lb-pair,replica&servers=4&mode=traffic&failure=spof&embed=1' },
];

for (const { size, query } of CASES) {
  test(`${size.width}×${size.height}, ${query}: names 14 px or more, other text 12 px or more, no two boxes overlapping`, async ({ page }) => {
    await page.setViewportSize(size);
    await openDesign(page, query);
    const d = await measureDiagram(page);
    const names = d.texts.filter((t) => t.name);
    expect(names.length).toBeGreaterThanOrEqual(13);
    for (const t of d.texts) expect(t.px, `${t.node}: "${t.text}"`).toBeGreaterThanOrEqual(t.name ? 14 : 12);
    for (const a of d.nodes)
      for (const b of d.nodes)
        if (a.id < b.id && parentOf(a.id) === parentOf(b.id)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    // Every text inside its own node's box: nothing cut off or spilling over.
    for (const t of d.texts) {
      const n = d.nodes.find((x) => x.id === t.node)!;
      expect(t.x + t.width, `${t.node}: "${t.text}" fits`).toBeLessThanOrEqual(n.x + n.width + 0.5);
    }
    // The diagram fits its box: no part is off screen.
    for (const n of d.nodes) expect(n.x + n.width, n.id).toBeLessThanOrEqual(d.flow.x + d.flow.width + 0.5);
  });
}

test('packets travel the fixed design’s links, and axe finds nothing', async ({ page }) => {
  await openDesign(page, 'fixes=lb&mode=traffic&failure=spof');
  await expect.poll(async () => (await packets(page)).length).toBeGreaterThan(0);
  const box = (await page.locator('.fixed-diagram').boundingBox())!;
  for (const p of await packets(page)) {
    expect(p.x).toBeGreaterThanOrEqual(box.x);
    expect(p.x).toBeLessThanOrEqual(box.x + box.width);
  }
  await expect(page.locator('.fixed-diagram .react-flow__node[data-id="server-1"]')).toContainText('down');
  expect(await axe(page)).toEqual([]);
});
