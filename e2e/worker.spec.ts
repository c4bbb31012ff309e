/**
 * Traffic's model runs in a Web Worker under the page's strict security policy (the preview serves it),
 * and the page goes on with the model on the main thread when the worker cannot start.
 */
import { expect, openApp, simSeconds, test } from './fixtures';

const FALLBACK = /Traffic runs on the main thread/;

test('traffic plays from a worker under the strict policy, and the main thread only draws', async ({ page, problems }) => {
  const warnings: string[] = [];
  page.on('console', (m) => warnings.push(m.text()));
  // Traffic plays as it opens.
  await openApp(page, '?mode=traffic&rps=100&speed=10');
  await expect.poll(() => page.workers().map((w) => w.url()).join(' ')).toMatch(/trafficWorker/);
  await expect.poll(() => simSeconds(page)).toBeGreaterThan(5);
  await expect.poll(async () => page.evaluate(() => (window as unknown as { __webStackExplorerPackets: () => unknown[] }).__webStackExplorerPackets().length)).toBeGreaterThan(0);
  // A packet drawn from the worker's rows opens in the inspector with its capture.
  await page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('tab', { name: 'Events' }).click();
  const row = page.getByRole('row').filter({ hasText: 'GET / HTTP/1.1' }).first();
  await expect(row).toBeVisible();
  expect(warnings.filter((w) => FALLBACK.test(w))).toEqual([]);
  expect(problems).toEqual([]);
});

test('when the worker cannot start, traffic plays on the main thread and a seek still gets there', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => warnings.push(m.text()));
  await page.route(/trafficWorker.*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await openApp(page, '?mode=traffic&rps=100&t=120');
  await expect.poll(() => warnings.some((w) => FALLBACK.test(w))).toBe(true);
  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBe(120);
  await page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => simSeconds(page)).toBeGreaterThan(121);
  expect(page.workers()).toEqual([]);
});
