/**
 * The page stays usable while the model works hard. Timings live in `npm run bench`; these check
 * states: a long seek shows progress, answers a click while it runs, can be cancelled and finishes; the
 * controls say when the model cannot keep up with the chosen speed.
 */
import { expect, openApp, simSeconds, test } from './fixtures';

const LONG_SEEK = '?mode=traffic&rps=100&t=3600';

test('a seek to the maximum t shows progress, answers a click while it works, then shows that hour', async ({ page }) => {
  await openApp(page, LONG_SEEK);
  const progress = page.getByTestId('seek-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('Running the model to 60 min 0 s');
  const events = page.getByRole('tab', { name: 'Events' });
  await events.click();
  await expect(events).toHaveAttribute('aria-selected', 'true');
  // The click was answered before the seek was done.
  await expect(progress).toBeVisible();
  await expect(progress).toBeHidden({ timeout: 45_000 });
  expect(await simSeconds(page)).toBe(3600);
});

test('Cancel stops a long seek and leaves the time shown where it was', async ({ page }) => {
  await openApp(page, LONG_SEEK);
  const progress = page.getByTestId('seek-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  expect(await simSeconds(page)).toBe(0);
});

test('the controls say how fast the model runs when it cannot keep up with the chosen speed', async ({ page }) => {
  // 2,000 requests a second at 100×: far more model work than any frame's budget holds.
  await openApp(page, '?mode=traffic&rps=2000&speed=100');
  const behind = page.getByTestId('running-at');
  await expect(behind).toHaveText(/^running at \d+×$/, { timeout: 15_000 });
  const reached = Number(/\d+/.exec((await behind.textContent()) ?? '')![0]);
  expect(reached).toBeLessThan(100);
});
