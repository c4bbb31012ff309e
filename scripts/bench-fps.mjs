// Frame-time benchmark in headless Chromium: the app's canvas packet layer against React Flow's documented
// <animateMotion> edges, at 500 and 2,000 packets held for 5 s each. Prints median and p95 frame interval
// and main-thread script time per frame (CDP Performance.ScriptDuration). Run: npm run bench:fps
import { execFileSync } from 'node:child_process';
import { withPreview } from './lib/preview.mjs';

const PORT = 4199;
const HOLD_MS = 5000;
const SIZES = [500, 2000];
const VARIANTS = ['canvas', 'smil'];
/** Each configuration runs this many times, interleaved; the table shows medians (machines here are noisy). */
const ROUNDS = 3;

execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/vite.config.ts'], { stdio: 'inherit' });
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const runs = [];
await withPreview({ port: PORT, config: 'scripts/bench/vite.config.ts', args: ['--disable-background-networking'] }, async (browser, base) => {
  // Warm-up run, not reported: the first page pays for compiling and caching.
  const warm = await browser.newPage();
  await warm.goto(`${base}?variant=canvas&n=100`);
  await warm.waitForTimeout(1500);
  await warm.close();
  const configs = Array.from({ length: ROUNDS }, () => SIZES.flatMap((n) => VARIANTS.map((variant) => ({ n, variant })))).flat();
  for (const { n, variant } of configs) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}?variant=${variant}&n=${n}`);
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
    const script0 = await metric('ScriptDuration');
    const task0 = await metric('TaskDuration');
    const intervals = await page.evaluate(
      (hold) =>
        new Promise((resolve) => {
          const out = [];
          let last = 0;
          const start = performance.now();
          const tick = (ts) => {
            if (last) out.push(ts - last);
            last = ts;
            if (ts - start < hold) requestAnimationFrame(tick);
            else resolve(out);
          };
          requestAnimationFrame(tick);
        }),
      HOLD_MS,
    );
    const script = (await metric('ScriptDuration')) - script0;
    const task = (await metric('TaskDuration')) - task0;
    const drawn = await page.evaluate(() => (window.__webStackExplorerPackets ? window.__webStackExplorerPackets().length : document.querySelectorAll('animateMotion').length));
    runs.push({
      variant,
      n,
      packets: drawn,
      frames: intervals.length,
      medianMs: quantile(intervals, 0.5),
      p95Ms: quantile(intervals, 0.95),
      scriptMsPerFrame: (script * 1000) / intervals.length,
      taskMsPerFrame: (task * 1000) / intervals.length,
    });
    await page.close();
  }
});
const median = (xs) => quantile(xs, 0.5);
const rows = [];
for (const n of SIZES) {
  for (const variant of VARIANTS) {
    const mine = runs.filter((r) => r.n === n && r.variant === variant);
    const pick = (k) => median(mine.map((r) => r[k]));
    rows.push({
      variant: variant === 'smil' ? 'animateMotion' : 'canvas (ours)',
      packets: pick('packets'),
      frames: pick('frames'),
      'median frame ms': pick('medianMs').toFixed(2),
      'p95 frame ms': pick('p95Ms').toFixed(2),
      'script ms/frame': pick('scriptMsPerFrame').toFixed(2),
      'main-thread task ms/frame': pick('taskMsPerFrame').toFixed(2),
    });
  }
}
console.log(`Medians of ${ROUNDS} runs of ${HOLD_MS / 1000} s each, headless Chromium, 1280×800:`);
console.table(rows);
for (const n of SIZES) {
  const [c, s] = rows.filter((r) => Math.abs(r.packets - n) < n * 0.2);
  if (c && s) console.log(`${n} packets: main-thread task time per frame, canvas ÷ animateMotion = ${(c['main-thread task ms/frame'] / s['main-thread task ms/frame']).toFixed(2)}`);
}
