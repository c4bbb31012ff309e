/**
 * Issue 17: the one-server diagram in French, about 20 % longer than English, stays legible at the
 * sizes a learner meets (names 14 px or more, other text 12 px or more, nothing overlapping), and the
 * traffic caption the worker writes follows a switch of language.
 */
import { test, expect, openApp } from './fixtures';
import { measureDiagram, overlaps } from './diagramBoxes';

const PACKET_CLEARANCE = 6;
const small = (min: number) => (t: { px: number }) => t.px < min - 0.05;
const fmt = (t: { text: string; px: number }) => `${t.text}: ${t.px.toFixed(1)} px`;

for (const [width, height, query] of [
  [1280, 800, 'lang=fr'],
  [360, 740, 'lang=fr'],
  [800, 560, 'lang=fr&embed=1'],
  [1280, 800, 'lang=fr&mode=traffic&failure=spof'],
  [360, 740, 'lang=fr&mode=traffic&failure=spof'],
] as const) {
  test(`at ${width}×${height}, ${query}: French names are big enough, nothing overlaps`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, query);
    await expect(page.locator('.react-flow__node[data-id="resolver"]')).toContainText('Résolveur récursif');
    if (query.includes('spof')) await expect(page.locator('.react-flow__node[data-id="mysql"] .stack-node__status')).toHaveText(/en panne/i);
    await expect(page.locator('.metrics')).toBeVisible();
    const d = await measureDiagram(page);
    expect(d.texts.filter((t) => t.name).length).toBeGreaterThanOrEqual(11);
    expect(d.texts.filter((t) => t.name).filter(small(14)).map(fmt), `names at zoom ${d.zoom.toFixed(2)}`).toEqual([]);
    expect(d.texts.filter((t) => !t.name).filter(small(12)).map(fmt), `other text at zoom ${d.zoom.toFixed(2)}`).toEqual([]);
    expect(d.labels.filter(small(12)).map(fmt), 'link labels').toEqual([]);
    expect(overlaps(d, PACKET_CLEARANCE)).toEqual([]);
  });
}

test('a switch to French rewrites the traffic caption the worker wrote, and the diagram', async ({ page }) => {
  await openApp(page, 'mode=traffic');
  await expect(page.getByTestId('caption')).toContainText('requests per second');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByTestId('caption')).toContainText('req/s — servies');
  await expect(page.locator('.react-flow__node[data-id="resolver"]')).toContainText('Résolveur récursif');
});
