// The README's one-scene screenshots at 800×560 from the built app: npm run build && node scripts/scene-screenshots.mjs
import { mkdirSync } from 'node:fs';
import { withPreview } from './lib/preview.mjs';

const SCENES = {
  // Server off after the chart has a few seconds of healthy traffic.
  spof: async (page) => {
    await page.locator('.scene__chart svg.chart').waitFor();
    await page.waitForTimeout(3000);
    await page.getByRole('switch').check();
    await page.waitForTimeout(5000);
  },
  deploy: async (page) => {
    await page.locator('.scene__chart svg.chart').waitFor();
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: 'Deploy now' }).click();
    await page.waitForTimeout(7000);
  },
  // Past capacity: a few steps of the slider to the right.
  scale: async (page) => {
    await page.locator('.scene__chart svg.chart').waitFor();
    const slider = page.getByRole('slider', { name: /traffic/i });
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(8000);
  },
  journey: async (page) => {
    for (let i = 0; i < 20; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  },
};

// PORT: another free port when several worktrees take pictures at once.
await withPreview({ port: Number(process.env.PORT ?? 4197) }, async (browser, base) => {
  mkdirSync('docs', { recursive: true });
  for (const [scene, ready] of Object.entries(SCENES)) {
    const page = await browser.newPage({ viewport: { width: 800, height: 560 } });
    // quiz=0: the scene's control and chart, not the question that stands before them on a first visit.
    await page.goto(`${base}?scene=${scene}&theme=light&speed=2&quiz=0`);
    await page.locator('.react-flow__node[data-id="server"]').waitFor();
    await ready(page);
    await page.screenshot({ path: `docs/scene-${scene}.png` });
    console.log(`docs/scene-${scene}.png written`);
    await page.close();
  }
});
