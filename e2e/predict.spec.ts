/**
 * Predict, then watch; rehearse the whiteboard: a prediction stands before the SPOF switch until the
 * learner commits, then the scene plays and the answer comes with its why; the rehearsal keeps the
 * learner's work across a reload; both work by keyboard alone and pass axe.
 */
import { test, expect, axe, node } from './fixtures';

test('SPOF scene: the prediction comes before the switch; committing, then switching off, shows the result and why', async ({ page }) => {
  await page.goto('./?scene=spof&speed=10');
  await expect(node(page, 'server')).toBeVisible();
  const question = page.getByRole('group', { name: /The one server goes down/ });
  await expect(question).toBeVisible();
  await expect(page.getByRole('switch')).toHaveCount(0);
  expect(await axe(page)).toEqual([]);

  await question.getByRole('radio', { name: '502 Bad Gateway' }).check();
  await page.getByRole('button', { name: 'Commit my prediction' }).click();
  await expect(page.getByText(/You predicted “502 Bad Gateway”/)).toBeFocused();
  await page.getByRole('switch', { name: /Single point of failure/ }).check();

  const reveal = page.locator('.predict--reveal[data-question="spof-browser"]');
  await expect(reveal).toContainText('Not what you predicted', { timeout: 20_000 });
  await expect(reveal).toContainText('A spinner, then ERR_CONNECTION_TIMED_OUT');
  await expect(reveal).toContainText(/With the server down, (a browser here showed ERR_CONNECTION_TIMED_OUT|the browsers here wait)/);
  await expect(reveal).toContainText('nothing there answers the browser’s connection attempts');
  await expect(reveal.getByRole('link', { name: /Read the card: Server 8\.8\.8\.8/ })).toHaveAttribute('href', /select=server/);
  expect(await axe(page)).toEqual([]);
});
