// Responsiveness benchmark of the built app in headless Chromium: long tasks (> 50 ms) on the main
// thread over 10 s of each state, the longest, the simulated time reached, the heap's growth, how long a
// click on the Events tab takes to paint during the heaviest traffic, and how long `?t=3600` takes to
// show its hour. Run: npm run bench:app (npm run bench runs it after the model's benchmark and compares).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { withPreview } from './lib/preview.mjs';
import { watchTabHeap } from './lib/tabHeap.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4198);
const HOLD_MS = 10_000;
const SEEK_ROUNDS = 3;
const SEEK_QUERY = '?mode=traffic&rps=100&t=3600';
const SEEK_TARGET_S = 3600;
/** Written by scripts/bench-model.ts in the same `npm run bench`: the model alone, one hour at 100 req/s. */
const MODEL_RESULT = 'node_modules/.cache/bench-model.json';
const STATES = [
  { name: 'journey', query: '?mode=journey&speed=1', play: true },
  { name: 'traffic 100 req/s, 1×', query: '?mode=traffic&rps=100&speed=1' },
  { name: 'traffic 100 req/s, 100×', query: '?mode=traffic&rps=100&speed=100' },
  { name: 'traffic 1000 req/s, 1×', query: '?mode=traffic&rps=1000&speed=1' },
  { name: 'traffic 1000 req/s, 100×', query: '?mode=traffic&rps=1000&speed=100', click: true },
  { name: 'traffic 2000 req/s, 100×', query: '?mode=traffic&rps=2000&speed=100' },
];

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

/** Collects long tasks and slow interactions from the first moment of the page. */
const OBSERVE = () => {
  const w = window;
  w.__bench = { longTasks: [], events: [], frames: [] };
  // Every frame's start, to read the frame interval the page kept.
  const frame = (ts) => {
    w.__bench.frames.push(ts);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => w.__bench.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => w.__bench.events.push(...list.getEntries().map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })))).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

/** The clock's text in seconds ("850.0 ms", "12.34 s", "3 min 20 s"), as `window.__simSeconds()`. */
const SIM_SECONDS = () => {
  window.__simSeconds = () => {
  const text = document.querySelector('[data-testid="sim-time"]')?.textContent ?? '';
  const h = /^(\d+) h (\d+) min/.exec(text);
  if (h) return Number(h[1]) * 3600 + Number(h[2]) * 60;
  const m = /^(\d+) min (\d+) s$/.exec(text);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  const n = Number.parseFloat(text);
  return text.endsWith(' ms') ? n / 1000 : n;
  };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
/** The memory run: an hour of traffic at this rate, played at 100×. */
const HOUR_RPS = 100;
const HOUR_S = 3600;
let hour = null;
let click = null;
const seeks = [];

await withPreview({ port: PORT }, async (browser, base) => {
  const warm = await browser.newPage();
  await warm.goto(`${base}?mode=traffic&rps=100`);
  await warm.waitForSelector('.packet-layer');
  await warm.close();

  for (const state of STATES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(OBSERVE);
    await page.addInitScript(SIM_SECONDS);
    const heap = await watchTabHeap(page);
    await page.goto(base + state.query);
    await page.waitForSelector('.packet-layer');
    if (state.play) await page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Play' }).click();
    await page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Pause' }).waitFor();
    const heap0 = (await heap.read()).total;
    const [t0, sim0] = await page.evaluate(() => [performance.now(), window.__simSeconds()]);
    await page.waitForTimeout(HOLD_MS);
    const [t1, sim1, longTasks, frames] = await page.evaluate((from) => [performance.now(), window.__simSeconds(), window.__bench.longTasks.filter((e) => e.start >= from), window.__bench.frames.filter((ts) => ts >= from)], t0);
    const intervals = frames.slice(1).map((ts, i) => ts - frames[i]).sort((a, b) => a - b);
    const heap1 = (await heap.read()).total;
    const wall = (t1 - t0) / 1000;
    rows.push({
      state: state.name,
      'long tasks > 50 ms': longTasks.length,
      'longest ms': longTasks.length ? Math.round(Math.max(...longTasks.map((e) => e.duration))) : 0,
      'simulated s reached': Math.round(sim1 - sim0),
      'speed reached ×': Number(((sim1 - sim0) / wall).toFixed(1)),
      'p95 frame ms': Number((intervals[Math.floor(intervals.length * 0.95)] ?? 0).toFixed(1)),
      'heap growth MB': Number(((heap1 - heap0) / 1e6).toFixed(1)),
    });
    if (state.click) {
      const tab = page.getByRole('tab', { name: 'Events' });
      const from = await page.evaluate(() => performance.now());
      const start = Date.now();
      await tab.click();
      await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.includes('Events'), null, { polling: 'raf' });
      const selectedAfter = Date.now() - start;
      const events = await page.evaluate((f) => window.__bench.events.filter((e) => e.start >= f && (e.name === 'click' || e.name.startsWith('pointer'))), from);
      click = { state: state.name, 'until shown selected ms': selectedAfter, 'interaction to next paint ms': events.length ? Math.max(...events.map((e) => e.duration)) : '< 16' };
    }
    await page.close();
  }

  // Memory: an hour of traffic played at full speed, the tab's heap (page and worker) after a full
  // collection before and after; held garbage is not growth.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(SIM_SECONDS);
    const heap = await watchTabHeap(page);
    await page.goto(`${base}?mode=traffic&rps=${HOUR_RPS}&speed=100`);
    await page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Pause' }).waitFor();
    const before = await heap.read({ gc: true });
    const start = Date.now();
    await page.waitForFunction((target) => window.__simSeconds() >= target, HOUR_S, { polling: 500, timeout: 600_000 });
    const wallS = (Date.now() - start) / 1000;
    const after = await heap.read({ gc: true });
    hour = {
      run: `${HOUR_RPS} req/s, 100×, to ${HOUR_S} s`,
      'wall s': Math.round(wallS),
      'page MB before → after': `${(before.page / 1e6).toFixed(1)} → ${(after.page / 1e6).toFixed(1)}`,
      'worker MB before → after': `${(before.workers / 1e6).toFixed(1)} → ${(after.workers / 1e6).toFixed(1)}`,
      'tab growth MB': Number(((after.total - before.total) / 1e6).toFixed(1)),
    };
    await page.close();
  }

  for (let i = 0; i < SEEK_ROUNDS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(OBSERVE);
    await page.addInitScript(SIM_SECONDS);
    const start = Date.now();
    await page.goto(base + SEEK_QUERY);
    await page.waitForFunction((target) => window.__simSeconds() >= target, SEEK_TARGET_S, { polling: 100, timeout: 120_000 });
    const ms = Date.now() - start;
    const longTasks = await page.evaluate(() => window.__bench.longTasks);
    seeks.push({ ms, longTasks: longTasks.length, longest: longTasks.length ? Math.max(...longTasks.map((e) => e.duration)) : 0 });
    await page.close();
  }
});

console.log(`Headless Chromium, 1280×800, ${HOLD_MS / 1000} s per state (one run each; the machine is shared):`);
console.table(rows);
if (hour) console.log('Memory over an hour at full speed (target: tab growth < 50 MB):', hour);
if (click) console.log(`A click on the Events tab during ${click.state}:`, click);
const seekMs = median(seeks.map((s) => s.ms));
console.log(
  `${SEEK_QUERY}: figures for ${SEEK_TARGET_S} s shown after ${seekMs} ms (median of ${SEEK_ROUNDS}: ${seeks.map((s) => s.ms).join(', ')} ms); ` +
    `long tasks during the load and seek: ${seeks.map((s) => s.longTasks).join(', ')}, longest ${Math.round(Math.max(...seeks.map((s) => s.longest)))} ms`,
);
if (existsSync(MODEL_RESULT)) {
  const model = JSON.parse(readFileSync(MODEL_RESULT, 'utf8'));
  console.log(`seek ÷ the model alone for that hour (${Math.round(model.hourAt100Ms)} ms, same run): ${(seekMs / model.hourAt100Ms).toFixed(2)} (target ≤ 1.2)`);
}
