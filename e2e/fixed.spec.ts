/**
 * A fixed design played live (issue 15): servers behind HAProxy on the diagram, the same seeded
 * traffic and fault as the one-server stack, and the choices that change it.
 */
import type { Page } from '@playwright/test';
import { test, expect, axe, metric, openApp, openTab, simSeconds } from './fixtures';

const part = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Availability as the metrics strip shows it after the page has sought to `t` (0..1). */
async function availabilityAt(page: Page, query: string, t: number): Promise<number> {
  await page.goto(`./?${query}&t=${t}&quiz=0`);
  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBe(t);
  await expect(page.getByTestId('seek-progress')).toHaveCount(0);
  const text = (await metric(page, 'availability').textContent()) ?? '';
  return Number.parseFloat(text) / 100;
}

test('server 1 down behind HAProxy: the site keeps serving, the one server does not (same seed, same traffic)', async ({ page }) => {
  const fixed = await availabilityAt(page, 'fixes=lb&failure=spof&mode=traffic&rps=50&seed=4', 30);
  await expect(part(page, 'server-1')).toContainText('down');
  await expect(part(page, 'server-2')).not.toContainText('down');
  const one = await availabilityAt(page, 'failure=spof&mode=traffic&rps=50&seed=4', 30);
  expect(fixed).toBeGreaterThan(0.9);
  expect(one).toBeLessThan(0.2);
});

test('the design bar changes the design, and Back to one server returns to the one-server diagram', async ({ page }) => {
  await page.goto('./?fixes=lb&mode=traffic&quiz=0');
  // Folded at this size, so the diagram keeps its height: the learner opens it.
  await page.getByText('(change it, break it)').click();
  const bar = page.locator('.design-bar');
  await expect(bar.getByRole('group', { name: /Fixed design: 2 servers behind HAProxy/ })).toBeVisible();
  await expect(part(page, 'server-2')).toBeVisible();
  await expect(part(page, 'server-3')).toHaveCount(0);
  await bar.getByRole('combobox', { name: 'Servers' }).selectOption('3');
  await expect(part(page, 'server-3')).toBeVisible();
  await bar.getByRole('checkbox', { name: 'MySQL replica' }).check();
  await expect(part(page, 'mysql-replica')).toBeVisible();
  await expect(page).toHaveURL(/fixes=lb%2Creplica|fixes=lb,replica/);
  await expect(page).toHaveURL(/servers=3/);
  await bar.getByRole('switch', { name: 'Balancer down' }).check();
  await expect(part(page, 'lb')).toContainText('down');
  await expect(page.getByTestId('narration')).toHaveText(/The balancer is down/);
  await page.getByRole('button', { name: 'Back to one server' }).click();
  await expect(page.locator('.react-flow__node[data-id="nginx"]')).toBeVisible();
  await expect(bar).toHaveCount(0);
});

test('keyboard: a fix card’s Try it live plays the design, and its parts open their explanations', async ({ page }) => {
  await openApp(page, 'mode=traffic');
  await openTab(page, 'Break it');
  await page.getByText('More: why, what people see, the fix').click();
  const card = page.locator('[data-fix="lb"]');
  await card.locator('summary').focus();
  await page.keyboard.press('Enter');
  const tryIt = card.getByRole('button', { name: 'Try it live' });
  await tryIt.focus();
  await expect(tryIt).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(part(page, 'lb')).toBeVisible();
  await part(page, 'lb').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'HAProxy load balancer' })).toBeVisible();
  await part(page, 'nginx-2').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nginx web server' })).toBeVisible();
});

test('axe finds nothing on a fixed design with every part', async ({ page }) => {
  await page.goto('./?fixes=lb,lb-pair,replica&servers=4&mode=traffic&failure=spof&quiz=0');
  await expect(part(page, 'server-4')).toBeVisible();
  await expect.poll(() => simSeconds(page)).toBeGreaterThan(1);
  expect(await axe(page)).toEqual([]);
});

test('a replay is watched on the diagram: its fixed design plays live with the same fault', async ({ page }) => {
  await page.goto('./?compare=lb&quiz=0');
  const card = page.locator('[data-fix="lb"]');
  await expect(card.getByRole('status')).toHaveText(/Done/, { timeout: 30_000 });
  await card.getByRole('button', { name: 'Watch it on the diagram' }).click();
  await expect(part(page, 'server-1')).toContainText('down');
  await expect(part(page, 'server-2')).toBeVisible();
  await expect.poll(() => simSeconds(page)).toBeGreaterThan(1);
});
