// Shared by the scripts that look at the built app: serve it with `vite preview` and open Chromium.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const SERVER_START_MS = 2500;

/**
 * Serve a build on `port` (with `config`, if given; from `outDir` instead of the config's, if given), launch headless Chromium (Debian's when present),
 * run `fn(browser, baseUrl)`, then close both, whatever happens.
 */
export async function withPreview({ port, config, outDir, args = [] }, fn) {
  const server = spawn(
    'npx',
    ['vite', 'preview', ...(config ? ['--config', config] : []), ...(outDir ? ['--outDir', outDir] : []), '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  await new Promise((r) => setTimeout(r, SERVER_START_MS));
  const browser = await chromium.launch({ executablePath: findChromium().executablePath, args: [...CHROMIUM_ARGS, ...args] });
  try {
    return await fn(browser, `http://127.0.0.1:${port}/`);
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
}
