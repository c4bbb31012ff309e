/**
 * Accessibility: axe in every theme and state, the whole tool by keyboard alone, the narration live
 * region, reduced motion and the help dialog.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axe, node, openApp, packetFrames, scrollSettled } from './fixtures';

/** Press Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, { backward = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, 'reachable with the keyboard').toBeFocused();
}

const STATES: { name: string; query: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'light theme', query: '?theme=light' },
  { name: 'dark theme', query: '?theme=dark' },
  { name: 'high-contrast theme', query: '?theme=contrast' },
  {
    name: 'panel open (Nginx)',
    query: '?select=nginx',
    ready: (page) => expect(page.locator('#explanation-title')).toHaveText('Nginx web server'),
  },
  {
    name: 'single point of failure on',
    query: '?failure=spof',
    ready: async (page) => {
      await page.getByRole('tab', { name: 'Break it' }).click();
      await expect(page.getByRole('switch', { name: /Single point of failure/ })).toBeChecked();
    },
  },
  { name: 'embed mode', query: '?embed=1' },
];

test.describe('axe reports no WCAG 2.x A/AA violation', () => {
  for (const state of STATES) {
    test(state.name, async ({ page }) => {
      await openApp(page, state.query);
      await state.ready?.(page);
      const violations = await axe(page);
      test.info().annotations.push({ type: 'axe', description: `${state.name}: ${violations.length} violation(s) ${violations.map((v) => `${v.id}×${v.targets.length}`).join(', ')}` });
      expect(violations).toEqual([]);
    });
  }
});

test('keyboard only: play, open Nginx, switch the failure on and off, change the traffic', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const w = window as unknown as { __pointer: string[] };
    w.__pointer = [];
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart']) {
      window.addEventListener(type, () => w.__pointer.push(type), true);
    }
  });

  // Play the journey with Space.
  const play = page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: /^(Play|Pause)$/ });
  await page.keyboard.press('Space');
  await expect(play).toHaveText('Pause');
  await page.keyboard.press('Space');
  await expect(play).toHaveText('Play');

  // Tab to Nginx, Enter opens its explanation.
  const nginx = node(page, 'nginx');
  await tabTo(page, nginx);
  await page.keyboard.press('Enter');
  await expect(page.locator('#explanation-title')).toHaveText('Nginx web server');

  // To the tabs, then the "Break it" tab with the arrow keys.
  const explainTab = page.getByRole('tab', { name: 'Explain' });
  await tabTo(page, explainTab, { backward: true });
  await page.keyboard.press('ArrowRight');
  const breakTab = page.getByRole('tab', { name: 'Break it' });
  await expect(breakTab).toBeFocused();
  await expect(breakTab).toHaveAttribute('aria-selected', 'true');

  // The single point of failure: on, then off.
  const spof = page.getByRole('switch', { name: /Single point of failure/ });
  await tabTo(page, spof);
  await page.keyboard.press('Space');
  await expect(spof).toBeChecked();
  await expect(page.getByTestId('narration')).toContainText(/Single point of failure on/);
  await page.keyboard.press('Space');
  await expect(spof).not.toBeChecked();

  // The traffic slider, in the third scene: arrow keys along the scene tabs.
  const serverDown = page.getByRole('tab', { name: /^Server down/ });
  await tabTo(page, serverDown, { backward: true });
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Too much traffic' })).toHaveAttribute('aria-selected', 'true');
  const traffic = page.getByRole('slider', { name: /traffic/i });
  await tabTo(page, traffic);
  const before = await traffic.inputValue();
  const shown = page.locator('.failures__rate output');
  const shownBefore = await shown.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(traffic).not.toHaveValue(before);
  await expect(shown).not.toHaveText(shownBefore!);

  const pointer = await page.evaluate(() => (window as unknown as { __pointer: string[] }).__pointer);
  expect(pointer, 'no mouse, pointer or touch event was used').toEqual([]);
});

test('the live region narrates the journey in order', async ({ page }) => {
  await openApp(page, '?speed=5');
  await page.evaluate(() => {
    const w = window as unknown as { __narration: string[] };
    w.__narration = [];
    const el = document.querySelector('[data-testid="narration"]')!;
    new MutationObserver(() => {
      const text = el.textContent ?? '';
      // The instruction shown before anything plays ("Press Play to follow…") is not part of the journey.
      if (text && !/^Press Play/.test(text) && text !== w.__narration.at(-1)) w.__narration.push(text);
    }).observe(el, { childList: true, characterData: true, subtree: true });
  });
  const region = page.getByTestId('narration');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Play' }).click();
  const said = () => page.evaluate(() => (window as unknown as { __narration: string[] }).__narration);
  await expect.poll(async () => (await said()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(6);
  const messages = await said();
  const firstBrowser = messages.findIndex((m) => /browser/i.test(m));
  const firstResolver = messages.findIndex((m) => /resolver|DNS/i.test(m));
  const firstRoot = messages.findIndex((m) => /root server/i.test(m));
  expect(firstBrowser, messages.join('\n')).toBe(0);
  expect(firstResolver, messages.join('\n')).toBeGreaterThan(firstBrowser);
  await expect.poll(async () => (await said()).findIndex((m) => /root server/i.test(m)), { timeout: 20_000 }).toBeGreaterThan(firstResolver);
  expect(firstRoot === -1 || firstRoot > firstResolver).toBe(true);
  // Each step is said once, not repeated.
  const now = await said();
  expect(new Set(now).size).toBe(now.length);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no packet moves between frames while playing', async ({ page }) => {
    await openApp(page, '?speed=2');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(() => page.locator('.clock__step').textContent(), { timeout: 10_000 }).not.toBe('Step 1 of 47');
    const canvas = page.locator('canvas.packet-layer');
    const pixels = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const a = await pixels();
    const frames = await packetFrames(page, 20);
    const b = await pixels();
    expect(frames.flat()).toEqual([]);
    expect(b === a, 'the packet canvas did not change').toBe(true);
    await expect(page.locator('.react-flow [data-lit]').first()).toBeAttached();
  });
});

test('? opens the help dialog and Escape closes it, giving focus back', async ({ page }) => {
  await openApp(page);
  const play = page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Play' });
  await tabTo(page, play);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts and help' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('table')).toContainText('Play or pause');
  const focusInDialog = await dialog.evaluate((d) => d.contains(document.activeElement));
  expect(focusInDialog, 'focus moves into the dialog').toBe(true);
  expect(await axe(page, 'dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(play).toBeFocused();
});

test.describe('at 200 % zoom (a 1280×800 window shows 640×400 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  test('nothing scrolls sideways, and the whole tool is still usable', async ({ page }) => {
    await openApp(page);
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const id of ['browser', 'nginx', 'mysql'] as const) {
      const box = (await node(page, id).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(640);
    }
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByText(/Step 2 of \d+/)).toBeVisible();
    // The step scrolls the page to what it lights, smoothly; the lit part in view and the page still, then click.
    await expect(page.locator('.react-flow [data-lit]').last()).toBeInViewport();
    await scrollSettled(page);
    await node(page, 'mysql').click();
    await expect(page.locator('#explanation-title')).toHaveText('MySQL database');
    expect(await axe(page)).toEqual([]);
  });
});

test('under the system theme, the packets change colour when the system switches to dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, '?theme=system');
  type Colours = Record<string, string>;
  const colours = () => page.evaluate(() => (window as unknown as { __webStackExplorerPacketColours?: () => Colours }).__webStackExplorerPacketColours?.() ?? null);
  // The light surface (#ffffff) behind the packets' names.
  await expect.poll(async () => (await colours())?.labelBg).toBe('rgb(255, 255, 255)');
  const light = (await colours())!;
  await page.emulateMedia({ colorScheme: 'dark' });
  // The dark surface (#1c1f24), and the packets' own colours with it.
  await expect.poll(async () => (await colours())?.labelBg).toBe('rgb(28, 31, 36)');
  expect((await colours())!.request).not.toBe(light.request);
});
