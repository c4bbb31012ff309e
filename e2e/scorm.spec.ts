/**
 * The SCORM 1.2 package (`npm run build:scorm`; `npm run test:e2e` builds it first): unzipped and served
 * on a made-up LMS origin, launched in a frame of a player page that offers a minimal SCORM 1.2 API
 * (window.API). The package finds it, reports incomplete, then completed with a score once the learner
 * finishes, and commits and finishes when the frame goes away; the work kept in cmi.suspend_data comes back
 * on a browser that has none of it. Without an LMS it runs silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';

const ZIP = resolve('dist-scorm/web-stack-explorer-scorm12.zip');
const LMS = 'https://lms.example';
const SCO = '/course/sco/index.html';

/** Every item rehearsed but the last, and each scene's prediction made (two of them right). */
const SEEDED = {
  predictions: {
    'spof-browser': { choice: 2, revealed: true },
    'deploy-restart': { choice: 0, revealed: true },
    'scale-ceiling': { choice: 1, revealed: true },
  },
  rehearsal: Object.fromEntries(
    ['server', 'domain-name', 'dns-record-type', 'web-server', 'application-server', 'database', 'communication', 'spof', 'maintenance-downtime'].map((id) => [
      id,
      { text: 'In my own words', revealed: true, ticked: [0] },
    ]),
  ),
};

// The player page: a SCORM 1.2 API that keeps the data model and logs every call, as an LMS would offer it.
const PLAYER = `<!doctype html><html lang="en"><head><title>Course player</title><script src="/player.js"></script></head>
<body><h1>Course player</h1><iframe id="sco" title="Web Stack Explorer" width="1200" height="760" src="${SCO}"></iframe></body></html>`;
const PLAYER_JS = `
window.__scorm = { calls: [], data: { 'cmi.core.lesson_status': 'not attempted' } };
const log = (c) => { window.__scorm.calls.push(c); return 'true'; };
window.API = {
  LMSInitialize: () => log('LMSInitialize'),
  LMSFinish: () => log('LMSFinish'),
  LMSGetValue: (k) => window.__scorm.data[k] ?? '',
  LMSSetValue: (k, v) => { window.__scorm.data[k] = String(v); return log(k + '=' + v); },
  LMSCommit: () => log('LMSCommit'),
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
  LMSGetDiagnostic: () => '',
};`;

test('the SCORM package reports incomplete, then completed and a score, and finishes on exit', async ({ page }) => {
  expect(existsSync(ZIP), 'npm run test:e2e builds the SCORM package before the tests').toBe(true);
  const files = unzipSync(new Uint8Array(readFileSync(ZIP)));
  expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html']);
  const manifest = strFromU8(files['imsmanifest.xml']!);
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).toMatch(/adlcp:scormtype="sco" href="index.html"/);

  await page.route(`${LMS}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/player.html') return route.fulfill({ contentType: 'text/html', body: PLAYER });
    if (path === '/player.js') return route.fulfill({ contentType: 'text/javascript', body: PLAYER_JS });
    if (path === SCO) return route.fulfill({ contentType: 'text/html', body: Buffer.from(files['index.html']!) });
    return route.fulfill({ status: 404, body: '' });
  });

  // Outside an LMS (no API anywhere) the package runs as the plain tool, silently.
  await page.goto(`${LMS}${SCO}`);
  await expect(page.locator('.react-flow__node[data-id="server"]')).toBeVisible();

  // The learner's earlier work on this page, kept in the browser.
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`web-stack-explorer:progress:${SCO}`, JSON.stringify(SEEDED)]);
  await page.goto(`${LMS}/player.html`);
  const sco = page.frameLocator('#sco');
  await expect(sco.locator('.react-flow__node[data-id="server"]')).toBeVisible();
  const scorm = () => page.evaluate(() => (window as unknown as { __scorm: { calls: string[]; data: Record<string, string> } }).__scorm);
  await expect.poll(async () => (await scorm()).data['cmi.core.lesson_status']).toBe('incomplete');
  // Two of the eight questions asked were answered right.
  expect((await scorm()).data['cmi.core.score.raw']).toBe('25');
  expect((await scorm()).calls.slice(0, 3)).toEqual(['LMSInitialize', 'cmi.core.lesson_status=incomplete', 'LMSCommit']);

  // The last item, rehearsed in the frame, completes the lesson.
  await sco.getByRole('button', { name: 'Rehearse' }).click();
  const item = sco.getByRole('region', { name: /Issue 3/ });
  await item.getByRole('textbox', { name: /Your explanation/ }).fill('One machine has a ceiling.');
  await item.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect.poll(async () => (await scorm()).data['cmi.core.lesson_status']).toBe('completed');
  expect((await scorm()).calls.at(-1)).toBe('LMSCommit');

  // Leaving (the LMS removes the frame) commits and finishes, once.
  await page.evaluate(() => document.getElementById('sco')!.remove());
  await expect.poll(async () => (await scorm()).calls.filter((c) => c === 'LMSFinish').length).toBe(1);
  expect((await scorm()).calls.slice(-3)).toEqual(['cmi.core.exit=', 'LMSCommit', 'LMSFinish']);
  expect((await scorm()).data['cmi.suspend_data']).toContain('One machine has a ceiling.');

  // Another computer: nothing in this browser, the LMS's cmi.suspend_data brings the work back.
  await page.evaluate(() => localStorage.clear());
  await page.evaluate((src) => {
    const frame = Object.assign(document.createElement('iframe'), { id: 'sco', title: 'Web Stack Explorer', width: '1200', height: '760', src });
    document.body.append(frame);
  }, SCO);
  await sco.getByRole('button', { name: 'Rehearse' }).click();
  await expect(sco.getByRole('region', { name: /Issue 3/ }).getByRole('textbox', { name: /Your explanation/ })).toHaveValue('One machine has a ceiling.');
  expect((await scorm()).data['cmi.core.lesson_status']).toBe('completed');
});
