// Takes the README's screenshot from the built app: npm run build && npm run screenshot
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4198;
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 2500));
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${PORT}/?theme=light`);
  await page.locator('.react-flow__node[data-id="nginx"]').waitFor();
  // Step to the moment the HTTP request reaches Nginx, with Nginx's explanation open.
  for (let i = 0; i < 60; i++) {
    const caption = await page.getByTestId('caption').textContent();
    if (/GET \//.test(caption ?? '')) break;
    await page.getByRole('button', { name: 'Step forward' }).click();
  }
  await page.locator('.react-flow__node[data-id="nginx"]').click();
  await page.getByRole('heading', { name: 'Nginx web server' }).waitFor();
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png written');
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
