/**
 * Playback: the journey's packets move, stepping changes the caption and the counter, the event list
 * follows, packets can be inspected, reduced motion lights instead of animating, traffic at speed
 * stays healthy, and the shortcuts work.
 */
import type { Page } from '@playwright/test';
import { test, expect, caption, metricNumber, node, openApp, openTab, packetFrames, packets, simSeconds, stepCounter, type DrawnPacket } from './fixtures';

const playButton = (page: Page) => page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: /^(Play|Pause)$/ });

async function centre(page: Page, id: 'browser' | 'resolver' | 'nginx') {
  const b = (await node(page, id).boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

function stepNumbers(text: string | null): [number, number] {
  const m = /Step (\d+) of (\d+)/.exec(text ?? '');
  expect(m, `step counter "${text}"`).toBeTruthy();
  return [Number(m![1]), Number(m![2])];
}

test('Play moves a packet from the browser towards DNS', async ({ page }) => {
  // Half speed: the query takes 1.4 s to cross, long enough to sample on a busy machine.
  await openApp(page, '?speed=0.5');
  const browser = await centre(page, 'browser');
  const resolver = await centre(page, 'resolver');
  expect(await packets(page)).toEqual([]);
  // The two cache checks come first; the DNS query is the step after them.
  const forward = page.getByRole('button', { name: 'Step forward' });
  await forward.click();
  await forward.click();
  await expect(stepCounter(page)).toContainText('Step 3 of');
  await playButton(page).click();
  await expect(playButton(page)).toHaveText('Pause');

  await expect
    .poll(async () => (await packets(page)).some((p) => p.packet === 'dns-query'), { timeout: 8000, intervals: [20] })
    .toBe(true);
  // Two samples a few frames apart while the query is in flight.
  const frames = (await packetFrames(page, 8)).map((f) => f.find((p) => p.packet === 'dns-query')).filter((p): p is DrawnPacket => !!p);
  expect(frames.length, 'the DNS query stays drawn for several frames').toBeGreaterThanOrEqual(2);
  const first = frames[0]!;
  const second = frames.at(-1)!;
  expect(second.y === first.y && second.x === first.x, 'the packet moved').toBe(false);
  expect(dist(second, resolver), 'closer to the resolver').toBeLessThan(dist(first, resolver));
  expect(dist(second, browser), 'further from the browser').toBeGreaterThan(dist(first, browser));
});

test('Step forward and Step back change the caption and the step counter', async ({ page }) => {
  await openApp(page);
  const [start, total] = stepNumbers(await stepCounter(page).textContent());
  expect(start).toBe(1);
  expect(total).toBeGreaterThan(10);
  const captions: string[] = [(await caption(page).textContent()) ?? ''];

  const forward = page.getByRole('button', { name: 'Step forward' });
  const back = page.getByRole('button', { name: 'Step back' });
  for (let i = 0; i < 3; i++) {
    const prevCaption = captions.at(-1)!;
    await forward.click();
    await expect(caption(page)).not.toHaveText(prevCaption);
    captions.push((await caption(page).textContent()) ?? '');
  }
  const [afterForward] = stepNumbers(await stepCounter(page).textContent());
  expect(afterForward).toBeGreaterThan(start);
  await expect(stepCounter(page)).toHaveText(`Step ${afterForward} of ${total}`);

  await back.click();
  await expect(stepCounter(page)).toHaveText(`Step ${afterForward - 1} of ${total}`);
  await expect(caption(page)).not.toHaveText(captions.at(-1)!);
  await expect(caption(page)).toHaveText(captions.at(-2)!);
});

test("the Events tab's table grows during playback", async ({ page }) => {
  await openApp(page, '?speed=5');
  await openTab(page, 'Events');
  const rows = page.locator('.events-table tbody tr:not(:has(td[colspan]))');
  // Before Play the capture holds the journey's first step: the address typed at t = 0.
  await expect(stepCounter(page)).toHaveText(/^Step 1 of \d+$/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('www.foobar.com');
  await page.getByRole('button', { name: 'Play' }).click();
  // A step lasts as long as its caption takes to read (seconds at 1×, hence speed 5).
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  const some = await rows.count();
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(some);
  await expect(page.locator('.events-table caption')).toContainText(/\(\d+ shown\)/);
});

test('pausing then clicking a packet opens the inspector with GET / HTTP/1.1', async ({ page }) => {
  await openApp(page);
  // From the step before the first DNS query, Play starts with a packet on the way.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await playButton(page).click();
  await expect.poll(async () => (await packets(page)).length).toBeGreaterThan(0);
  await playButton(page).click();
  await expect(playButton(page)).toHaveText('Play');

  const forward = page.getByRole('button', { name: 'Step forward' });
  let target: DrawnPacket | undefined;
  // Enter on the focused button: a step each, without a click's actionability checks every time.
  await forward.focus();
  for (let i = 0; i < 80 && !target; i++) {
    await page.keyboard.press('Enter');
    target = (await packets(page)).find((p) => p.packet === 'http-request');
  }
  expect(target, 'an HTTP request packet is drawn').toBeTruthy();
  await expect(caption(page)).toContainText(/GET|HTTP/);

  await page.mouse.click(target!.x, target!.y);
  const inspector = page.getByTestId('packet-inspector');
  await expect(inspector).toBeVisible();
  await expect(inspector).toContainText('GET / HTTP/1.1');
  await expect(page.getByRole('tab', { name: 'Events' })).toHaveAttribute('aria-selected', 'true');
  await expect(playButton(page)).toHaveText('Play');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('playing draws no packets and lights the link and nodes of each step instead', async ({ page }) => {
    await openApp(page, '?speed=5');
    await page.getByRole('button', { name: 'Play' }).click();
    // The journey advances…
    await expect.poll(async () => stepNumbers(await stepCounter(page).textContent())[0], { timeout: 30_000 }).toBeGreaterThan(2);
    // …without a single drawn packet, across many frames…
    const frames = await packetFrames(page, 30);
    expect(frames.every((f) => f.length === 0), JSON.stringify(frames.filter((f) => f.length))).toBe(true);
    // …while the current hop is lit on the diagram.
    await expect.poll(() => page.locator('.react-flow [data-lit]').count()).toBeGreaterThan(0);
    await expect(page.locator('canvas.packet-layer')).toHaveAttribute('data-reduced-motion', 'true');
  });
});

test('traffic mode at speed 100 runs 6 simulated minutes without console errors', async ({ page, problems }) => {
  await openApp(page, '?mode=traffic&rps=100&speed=100');
  await expect(playButton(page)).toHaveText('Pause');
  const t0 = await metricNumber(page, 'served');
  // Past the browser's 60 s host cache and the A record's 300 s TTL (src/sim/defaults.ts).
  await expect.poll(() => simSeconds(page), { timeout: 50_000, intervals: [500] }).toBeGreaterThan(6 * 60);
  expect(problems).toEqual([]);
  await expect(playButton(page)).toHaveText('Pause');
  expect(await metricNumber(page, 'served')).toBeGreaterThan(t0 + 1000);
  // The page still responds.
  await playButton(page).click();
  await expect(playButton(page)).toHaveText('Play');
});

test('keyboard: Space toggles play, ArrowRight steps', async ({ page }) => {
  await openApp(page);
  await expect(playButton(page)).toHaveText('Play');
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveText('Pause');
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveText('Play');

  const [before] = stepNumbers(await stepCounter(page).textContent());
  const captionBefore = await caption(page).textContent();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => stepNumbers(await stepCounter(page).textContent())[0]).toBeGreaterThanOrEqual(before);
  await expect(caption(page)).not.toHaveText(captionBefore!);
  const [mid] = stepNumbers(await stepCounter(page).textContent());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => stepNumbers(await stepCounter(page).textContent())[0]).toBeGreaterThan(mid);
});
