// Seek benchmark of the built app in headless Chromium (issue 14, "Never freeze"): a page opened at the
// maximum `t` for 100 and 1,000 req/s. For each: how long until the clock shows the target, the long
// tasks (> 50 ms) on the main thread during the seek (the span of the app's 'seek' performance measure)
// and since the page opened, and how long a click on the Events tab takes to show while the seek works.
// Run: npm run bench:seek (npm run bench runs it after the model's benchmark and compares the hour with
// the model alone). BENCH_DIST=<dir> measures another build (e.g. an older commit's) instead of building.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { withPreview } from './lib/preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4197);
const DIST = process.env.BENCH_DIST;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SEEKS = [
  { rps: 100, t: 3600 },
  { rps: 1000, t: 360 },
];
/** Written by scripts/bench-model.ts in the same `npm run bench`: the model alone, one hour at 100 req/s. */
const MODEL_RESULT = 'node_modules/.cache/bench-model.json';

if (!DIST) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

/** Long tasks and slow interactions from the first moment of the page. */
const OBSERVE = () => {
  const w = window;
  w.__bench = { longTasks: [], events: [] };
  new PerformanceObserver((list) => w.__bench.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => w.__bench.events.push(...list.getEntries().map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })))).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

/** Whether the clock ("12.34 s", "3 min 20 s", "1 h 0 min") shows at least `target` seconds. */
const CLOCK_AT = (target) => {
  const text = document.querySelector('[data-testid="sim-time"]')?.textContent ?? '';
  const h = /^(\d+) h (\d+) min/.exec(text);
  const m = /^(\d+) min (\d+) s$/.exec(text);
  const s = h ? Number(h[1]) * 3600 + Number(h[2]) * 60 : m ? Number(m[1]) * 60 + Number(m[2]) : Number.parseFloat(text);
  return s >= target;
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = [];

await withPreview({ port: PORT, outDir: DIST }, async (browser, base) => {
  const warm = await browser.newPage();
  await warm.goto(`${base}?mode=traffic&rps=100`);
  await warm.waitForSelector('.packet-layer');
  await warm.close();
  // Rounds interleave the two rates, so both meet the same load on a shared machine.
  for (let round = 0; round < ROUNDS; round++) {
    for (const { rps, t } of SEEKS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(OBSERVE);
      await page.addInitScript(`window.__clockAt = ${CLOCK_AT.toString()}`);
      const start = Date.now();
      await page.goto(`${base}?mode=traffic&rps=${rps}&t=${t}`);
      // A click while the seek works: until the tab shows selected, and the browser's own measure.
      await page.waitForFunction((target) => document.querySelector('[data-testid="seek-progress"]') !== null || window.__clockAt(target), t, { polling: 'raf', timeout: 60_000 });
      // At the tab's place, without Playwright's waits for a stable element (they take frames of their own).
      const box = await page.getByRole('tab', { name: 'Events' }).boundingBox();
      const clickFrom = await page.evaluate(() => {
        // From the press to the first frame painted with the tab selected, timed in the page.
        window.__click = new Promise((resolve) => {
          addEventListener('pointerdown', (down) => {
            const check = () => (document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.includes('Events') ? requestAnimationFrame(() => resolve(performance.now() - down.timeStamp)) : requestAnimationFrame(check));
            check();
          }, { once: true, capture: true });
        });
        return performance.now();
      });
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const clickMs = Math.round(await page.evaluate(() => window.__click));
      const clickDuringSeek = await page.evaluate(() => document.querySelector('[data-testid="seek-progress"]') !== null);
      await page.waitForFunction(CLOCK_AT, t, { polling: 100, timeout: 120_000 });
      const ms = Date.now() - start;
      const { longTasks, seek, events, slices } = await page.evaluate((from) => {
        const measure = performance.getEntriesByName('seek').at(-1);
        const inWorker = performance.getEntriesByName('seek in worker').at(-1);
        return {
          slices: performance.getEntriesByName('seek slice').map((e) => e.duration),
          longTasks: window.__bench.longTasks,
          seek: measure ? { start: measure.startTime, end: measure.startTime + measure.duration, duration: measure.duration, worker: inWorker?.duration ?? NaN } : null,
          events: window.__bench.events.filter((e) => e.start >= from && (e.name === 'click' || e.name.startsWith('pointer'))),
        };
      }, clickFrom);
      // A long task belongs to the seek if it overlaps its span (the old build has no measure: all of them).
      const inSeek = seek ? longTasks.filter((e) => e.start < seek.end && e.start + e.duration > seek.start) : longTasks;
      runs.push({
        rps,
        t,
        ms,
        all: longTasks.map((e) => e.duration),
        slices,
        seek: inSeek.map((e) => e.duration),
        seekMs: seek ? Math.round(seek.duration) : null,
        workerMs: seek ? Math.round(seek.worker) : null,
        measured: seek !== null,
        clickMs: clickDuringSeek ? clickMs : null,
        inp: events.length ? Math.max(...events.map((e) => e.duration)) : 0,
      });
      if (process.env.BENCH_DEBUG) console.log(rps, slices.map((d, i) => (d > 35 ? `#${i}/${slices.length}:${Math.round(d)}` : '')).filter(Boolean).join(' '));
      await page.close();
    }
  }
});

const longest = (xs) => (xs.length ? Math.round(Math.max(...xs)) : 0);
console.log(`Seeks in headless Chromium, 1280×800, ${ROUNDS} rounds${DIST ? ` (build in ${DIST})` : ''}; the machine is shared:`);
const rows = SEEKS.map(({ rps, t }) => {
  const mine = runs.filter((r) => r.rps === rps);
  const clicks = mine.map((r) => r.clickMs).filter((c) => c !== null);
  return {
    seek: `?mode=traffic&rps=${rps}&t=${t}`,
    'shown after ms (median)': median(mine.map((r) => r.ms)),
    'seek itself ms (median)': median(mine.map((r) => r.seekMs ?? NaN)),
    'of it in the worker ms': median(mine.map((r) => r.workerMs ?? NaN)),
    'slices over 50 ms': mine.map((r) => r.slices.filter((d) => d > 50).length).join(', '),
    'longest slice ms': longest(mine.flatMap((r) => r.slices)),
    'long tasks in the seek': mine.map((r) => r.seek.length).join(', '),
    'longest in the seek ms': longest(mine.flatMap((r) => r.seek)),
    'long tasks since opening': mine.map((r) => r.all.length).join(', '),
    'longest since opening ms': longest(mine.flatMap((r) => r.all)),
    'click during the seek: to painted ms': clicks.length ? `${clicks.join(', ')} (event ≤ ${Math.round(Math.max(...mine.map((r) => r.inp)))})` : 'seek over first',
  };
});
console.table(rows);
if (!runs.every((r) => r.measured)) console.log('(no seek measures in this build: no slices, and "in the seek" counts every long task since opening)');
console.log('A slice is one task of the seek (model, copies, figures, the first snapshot); "in the seek" also counts the page\'s own first renders, which overlap it.');
if (existsSync(MODEL_RESULT)) {
  const model = JSON.parse(readFileSync(MODEL_RESULT, 'utf8'));
  const hour = rows[0]['shown after ms (median)'];
  console.log(`?t=3600 at 100 req/s, page load included, ÷ the model alone for that hour (${Math.round(model.hourAt100Ms)} ms, npm run bench:model): ${(hour / model.hourAt100Ms).toFixed(2)}`);
  const itself = rows[0]['seek itself ms (median)'];
  console.log(`the seek itself (from the request to the figures shown: the 'seek' measure, the worker's start-up included) ÷ the model alone: ${(itself / model.hourAt100Ms).toFixed(2)}`);
  const worker = rows[0]['of it in the worker ms'];
  console.log(`the worker's part of it (fast-forward, checkpoints, replay of the last window) ÷ the model alone: ${(worker / model.hourAt100Ms).toFixed(2)}`);
  if (model.coldHourAt100Ms) console.log(`  ÷ the model alone in a fresh process, cold as a new worker is (${Math.round(model.coldHourAt100Ms)} ms): ${(worker / model.coldHourAt100Ms).toFixed(2)} (target ≤ 1.2)`);
}
