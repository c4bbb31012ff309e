/**
 * The two other ways to ship the tool: one self-contained HTML file opened from disk (offline, or
 * inside a zipped course package), and the <web-stack-explorer> custom element. `npm run test:e2e`
 * builds both before the tests run (see package.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, simSeconds, test } from './fixtures';

const SINGLE = resolve('dist-single/index.html');
const ELEMENT_DIR = resolve('dist-element');

test('the single-file build works from file:// and plays a journey and traffic', async ({ page, problems }) => {
  expect(existsSync(SINGLE), 'npm run test:e2e builds dist-single before the tests').toBe(true);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${pathToFileURL(SINGLE).href}?select=nginx`);
  await expect(page.locator('.react-flow__node[data-id="mysql"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nginx web server' })).toBeVisible();
  const caption = page.getByTestId('caption');
  const before = await caption.textContent();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(caption).not.toHaveText(before ?? '');
  await expect(page.getByText(/Step \d+ of \d+/)).toContainText('Step ');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => page.evaluate(() => (window as unknown as { __webStackExplorerPackets: () => unknown[] }).__webStackExplorerPackets().length), { timeout: 10_000 }).toBeGreaterThan(0);
  // Traffic plays too, and a long seek runs to its end.
  await page.getByRole('radio', { name: 'Traffic' }).first().check();
  await expect.poll(() => simSeconds(page), { timeout: 10_000 }).toBeGreaterThan(1);
  await page.goto(`${pathToFileURL(SINGLE).href}?mode=traffic&rps=100&t=600`);
  await expect.poll(() => simSeconds(page), { timeout: 30_000 }).toBe(600);
  // Traffic ran in a worker carried inside the file (a blob: URL made from it).
  expect(page.workers().length).toBeGreaterThan(0);
  // Everything came from the one file: nothing else was fetched, from disk or elsewhere.
  expect(requests.filter((u) => !u.startsWith('blob:') && (!u.startsWith('file:') || !u.includes('index.html')))).toEqual([]);
  expect(problems).toEqual([]);
});

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

test('the custom element renders the tool with its attributes and follows attribute changes', async ({ page, problems }) => {
  expect(existsSync(join(ELEMENT_DIR, 'web-stack-explorer.js')), 'npm run test:e2e builds dist-element before the tests').toBe(true);
  // Serve dist-element and a host page from one made-up origin.
  await page.route('https://course.example/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/lesson.html') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Lesson</title><script type="module" src="/tool/web-stack-explorer.js"></script></head>
<body><h1>Lesson</h1><web-stack-explorer select="mysql" failure="spof" style="display:block;height:700px"></web-stack-explorer></body></html>`,
      });
    }
    const file = join(ELEMENT_DIR, path.replace(/^\/tool\//, ''));
    if (!file.startsWith(ELEMENT_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await page.goto('https://course.example/lesson.html');
  await expect(page.getByRole('heading', { name: 'MySQL database' })).toBeVisible();
  await expect(page.locator('web-stack-explorer .stack-group--server')).toHaveAttribute('data-status', 'down');
  // The host page's own URL is left alone.
  expect(page.url()).toBe('https://course.example/lesson.html');
  await page.evaluate(() => document.querySelector('web-stack-explorer')!.setAttribute('select', 'nginx'));
  await expect(page.getByRole('heading', { name: 'Nginx web server' })).toBeVisible();
  await page.evaluate(() => document.querySelector('web-stack-explorer')!.setAttribute('failure', 'none'));
  await expect(page.locator('web-stack-explorer .stack-group--server')).not.toHaveAttribute('data-status', 'down');
  // A rate switches it to traffic, which plays: packets move and simulated time passes.
  await page.evaluate(() => document.querySelector('web-stack-explorer')!.setAttribute('rps', '100'));
  await expect.poll(() => simSeconds(page), { timeout: 10_000 }).toBeGreaterThan(1);
  await expect.poll(async () => page.evaluate(() => (window as unknown as { __webStackExplorerPackets: () => unknown[] }).__webStackExplorerPackets().length), { timeout: 10_000 }).toBeGreaterThan(0);
  // On the host's page too, the model runs in a worker the script carries.
  expect(page.workers().length).toBeGreaterThan(0);
  // The design: a bad value says so and changes nothing; a good one swaps the one-server diagram for the design's.
  const oneServer = page.locator('web-stack-explorer .react-flow__node[data-id="nginx"]');
  await page.evaluate(() => document.querySelector('web-stack-explorer')!.setAttribute('fixes', 'lb,nope'));
  await expect(page.locator('web-stack-explorer .notices')).toContainText('fixes "nope" is not a list of lb, lb-pair, replica, rolling, split-db; ignored.');
  await expect(oneServer).toBeVisible();
  await page.evaluate(() => document.querySelector('web-stack-explorer')!.setAttribute('fixes', 'lb'));
  await expect(oneServer).toHaveCount(0);
  await page.evaluate(() => document.querySelector('web-stack-explorer')!.removeAttribute('fixes'));
  await expect(oneServer).toBeVisible();
  // Its language: a value it does not speak is noted; French turns the tool French and leaves the host page alone.
  await page.evaluate(() => document.querySelector('web-stack-explorer')!.setAttribute('lang', 'xx'));
  await expect(page.locator('web-stack-explorer .notices')).toContainText('lang "xx" is not one of en, fr; ignored.');
  await page.evaluate(() => document.querySelector('web-stack-explorer')!.setAttribute('lang', 'fr'));
  await expect(page.locator('web-stack-explorer .web-stack-explorer-root')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('web-stack-explorer').getByRole('button', { name: 'Visite guidée' }).first()).toBeVisible();
  await expect(oneServer).toBeVisible();
  expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'Lesson']);
  expect(problems).toEqual([]);
});
