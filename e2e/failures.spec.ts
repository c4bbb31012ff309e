/**
 * The "Break it" tab: the single point of failure, downtime during maintenance, limited scalability.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axe, metric, metricNumber, node, openApp, openTab, pause, setSpeed, simSeconds } from './fixtures';

const spofSwitch = (page: Page) => page.getByRole('switch', { name: /Single point of failure/ });
const browserResult = (page: Page) => node(page, 'browser').locator('.browser-result');

/**
 * Keep every text the browser window shows from now on. An error page stays 3 simulated seconds,
 * 60 ms at 50×: a poll can miss it, a MutationObserver cannot.
 */
async function recordBrowserTexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('.react-flow__node[data-id="browser"] .browser-result')!;
    const seen = ((window as unknown as { __browserTexts: string[] }).__browserTexts = [el.textContent ?? '']);
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { subtree: true, childList: true, characterData: true });
  });
}
const browserTexts = (page: Page) => page.evaluate(() => (window as unknown as { __browserTexts: string[] }).__browserTexts);
const browserShowed = async (page: Page, text: string) => (await browserTexts(page)).some((t) => t.includes(text));
const trafficSlider = (page: Page) => page.getByRole('slider', { name: /traffic/i });
const rateOutput = (page: Page) => page.locator('.failures__rate output');
const queued = (page: Page) => node(page, 'app-server').locator('.gauge__text', { hasText: 'queued' });

/** Open "Break it" and one of its three scenes. */
async function openScene(page: Page, name: 'Server down' | 'Deploy' | 'Too much traffic') {
  await openTab(page, 'Break it');
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

async function failures(page: Page) {
  let n = 0;
  for (const k of ['timeout', 'refused', '502', '504']) n += await metricNumber(page, k);
  return n;
}

async function shownRps(page: Page) {
  return Number(/(\d+) req\/s/.exec((await rateOutput(page).textContent()) ?? '')?.[1] ?? Number.NaN);
}

/** Move the traffic slider to the first stop at or above `rps` (a binary search: each key press costs a frame). */
async function setRate(page: Page, rps: number) {
  const slider = trafficSlider(page);
  let lo = 0;
  let hi = Number(await slider.getAttribute('max'));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    await slider.fill(String(mid));
    if ((await shownRps(page)) >= rps) hi = mid;
    else lo = mid + 1;
  }
  await slider.fill(String(lo));
  return shownRps(page);
}

/** The diagram's height and arrangement, and the rows of the metrics strip and of the users' row. */
function diagramFrame(page: Page) {
  return page.evaluate(() => {
    const rows = (sel: string) => new Set([...document.querySelectorAll(sel)].map((e) => Math.round(e.getBoundingClientRect().top))).size;
    return {
      height: Math.round(document.querySelector('.diagram')!.getBoundingClientRect().height),
      orientation: document.querySelector<HTMLElement>('.diagram')!.dataset.orientation,
      metricRows: rows('.metric'),
      userRows: rows('.user-tab'),
    };
  });
}

async function queuedNow(page: Page) {
  return Number(/^(\d+)\//.exec((await queued(page).textContent()) ?? '')?.[1] ?? Number.NaN);
}

test('journey: with the single point of failure on, the browser ends on ERR_CONNECTION_TIMED_OUT', async ({ page }) => {
  await openApp(page, '?speed=100');
  await openTab(page, 'Break it');
  await expect(spofSwitch(page)).not.toBeChecked();
  await spofSwitch(page).check();
  await expect(spofSwitch(page)).toBeChecked();
  await expect(page.locator('.failures__status')).toContainText('down');

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(browserResult(page)).toContainText('ERR_CONNECTION_TIMED_OUT', { timeout: 30_000 });
  await expect.poll(() => metricNumber(page, 'availability'), { timeout: 30_000 }).toBeLessThan(100);
  await expect(metric(page, 'availability')).not.toHaveText('100 %');
  await expect(page.locator('.failures__status')).toContainText('ERR_CONNECTION_TIMED_OUT');
});

test('traffic: the failure on brings timeouts, the browser view shows ERR_CONNECTION_TIMED_OUT, availability drops', async ({ page }) => {
  await openApp(page, '?mode=traffic&rps=20&speed=10');
  await openTab(page, 'Break it');
  await expect.poll(() => metricNumber(page, 'served')).toBeGreaterThan(20);
  await expect(metric(page, 'availability')).toHaveText('100 %');

  await recordBrowserTexts(page);
  await spofSwitch(page).check();
  // The 131 s connect timeout (a Linux ≥ 6.5 client) is compressed ×10 in traffic mode, and the panel says so.
  await expect(page.locator('.failures__note', { hasText: '131' })).toBeVisible();
  await expect.poll(() => metricNumber(page, 'timeout'), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => metricNumber(page, 'availability'), { timeout: 20_000 }).toBeLessThan(100);
  await expect.poll(() => browserShowed(page, 'ERR_CONNECTION_TIMED_OUT'), { timeout: 20_000 }).toBe(true);
});

test('traffic: within 2 simulated seconds of the server going down the headline shows failing requests; the browser spins, then errors, never 200 OK', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, '?mode=traffic&rps=20');
  await openTab(page, 'Break it');
  await expect.poll(() => metricNumber(page, 'served')).toBeGreaterThan(20);
  expect(await metricNumber(page, 'failing')).toBe(0);
  // The simulated time shown when the switch flips (the display may lag the model by one publish,
  // which only makes this check stricter).
  await spofSwitch(page).evaluate((el) =>
    el.addEventListener('change', () => {
      (window as unknown as { __downAt: string }).__downAt = document.querySelector('[data-testid="sim-time"]')?.textContent ?? '';
    }),
  );
  await spofSwitch(page).check();
  const before = Number(/[\d.]+/.exec(await page.evaluate(() => (window as unknown as { __downAt: string }).__downAt))?.[0]);
  expect(before).toBeGreaterThan(0);
  // Watched every frame, on the simulated clock: a slow machine drops frames, not seconds of the model.
  const seenAt = await page.waitForFunction(
    () => {
      const failing = Number(document.querySelector('.metrics [data-metric="failing"] dd')?.textContent);
      const t = /[\d.]+/.exec(document.querySelector('[data-testid="sim-time"]')?.textContent ?? '')?.[0];
      return failing > 0 ? Number(t) : false;
    },
    null,
    { polling: 'raf', timeout: 15_000 },
  );
  expect(await seenAt.jsonValue()).toBeLessThanOrEqual(before + 2);
  await expect.poll(() => metricNumber(page, 'availability')).toBeLessThan(100);
  expect(await metricNumber(page, 'timeout'), 'nothing has timed out yet: the failing count is what shows it').toBe(0);
  await expect(page.locator('.metrics [data-metric="failing"]')).toHaveAttribute('data-bad', 'true');

  // The browser window: a spinning tab of a hanging request, then the browser's error page.
  await expect(browserResult(page)).toHaveAttribute('data-tone', /waiting|failing/, { timeout: 10_000 });
  await expect(browserResult(page).locator('.tab-mark--spinner')).toBeVisible();
  await recordBrowserTexts(page);
  // The first seconds are checked at 1×, until the tab says the user is still waiting (3 s on; at 50×
  // that state lasts a fifth of a second, which a snapshot may miss). The browser's own timeout is a
  // simulated wait, so skip it faster.
  await expect(browserResult(page)).toContainText('Still waiting', { timeout: 15_000 });
  await setSpeed(page, 50);
  await expect.poll(() => browserShowed(page, 'ERR_CONNECTION_TIMED_OUT'), { timeout: 40_000 }).toBe(true);
  const texts = await browserTexts(page);
  expect(texts.some((t) => /Still waiting/.test(t))).toBe(true);
  expect(texts.filter((t) => /200 OK/.test(t))).toEqual([]);

  // The users' row reads as people: spinners and error pages, each with words.
  const users = page.locator('.users .user-tab');
  await expect(users).toHaveCount(10);
  await expect(page.locator('.users .user-tab[data-tone="bad"]').first()).toContainText('timed out', { timeout: 20_000 });
  // Utilisation tells the truth while the server is down (the scale scene's figures, under its More).
  await openScene(page, 'Too much traffic');
  await page.locator('summary', { hasText: /^More/ }).click();
  await expect(page.locator('.live-figures dd[data-down]')).toContainText('DOWN');
  await openTab(page, 'Explain');
  await node(page, 'app-server').click();
  await expect(page.locator('.live-figures__row', { hasText: 'Utilisation (window)' })).toContainText('DOWN: 0 %');
});

test('traffic: turning the failure off recovers, new requests are served again', async ({ page }) => {
  await openApp(page, '?mode=traffic&rps=20&speed=10');
  await openTab(page, 'Break it');
  await expect.poll(() => metricNumber(page, 'served')).toBeGreaterThan(20);
  await spofSwitch(page).check();
  await expect.poll(() => metricNumber(page, 'timeout'), { timeout: 20_000 }).toBeGreaterThan(0);
  const servedWhileDown = await metricNumber(page, 'served');
  const downSince = await simSeconds(page);
  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBeGreaterThan(downSince + 10);
  expect(await metricNumber(page, 'served'), 'nothing is served while the server is down').toBeLessThanOrEqual(servedWhileDown + 5);

  await spofSwitch(page).uncheck();
  await expect(spofSwitch(page)).not.toBeChecked();
  const servedAtRecovery = await metricNumber(page, 'served');
  await expect.poll(() => metricNumber(page, 'served'), { timeout: 20_000 }).toBeGreaterThan(servedAtRecovery + 20);
  await expect(browserResult(page)).toContainText('✓', { timeout: 20_000 });
});

for (const [method, label, counted] of [
  ['nginx-restart', /Restart Nginx/, 'refused'],
  ['app-restart', /Restart the application server/, '502'],
] as const) {
  test(`traffic: deploying with "${method}" produces ${counted} failures in the metrics strip`, async ({ page }) => {
    await openApp(page, '?mode=traffic&rps=50&speed=2');
    await openScene(page, 'Deploy');
    await expect.poll(() => metricNumber(page, 'served')).toBeGreaterThan(20);
    expect(await failures(page)).toBe(0);
    await page.getByRole('radio', { name: label }).check();
    await page.getByRole('button', { name: 'Deploy now' }).click();
    await expect.poll(() => metricNumber(page, counted), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(page.locator(`.metrics [data-metric="${counted}"]`)).toHaveAttribute('data-bad', 'true');
    await expect.poll(() => metricNumber(page, 'availability')).toBeLessThan(100);
  });
}

test('traffic: a graceful Nginx reload loses no request', async ({ page }) => {
  await openApp(page, '?mode=traffic&rps=50&speed=2');
  await openScene(page, 'Deploy');
  await expect.poll(() => metricNumber(page, 'served')).toBeGreaterThan(20);
  await page.getByRole('radio', { name: /Reload Nginx gracefully/ }).check();
  const servedBefore = await metricNumber(page, 'served');
  await page.getByRole('button', { name: 'Deploy now' }).click();
  const start = await simSeconds(page);
  // The reload window is 2 simulated seconds; watch it pass and then some.
  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBeGreaterThan(start + 6);
  expect(await failures(page)).toBe(0);
  await expect(metric(page, 'availability')).toHaveText('100 %');
  expect(await metricNumber(page, 'served')).toBeGreaterThan(servedBefore + 50);
});

test('traffic above capacity raises p95 and errors; bringing it back drains the queue', async ({ page }) => {
  // Speed 10: an overloaded request fails only after Nginx's 60 s proxy_connect_timeout (504), so the
  // model must run a few simulated minutes; the checks below wait on its figures, not on the clock.
  await openApp(page, '?mode=traffic&rps=20&speed=10');
  await openScene(page, 'Too much traffic');
  await expect.poll(() => metricNumber(page, 'served')).toBeGreaterThan(20);
  const p95Before = await metricNumber(page, 'p95');
  const calm = await diagramFrame(page);
  expect(await setRate(page, 400)).toBeGreaterThanOrEqual(400);
  await expect(rateOutput(page)).toContainText('above capacity');

  await expect.poll(() => queuedNow(page), { timeout: 20_000 }).toBeGreaterThan(50);
  await expect.poll(() => metricNumber(page, 'p95'), { timeout: 30_000 }).toBeGreaterThan(Math.max(p95Before * 3, 200));
  await expect.poll(() => failures(page), { timeout: 40_000 }).toBeGreaterThan(0);
  const peak = await queuedNow(page);
  // Resets and 500s joined the strip and the users show errors: each still keeps to one line, so the
  // diagram keeps its size and arrangement mid-run.
  expect(await page.locator('.metric[data-metric="reset"], .metric[data-metric="500"]').count()).toBeGreaterThan(0);
  expect(await diagramFrame(page)).toEqual(calm);

  expect(await setRate(page, 20)).toBe(20);
  await expect(rateOutput(page)).toContainText('below capacity');
  await expect.poll(() => queuedNow(page), { timeout: 30_000 }).toBeLessThan(Math.max(peak / 4, 5));
  await expect.poll(() => queuedNow(page), { timeout: 30_000 }).toBe(0);
});

test('?failure=spof starts with the failure on', async ({ page }) => {
  await openApp(page, '?failure=spof');
  await openTab(page, 'Break it');
  await expect(spofSwitch(page)).toBeChecked();
  await expect(page.locator('.failures__state')).toHaveText(/On/);
  await expect(page.locator('.failures__status')).toContainText('down');
});

test('?rps=99999 is clamped with a notice', async ({ page }) => {
  await openApp(page, '?mode=traffic&rps=99999');
  await expect(page.locator('.notices .notice')).toContainText(/rps 99999 is above the maximum 2000/);
  await openScene(page, 'Too much traffic');
  await expect(rateOutput(page)).toContainText('2000 req/s');
});

test.describe('axe finds nothing', () => {
  test('with the single point of failure on (traffic)', async ({ page }) => {
    await openApp(page, '?mode=traffic&failure=spof&speed=10');
    await openTab(page, 'Break it');
    await expect.poll(() => metricNumber(page, 'timeout'), { timeout: 20_000 }).toBeGreaterThan(0);
    await pause(page);
    expect(await axe(page)).toEqual([]);
  });

  test('during an application restart', async ({ page }) => {
    await openApp(page, '?mode=traffic&rps=50&speed=2');
    await openScene(page, 'Deploy');
    await page.getByRole('radio', { name: /Restart the application server/ }).check();
    await page.getByRole('button', { name: 'Deploy now' }).click();
    await expect.poll(() => metricNumber(page, '502'), { timeout: 15_000 }).toBeGreaterThan(0);
    await pause(page);
    expect(await axe(page)).toEqual([]);
  });

  test('above capacity', async ({ page }) => {
    await openApp(page, '?mode=traffic&rps=500&speed=2');
    await openScene(page, 'Too much traffic');
    await expect.poll(() => queuedNow(page), { timeout: 20_000 }).toBeGreaterThan(50);
    await pause(page);
    expect(await axe(page)).toEqual([]);
  });
});

test('each scene names its fixes: the load balancer opens to what it brings and its sources; axe clean', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'Break it');
  await page.getByText('More: why, what people see, the fix').click();
  const lb = page.locator('[data-fix="lb"]');
  await lb.getByText('A second server behind a load balancer').click();
  await expect(lb).toContainText('What it brings: The load balancer is now the single point of failure');
  await expect(lb.getByRole('link', { name: /HAProxy Configuration Manual/ })).toHaveAttribute('href', /^https:\/\//);
  expect(await axe(page, '[role="tabpanel"]')).toEqual([]);
});

/** The figures of one row of a replay's table, one cell per design. */
const rowCells = (table: Locator, row: RegExp) => table.getByRole('row', { name: row }).getByRole('cell').allTextContents();
const percents = (cells: string[]) => cells.map((t) => parseFloat(t));

test('scaling up, replayed: the model runs the same traffic on three servers and the table shows each one’s figures; axe clean', async ({ page }) => {
  await openApp(page);
  await openScene(page, 'Too much traffic');
  await page.getByText('More: why, what people see, the fix').click();
  const card = page.locator('[data-fix="scale-up"]');
  await card.locator('summary').click();
  await card.getByRole('button', { name: /Replay the same traffic/ }).click();
  const table = card.getByRole('table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('columnheader')).toHaveText(['Figure', /^One server/, /^More workers/, /^Bigger server/]);
  // Same arrivals on every design; the bigger server serves more of them.
  const requests = await rowCells(table, /^Requests/);
  expect(new Set(requests).size).toBe(1);
  const served = (await rowCells(table, /^Served within 3 s/)).map((t) => Number(t.replace(/,/g, '')));
  expect(served[2]).toBeGreaterThan(served[0]!);
  await expect(card.getByRole('status')).toHaveText(/Done/);
  expect(await axe(page, '[data-fix="scale-up"]')).toEqual([]);
});

test('a server failure, replayed by keyboard: behind a balancer the site keeps serving; the requests lost before the checks caught it are shown', async ({ page }) => {
  await openApp(page);
  await openScene(page, 'Server down');
  await page.getByText('More: why, what people see, the fix').click();
  const card = page.locator('[data-fix="lb"]');
  await card.locator('summary').focus();
  await page.keyboard.press('Enter');
  const button = card.getByRole('button', { name: /Replay a server failure/ });
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  const table = card.getByRole('table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('columnheader')).toHaveText(['Figure', /^One server/, /^Two servers/]);
  const availability = percents(await rowCells(table, /^Availability/));
  expect(availability[1]).toBeGreaterThan(availability[0]!);
  await expect(table.getByRole('row', { name: /^503 Service Unavailable/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Balancer noticed after/ }).getByRole('cell')).toHaveText(['—', /^\d\.\d s$/]);
});

test('?compare=scale-out opens Break it at the fix and runs its replay: one, two and four servers side by side', async ({ page }) => {
  await openApp(page, '?compare=scale-out');
  const card = page.locator('[data-fix="scale-out"]');
  const table = card.getByRole('table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('columnheader')).toHaveText(['Figure', /^One server/, /^Two servers/, /^Four servers/]);
  await expect(card.getByRole('status')).toHaveText(/Done/);
  await expect(table).toBeInViewport();
});

test('?compare=replica: with the primary MySQL down, the replica keeps most pages served; the table says so and axe finds nothing', async ({ page }) => {
  await openApp(page, '?compare=replica');
  const card = page.locator('[data-fix="replica"]');
  const table = card.getByRole('table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('columnheader')).toHaveText(['Figure', /^Two servers/, /^Primary and replica/]);
  const availability = percents(await rowCells(table, /^Availability/));
  expect(availability[1]).toBeGreaterThan(availability[0]!);
  expect(await axe(page, '[data-fix="replica"]')).toEqual([]);
});

test('?compare=lb in an 800×560 embed brings the result sentences into view under the pinned diagram, not behind it', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 560 });
  await openApp(page, '?compare=lb&embed=1');
  const card = page.locator('[data-fix="lb"]');
  await expect(card.getByRole('status')).toHaveText(/Done/, { timeout: 30_000 });
  const takeaway = card.locator('.replay__takeaway');
  await expect(takeaway).toBeInViewport();
  await expect
    .poll(async () => {
      const stage = (await page.locator('.stage').boundingBox())!;
      const first = (await takeaway.locator('li').first().boundingBox())!;
      return first.y >= stage.y + stage.height - 1 && first.y + first.height <= 560;
    })
    .toBe(true);
});
