// Which Chromium the end-to-end tests and the screenshot scripts drive. Shared by playwright.config.ts,
// scripts/e2e-browser.mjs (the check before `playwright test`) and the scripts in scripts/.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's package (`apt-get install chromium`), unless CHROMIUM_PATH names another. */
export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The browser to launch: the system Chromium when present, else Playwright's own when installed.
 * `executablePath` is undefined for Playwright's own (Playwright finds it itself); `found` is false
 * when neither is on the machine.
 */
export function findChromium() {
  if (existsSync(SYSTEM_CHROMIUM)) return { found: true, executablePath: SYSTEM_CHROMIUM, kind: 'system' };
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser registered for this platform.
  }
  return { found: bundled !== '' && existsSync(bundled), executablePath: undefined, kind: 'playwright' };
}

/** Flags for a headless Chromium on a machine with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
