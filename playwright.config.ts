import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4179);
// Debian's Chromium when present (never download a browser here); Playwright's own elsewhere.
// `npm run test:e2e` checks first (scripts/e2e-browser.mjs) and says what to install if neither is there.
const { executablePath } = findChromium();

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  // No retries: a test that passes only on a second try is a bug to fix.
  retries: 0,
  workers: 2,
  timeout: 60_000,
  // failureSummary repeats every error at the end, where a truncated CI log still shows it.
  reporter: [[process.env.CI ? 'line' : 'list'], ['./e2e/failureSummary.ts']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    // The app speaks the browser's language: tests name theirs, whatever the machine's is.
    locale: 'en-US',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // VITE_TEST_HOOKS=1 builds in the test hook (window.__webStackExplorerPackets) the shipped build lacks.
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    env: { VITE_TEST_HOOKS: '1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
