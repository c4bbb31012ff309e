// Run before `playwright test`: make sure a Chromium is there, or say in one line what to install.
// Order: the system Chromium, Playwright's own if installed, else try to install Playwright's.
import { spawnSync } from 'node:child_process';
import { findChromium, SYSTEM_CHROMIUM } from './lib/browser.mjs';

if (!findChromium().found) {
  console.log('No Chromium for the end-to-end tests; trying `npx playwright install chromium`…');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (!findChromium().found) {
    console.error(
      `No Chromium for the end-to-end tests: install Debian's (apt-get install chromium, for ${SYSTEM_CHROMIUM}) or Playwright's (npx playwright install chromium), or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
