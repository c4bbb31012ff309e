/**
 * Embedding: the postMessage API with a real host page, the Share / Embed snippet, the strict CSP,
 * no third-party requests, the compact embed layout, and a fuzz pass over hostile URLs.
 */
import type { FrameLocator } from '@playwright/test';
import fc from 'fast-check';
import { hostileQuery } from '../src/test/hostileQuery';
import { test, expect, metricNumber, node, openApp, scrollWidth } from './fixtures';
import { ofType, received, RECORD_MESSAGES } from './hostMessages';

const frameHeading = (frame: FrameLocator) => frame.locator('#explanation-title');

test('a host page receives ready, sends select, sees the panel change and a select event come back', async ({ page, baseURL }) => {
  await page.addInitScript(RECORD_MESSAGES);
  await page.goto('./embed-example.html');
  const frame = page.frameLocator('#explorer');
  await expect(frame.locator('.react-flow__node[data-id="nginx"]')).toBeVisible();
  await expect(frameHeading(frame)).toHaveText('Nginx web server');

  await expect.poll(async () => ofType(await received(page), 'ready').length).toBe(1);
  const ready = ofType(await received(page), 'ready')[0]!;
  expect(ready.origin).toBe(new URL(baseURL!).origin);
  expect((ready.data as { state: { select: unknown } }).state.select).toBe('nginx');

  await page.getByRole('button', { name: 'Select MySQL' }).click();
  await expect(frameHeading(frame)).toHaveText('MySQL database');
  // The host sizes the frame to its content: the height settles instead of growing without end.
  await expect
    .poll(() => page.locator('#explorer').evaluate((f: HTMLIFrameElement) => f.contentDocument!.documentElement.scrollHeight <= f.clientHeight))
    .toBe(true);
  await expect.poll(async () => ofType(await received(page), 'select').map((m) => (m.data as { id: unknown }).id)).toEqual(['mysql']);
  // The example page logs what it got.
  await expect(page.locator('#log')).toContainText('select');

  await page.getByRole('button', { name: 'SPOF on' }).click();
  await expect.poll(async () => ofType(await received(page), 'failurechange').length).toBe(1);
  await frame.getByRole('tab', { name: 'Break it' }).click();
  await expect(frame.getByRole('switch', { name: /Single point of failure/ })).toBeChecked();
});

test('messages of a bad shape, from a window that is not the parent, or from a disallowed origin change nothing', async ({ page, baseURL }) => {
  const own = new URL(baseURL!);
  // A host page on the app's own origin (served by the test, nothing on disk). The "locked" frame only
  // takes commands from https://lms.example.edu, so this host is a foreign origin to it.
  // (A second real origin such as localhost is blocked by Chromium's local network access checks.)
  const app = `${own.origin}/?embed=1&select=nginx`;
  await page.route(`${own.origin}/e2e-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>host</title><body>
        <iframe id="locked" title="locked" width="1000" height="600" src="${app}&origin=${encodeURIComponent('https://lms.example.edu')}"></iframe>
        <iframe id="open" title="open" width="1000" height="600" src="${app}"></iframe>
      </body></html>`,
    }),
  );
  await page.goto(`${own.origin}/e2e-host.html`);
  const locked = page.frameLocator('#locked');
  const open = page.frameLocator('#open');
  await expect(frameHeading(locked)).toHaveText('Nginx web server');
  await expect(frameHeading(open)).toHaveText('Nginx web server');

  const post = (id: string, message: unknown) =>
    page.evaluate(([frameId, m]) => (document.getElementById(frameId as string) as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), [id, message]);
  const select = { source: 'web-stack-explorer', v: 1, type: 'select', id: 'mysql' };
  // The frames tell the console why they ignore a message that claims to be for them; count those.
  const ignored: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Web Stack Explorer ignored a message')) ignored.push(m.text());
  });

  // Bad shapes, to a frame that otherwise obeys this host.
  for (const bad of [
    { type: 'select', id: 'mysql' },
    { ...select, source: 'someone-else' },
    { ...select, v: 2 },
    { ...select, id: '<img src=x onerror=alert(1)>' },
    { ...select, id: '__proto__' },
    { ...select, type: 'eval' },
    JSON.stringify(select),
    [select],
    null,
    42,
  ]) {
    await post('open', bad);
  }
  // A valid command from an origin the locked frame does not allow.
  await post('locked', select);
  // A valid command from a window that is not the parent (the frame posting to itself).
  const openFrame = page.frames().find((f) => f.parentFrame() === page.mainFrame() && !f.url().includes('origin='))!;
  await openFrame.evaluate((m) => window.postMessage(m, '*'), select);

  // Four bad shapes claim our source, then the locked frame's and the self-posted command: six refusals.
  await expect.poll(() => ignored.length).toBe(6);
  expect(ignored.filter((t) => /origin not allowed/.test(t))).toHaveLength(1);
  expect(ignored.filter((t) => /not from the parent window/.test(t))).toHaveLength(1);
  await expect(frameHeading(locked)).toHaveText('Nginx web server');
  await expect(frameHeading(open)).toHaveText('Nginx web server');

  // Control: the same valid command from the parent is obeyed by the open frame only.
  await post('open', select);
  await expect(frameHeading(open)).toHaveText('MySQL database');
  await expect(frameHeading(locked)).toHaveText('Nginx web server');
});

test("the Share / Embed dialog's iframe snippet reproduces the view on a blank page", async ({ page, baseURL }) => {
  await openApp(page, '?select=nginx');
  await page.getByRole('tab', { name: 'Break it' }).click();
  await page.getByRole('switch', { name: /Single point of failure/ }).check();
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await expect(dialog).toBeVisible();
  const snippet = await dialog.getByRole('textbox', { name: /Embed code/ }).inputValue();
  expect(snippet).toMatch(/^<iframe [^>]*src="http/);
  expect(snippet).toContain('select=nginx');
  expect(snippet).toContain('failure=spof');
  expect(snippet).toContain('embed=1');
  expect(snippet).toMatch(/title="[^"]+"/);
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(src.startsWith(baseURL!), `${src} is absolute on ${baseURL}`).toBe(true);

  // A blank page of its own holding only the snippet. Served by the test on the app's origin: an
  // about:blank page may not frame 127.0.0.1 (Chromium's local network access checks), and
  // setContent on the app's own page would keep the app's CSP.
  const blank = `${new URL(baseURL!).origin}/e2e-course-page.html`;
  await page.route(blank, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Course page</title></head><body><h1>Course page</h1>${snippet}</body></html>`,
    }),
  );
  await page.goto(blank);
  const frame = page.frameLocator('iframe');
  await expect(frameHeading(frame)).toHaveText('Nginx web server', { timeout: 15_000 });
  await frame.getByRole('tab', { name: 'Break it' }).click();
  await expect(frame.getByRole('switch', { name: /Single point of failure/ })).toBeChecked();
  await expect(frame.getByRole('link', { name: /Open full view/ })).toBeVisible();
});

test('under its CSP header the app logs no CSP violation', async ({ page, problems }) => {
  const response = await page.goto('./');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
  await expect(node(page, 'nginx')).toBeVisible();
  // Exercise the lazily loaded parts: tabs, dialogs, playback, themes.
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('tab', { name: 'Break it' }).click();
  await expect(page.getByRole('heading', { name: 'Break it' })).toBeVisible();
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
  await page.getByRole('button', { name: 'Keyboard shortcuts and help' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await node(page, 'mysql').click();
  await expect(page.locator('#explanation-title')).toHaveText('MySQL database');
  const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(csp).toEqual([]);
  expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p.text))).toEqual([]);
});

test('no request leaves the origin', async ({ page, baseURL }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await openApp(page, '?select=nginx');
  await page.getByRole('button', { name: 'Play' }).click();
  for (const tab of ['Break it', 'Events', 'Explain'] as const) await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Keyboard shortcuts and help' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Traffic' }).check();
  // Traffic flowing means the player, the model and the charts' code have all loaded.
  await expect.poll(() => metricNumber(page, 'served')).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  expect(urls.length).toBeGreaterThan(2);
  expect(urls.filter((u) => !u.startsWith(baseURL!) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
});

test.describe('embed mode on a small frame', () => {
  test.use({ viewport: { width: 320, height: 480 } });

  test('?embed=1 at 320×480 has no horizontal scroll and offers "Open full view"', async ({ page }) => {
    await openApp(page, '?embed=1&select=nginx');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    const link = page.getByRole('link', { name: /Open full view/ });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('target', '_blank');
    const href = await link.getAttribute('href');
    expect(href).toContain('select=nginx');
    expect(href).not.toContain('embed=');
    // No page header in embed mode.
    await expect(page.getByRole('heading', { name: /Web Stack Explorer/ })).toHaveCount(0);
  });
});

/** The most hostile strings as real page loads; the parser's property test covers thousands more. */
const HOSTILE_PAGE_QUERIES = [
  ...fc.sample(hostileQuery, { seed: 20_260_101, numRuns: 16 }),
  '%E0%A4%A',
  'select=%E0%A4%A&rps=%FF',
  'select=__proto__&__proto__[select]=nginx&constructor[prototype][x]=1',
  `select=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&failure=${encodeURIComponent('<script>alert(1)</script>')}`,
  `rps=${'9'.repeat(4000)}`, // the preview server refuses a URL much longer (431); the parser's test takes 100,000
  `t=${'1'.repeat(400)}.5e-${'9'.repeat(20)}`,
  '&&&==&=&select&rps&origin',
  `select=${encodeURIComponent('\u0000\uD800\uDFFF\uFFFF\u202e')}&theme=%00&origin=javascript:alert(1)`,
];
test(`fuzz: ${HOSTILE_PAGE_QUERIES.length} hostile query strings never throw and never blank the page`, async ({ page, problems }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const failures: string[] = [];
  for (const [i, q] of HOSTILE_PAGE_QUERIES.entries()) {
    const before = problems.length;
    await page.goto(`./?${q}`, { waitUntil: 'domcontentloaded' });
    // `rehearse=1` among the pairs opens the whiteboard rehearsal in place of the diagram: not blank either.
    const ok = await node(page, 'nginx')
      .or(page.getByRole('heading', { name: 'Rehearse the whiteboard' }))
      .first()
      .waitFor({ state: 'visible', timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (!ok) failures.push(`#${i} ?${q.slice(0, 200)}: neither the Nginx node nor the rehearsal visible`);
    if (problems.length > before) failures.push(`#${i} ?${q.slice(0, 200)}: ${problems.slice(before).map((p) => p.text).join(' | ')}`);
    if ((await page.locator('.notices script, .notices img').count()) > 0) failures.push(`#${i}: markup injected into a notice`);
  }
  expect(failures).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('the Share / Embed dialog offers a fix replayed: its link opens at the replay', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await dialog.getByRole('combobox', { name: 'Open at a fix, replayed' }).selectOption('rolling');
  const link = await dialog.getByRole('textbox', { name: /Link/ }).inputValue();
  expect(link).toContain('compare=rolling');
  await page.goto(link.replace(/embed=1&?/, ''));
  await expect(page.locator('[data-fix="rolling"]').getByRole('table')).toBeVisible({ timeout: 30_000 });
});
