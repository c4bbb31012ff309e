/**
 * Predict, then watch; rehearse the whiteboard: a prediction stands before the SPOF switch until the
 * learner commits, then the scene plays and the answer comes with its why; the rehearsal keeps the
 * learner's work across a reload; both work by keyboard alone and pass axe.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axe, node } from './fixtures';

test('SPOF scene: the prediction comes before the switch; committing, then switching off, shows the result and why', async ({ page }) => {
  // The course page's 800×560 frame: the whole question fits with nothing to scroll.
  await page.setViewportSize({ width: 800, height: 560 });
  await page.goto('./?scene=spof&speed=10');
  await expect(node(page, 'server')).toBeVisible();
  const question = page.getByRole('group', { name: /The one server goes down/ });
  await expect(question).toBeVisible();
  await expect(page.getByRole('switch')).toHaveCount(0);
  for (const el of [...(await question.getByRole('radio').all()), page.getByRole('button', { name: 'Commit my prediction' })]) {
    await expect(el).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight)).toBe(0);
  expect(await axe(page)).toEqual([]);

  await question.getByRole('radio', { name: '502 Bad Gateway' }).check();
  await page.getByRole('button', { name: 'Commit my prediction' }).click();
  const note = page.locator('.predict__next');
  await expect(note).toBeFocused();
  await expect(note).toContainText('You predicted “502 Bad Gateway”.');
  // One line of note, then the switch, whole, in the frame: nothing to scroll.
  await expect(page.getByRole('switch', { name: /Single point of failure/ })).toBeInViewport({ ratio: 1 });
  expect(await note.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)))).toBe(1);
  await page.getByRole('switch', { name: /Single point of failure/ }).check();

  const reveal = page.locator('.predict--reveal[data-question="spof-browser"]');
  await expect(reveal).toContainText('Not what you predicted', { timeout: 20_000 });
  await expect(reveal).toContainText('A spinner, then ERR_CONNECTION_TIMED_OUT');
  await expect(reveal).toContainText(/With the server down, (a browser here showed ERR_CONNECTION_TIMED_OUT|the browsers here wait)/);
  await expect(reveal).toContainText('nothing there answers the browser’s connection attempts');
  await expect(reveal.getByRole('link', { name: /Read the card: Server 8\.8\.8\.8/ })).toHaveAttribute('href', /select=server/);
  expect(await axe(page)).toEqual([]);
});

test('the rehearsal keeps the learner’s words, the revealed answer and the ticks across a reload, until Start over; axe clean', async ({ page }) => {
  await page.goto('./?rehearse=1');
  await expect(page.getByRole('heading', { name: 'Rehearse the whiteboard' })).toBeFocused();
  const item = page.getByRole('region', { name: /What type of DNS record is www/ });
  await item.getByRole('textbox', { name: /Your explanation/ }).fill('An A record: it maps www.foobar.com to 8.8.8.8.');
  await item.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(item).toContainText('a CNAME points to another name');
  await item.getByRole('checkbox', { name: 'A record' }).check();
  await expect(page.getByRole('status')).toHaveText('1 of 10 items rehearsed');
  expect(await axe(page)).toEqual([]);

  await page.reload();
  const again = page.getByRole('region', { name: /What type of DNS record is www/ });
  await expect(again.getByRole('textbox', { name: /Your explanation/ })).toHaveValue('An A record: it maps www.foobar.com to 8.8.8.8.');
  await expect(again.getByRole('checkbox', { name: 'A record' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Not a CNAME: a CNAME points to another name' })).not.toBeChecked();
  await expect(again.getByRole('button', { name: 'Reveal model answer' })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('1 of 10 items rehearsed');

  // Start over asks first, with the safe answer focused; clearing empties everything and says so.
  await page.getByRole('button', { name: 'Start over…' }).click();
  await expect(page.getByRole('button', { name: 'Keep my work' })).toBeFocused();
  expect(await axe(page, '.start-over')).toEqual([]);
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByRole('status')).toHaveText('0 of 10 items rehearsed');
  await expect(again.getByRole('textbox', { name: /Your explanation/ })).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Rehearse the whiteboard' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('region', { name: /What type of DNS record is www/ }).getByRole('textbox', { name: /Your explanation/ })).toHaveValue('');
});

/** Press Tab until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with the keyboard').toBeFocused();
}

test('keyboard only: answer the SPOF question and rehearse one item', async ({ page }) => {
  await page.goto('./?scene=spof&speed=20');
  const first = page.getByRole('radio', { name: '404 Not Found' });
  await tabTo(page, first);
  // Arrow keys move through the choices, as in any radio group.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'A spinner, then ERR_CONNECTION_TIMED_OUT' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Commit my prediction' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.predict__next')).toBeFocused();
  await expect(page.locator('.predict__next')).toContainText('You predicted “A spinner');
  const sw = page.getByRole('switch', { name: /Single point of failure/ });
  await tabTo(page, sw);
  await page.keyboard.press('Space');
  await expect(sw).toBeChecked();
  await expect(page.locator('.predict--reveal[data-question="spof-browser"]')).toContainText('You predicted it.', { timeout: 20_000 });

  await page.goto('./?rehearse=1');
  const item = page.getByRole('region', { name: /What is a server/ });
  const text = item.getByRole('textbox', { name: /Your explanation/ });
  await tabTo(page, text);
  await page.keyboard.type('A computer that answers requests over the network.');
  await page.keyboard.press('Tab');
  await expect(item.getByRole('button', { name: 'Reveal model answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item.locator('.rehearse-item__model')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(item.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(item.getByRole('checkbox').first()).toBeChecked();
  await expect(item.getByRole('heading')).toContainText('Rehearsed');
});

test('journey: the DNS question comes before Play, and the answer at the step that shows it', async ({ page }) => {
  await page.goto('./?speed=20');
  const question = page.getByRole('group', { name: /which server answers the query first/ });
  await question.getByRole('radio', { name: 'The root server, with a referral to .com' }).check();
  await page.getByRole('button', { name: 'Commit my prediction' }).click();
  await expect(question).toHaveCount(0);
  // Step through the DNS lookup until the first answer arrives (a handful of steps).
  const reveal = page.locator('.predict--reveal[data-question="journey-dns-first"]');
  const step = page.getByRole('button', { name: 'Step forward' });
  for (let i = 0; i < 15 && (await reveal.count()) === 0; i++) await step.click();
  await expect(reveal).toContainText('You predicted it.');
  await expect(reveal).toContainText('The first DNS answer on the diagram came from the Root server');
  await expect(reveal.getByRole('button', { name: /Read the card: Recursive resolver/ })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  // The whole tool's Break it tab asks too, where the switch will be.
  await page.getByRole('tab', { name: 'Break it' }).click();
  await expect(page.getByRole('group', { name: /The one server goes down/ })).toBeVisible();
  // The rest of the page was checked just above.
  expect(await axe(page, '[role="tabpanel"]')).toEqual([]);
});

test('a host page hears the answer and the progress, through the postMessage protocol', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.route(`${origin}/e2e-predict-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
        <iframe id="tool" title="Web Stack Explorer" width="800" height="560" src="${origin}/?scene=deploy&origin=${encodeURIComponent(origin)}"></iframe></body></html>`,
    }),
  );
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const w = window as unknown as { __heard: unknown[] };
    w.__heard = [];
    window.addEventListener('message', (e) => {
      const d = e.data as { source?: string; type?: string };
      if (d?.source === 'web-stack-explorer' && (d.type === 'answer' || d.type === 'progress')) w.__heard.push(d);
    });
  });
  await page.goto(`${origin}/e2e-predict-host.html`);
  const frame = page.frameLocator('#tool');
  const heard = () => page.evaluate(() => (window as unknown as { __heard: { type: string }[] }).__heard);
  // Work kept from an earlier visit counts: the counts come once at start.
  await expect.poll(async () => (await heard()).map((m) => m.type)).toEqual(['progress']);
  await frame.getByRole('radio', { name: /502 Bad Gateway for pages/ }).check();
  await frame.getByRole('button', { name: 'Commit my prediction' }).click();
  await expect.poll(heard).toEqual([
    expect.objectContaining({ type: 'progress', predictionsMade: 0, itemsRehearsed: 0, complete: false }),
    { source: 'web-stack-explorer', v: 1, type: 'answer', question: 'deploy-restart', choice: 2, correct: true },
    expect.objectContaining({ type: 'progress', predictionsMade: 1, predictionsRight: 1, questionsTotal: 8 }),
  ]);
});
