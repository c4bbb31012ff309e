// Ad-hoc screenshot during development: node scripts/shot.mjs URL OUT [width] [height] [actions]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.mjs';
const [url, out, w = '1280', h = '800', act = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium().executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.goto(url);
await page.waitForTimeout(1500);
for (const a of act.split(';').filter(Boolean)) {
  if (a.startsWith('click:')) await page.click(a.slice(6));
  else if (a.startsWith('key:')) await page.keyboard.press(a.slice(4));
  else if (a.startsWith('wait:')) await page.waitForTimeout(+a.slice(5));
}
await page.screenshot({ path: out });
console.log(logs.join('\n'));
await browser.close();
