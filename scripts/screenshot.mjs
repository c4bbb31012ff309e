// Takes the README's screenshot from the built app: npm run build && npm run screenshot
import { mkdirSync } from 'node:fs';
import { withPreview } from './lib/preview.mjs';

// PORT: another free port when several worktrees take pictures at once.
await withPreview({ port: Number(process.env.PORT ?? 4198) }, async (browser, base) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}?theme=light`);
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
});
