/**
 * French captions in a real browser: the journey's, made on the page, and traffic's, made in the worker,
 * which is told the page's language (src/playback/remote/workerLang.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, openApp, simSeconds, test } from './fixtures';

/** How a French caption starts, and English words none may show (status lines and errors are kept). */
const FRENCH_START = /^(Votre|Le|La|Les|L’|Un|Une|Nginx|MySQL|HAProxy|Tous|Toutes|Aucune|Sur|C’est)\b/;
const ENGLISH = /\b(the|your|is|sends|asks|answers|request|browser)\b/;

test('traffic captions come from the worker in French', async ({ page }) => {
  await openApp(page, '?mode=traffic&rps=100&t=20&lang=fr');
  await expect.poll(() => page.workers().map((w) => w.url()).join(' ')).toMatch(/trafficWorker/);
  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBe(20);
  await page.locator('body').press('ArrowRight');
  const caption = page.getByTestId('caption');
  await expect(caption).toHaveText(FRENCH_START);
  expect(await caption.textContent()).not.toMatch(ENGLISH);
  await expect(page.getByTestId('narration')).toHaveText(FRENCH_START);
});

test('the journey tells its first steps in French', async ({ page }) => {
  await openApp(page, '?lang=fr');
  await page.locator('body').press('ArrowRight');
  await expect(page.getByTestId('caption')).toHaveText(
    'Le cache DNS de votre navigateur n’a rien pour www.foobar.com, alors votre navigateur interroge le système d’exploitation.',
  );
  await page.locator('body').press('ArrowRight');
  await expect(page.getByTestId('caption')).toHaveText(
    'Le cache DNS du système d’exploitation n’a rien non plus, alors la question part vers le résolveur récursif.',
  );
  await expect(page.getByTestId('narration')).toHaveText(/^Le cache DNS du système d’exploitation/);
});

test('the single-file build, its worker inlined, writes traffic captions in French too', async ({ page }) => {
  const single = resolve('dist-single/index.html');
  expect(existsSync(single), 'npm run test:e2e builds dist-single before the tests').toBe(true);
  await page.goto(`${pathToFileURL(single).href}?mode=traffic&rps=100&t=20&lang=fr&quiz=0`);
  await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBe(20);
  expect(page.workers().length).toBeGreaterThan(0);
  await page.locator('body').press('ArrowRight');
  await expect(page.getByTestId('caption')).toHaveText(FRENCH_START);
  expect(await page.getByTestId('caption').textContent()).not.toMatch(ENGLISH);
});
