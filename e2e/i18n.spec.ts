/**
 * Issue 17: the tool in French. The language comes from `lang=`, else the browser; the menu switches it
 * in place; a host page switches it with `setLang`; `<html lang>` and the title follow.
 */
import type { Page } from '@playwright/test';
import { test, expect, axe, openApp, node } from './fixtures';
import { FR } from '../src/i18n/fr';
import { sourceKeys } from '../src/i18n/keys.node';
import { ofType, openHostPage, received } from './hostMessages';

const source = 'web-stack-explorer';

test('?lang=fr: the page is French from its first paint, html lang and title included', async ({ page }) => {
  await openApp(page, '?lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle('Web Stack Explorer\u202f: comment un seul serveur sert www.foobar.com');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Visite guidée' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
});

test('the language menu switches in place: the selection and the link are kept, focus stays on the menu', async ({ page }) => {
  await openApp(page, '?select=nginx');
  await expect(node(page, 'nginx').locator('> div').first()).toHaveAttribute('data-selected', 'true');
  const menu = page.getByRole('combobox', { name: 'Language' });
  await menu.selectOption('fr');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Visite guidée' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(node(page, 'nginx').locator('> div').first()).toHaveAttribute('data-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Langue' })).toBeFocused();
  await expect.poll(() => page.url()).toMatch(/select=nginx.*lang=fr/);

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Walk me through it' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(() => page.url()).toMatch(/lang=en/);
});

test('a language we do not speak is named in a notice, and the page stays English', async ({ page }) => {
  await openApp(page, '?lang=de');
  await expect(page.getByText('lang "de" is not one of en, fr; ignored.')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Walk me through it' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a browser set to French', () => {
  test.use({ locale: 'fr-SN' });

  test('opens in French without writing the language into the link', async ({ page }) => {
    await openApp(page, '?select=mysql');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Visite guidée' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // The link is the learner's choice of view, not their browser's language.
    await expect.poll(() => page.url()).toContain('select=mysql');
    expect(page.url()).not.toContain('lang=');
  });

  test('?lang=en still wins over the browser', async ({ page }) => {
    await openApp(page, '?lang=en');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Walk me through it' })).toBeVisible();
  });
});

test('a host page sends setLang: the frame turns French and says so with langchange; a bad value changes nothing', async ({ page }) => {
  const { app, ignored, post } = await openHostPage(page);

  await post({ source, type: 'setLang', lang: 'de' });
  await expect.poll(() => ignored.length).toBe(1);
  expect(ignored[0]).toContain('setLang needs lang "en" or "fr"');
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');

  await post({ source, type: 'setLang', lang: 'fr' });
  await expect.poll(async () => ofType(await received(page), 'langchange').map((m) => (m.data as { lang: string }).lang)).toEqual(['fr']);
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr');
  await expect.poll(() => app.title()).toBe('Web Stack Explorer\u202f: comment un seul serveur sert www.foobar.com');
  await expect(app.locator('.react-flow__node[data-id="nginx"]')).toBeVisible();
});

/**
 * English words a French page must not show: every word of five letters or more in the interface's
 * English (the `t()` and `tn()` texts), less the words French uses too (found in the French text itself:
 * « message », « table », product names and technical literals).
 */
function englishOnlyWords(): Set<string> {
  const keys = sourceKeys('src');
  const english = [...keys.singles.keys(), ...[...keys.plurals.values()].flatMap((f) => [f.one ?? '', f.other])];
  const french = Object.values(FR)
    .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
    .join(' ')
    .toLowerCase();
  const frenchWords = new Set(french.match(/\p{L}+/gu) ?? []);
  const words = new Set<string>();
  // Placeholders ({name}) are not words of the text.
  for (const text of english) for (const w of text.replace(/\{\w+\}/g, ' ').toLowerCase().match(/[a-z]{5,}/g) ?? []) if (!frenchWords.has(w)) words.add(w);
  return words;
}

/** The English-only words in what the page shows or names (text and accessible names), with their context. */
async function englishOnScreen(page: Page, words: Set<string>): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skip = '[lang="en"], code, kbd, pre, script, style, [hidden], [aria-hidden="true"] svg';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip) || !n.textContent?.trim()) continue;
      out.push(n.textContent.trim());
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (el.closest(skip)) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
  const found: string[] = [];
  for (const text of texts) for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (words.has(w)) found.push(`${w} in "${text.slice(0, 80)}"`);
  return [...new Set(found)];
}

test.describe('in French', () => {
  test('no English interface word shows, in the journey, its steps, the tabs, traffic with a failure and the help', async ({ page }) => {
    const words = englishOnlyWords();
    expect(words.size, 'the list of English words is not empty').toBeGreaterThan(200);
    await openApp(page, '?lang=fr');
    expect(await englishOnScreen(page, words)).toEqual([]);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.clock__step')).toContainText('7');
    expect(await englishOnScreen(page, words)).toEqual([]);
    for (const index of [1, 2, 0]) {
      const tab = page.getByRole('tab').nth(index);
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      expect(await englishOnScreen(page, words)).toEqual([]);
    }
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await englishOnScreen(page, words)).toEqual([]);

    await openApp(page, '?lang=fr&mode=traffic&failure=spof');
    await expect(page.locator('.react-flow__node[data-id="mysql"] .stack-node__status')).toBeVisible();
    expect(await englishOnScreen(page, words)).toEqual([]);
  });

  test('no English interface word shows on a card opened in full, a question, the rehearsal or a fixed design', async ({ page }) => {
    const words = englishOnlyWords();
    await openApp(page, '?lang=fr&select=nginx');
    await page.locator('.explanation__more summary').click();
    expect(await englishOnScreen(page, words)).toEqual([]);
    await openApp(page, '?lang=fr&scene=spof&quiz=1');
    await expect(page.locator('.predict-gate[data-asking]')).toBeVisible();
    expect(await englishOnScreen(page, words)).toEqual([]);
    await page.goto('./?lang=fr&rehearse=1');
    await expect(page.locator('.rehearse')).toBeVisible();
    expect(await englishOnScreen(page, words)).toEqual([]);
    await page.goto('./?lang=fr&mode=traffic&fixes=lb,replica&servers=3&quiz=0');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(page.locator('.metrics')).toBeVisible();
    expect(await englishOnScreen(page, words)).toEqual([]);
  });

  test('the live region tells the journey in French, in order: DNS, then TCP, then the page arriving', async ({ page }) => {
    await openApp(page, '?lang=fr');
    await page.evaluate(() => {
      const w = window as unknown as { __said: string[] };
      w.__said = [];
      const el = document.querySelector('[data-testid="narration"]')!;
      new MutationObserver(() => {
        const text = el.textContent ?? '';
        if (text && text !== w.__said.at(-1)) w.__said.push(text);
      }).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await expect(page.getByTestId('narration')).toHaveAttribute('role', 'log');
    const said = () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    // Step by step (the keyboard's →): each step is said once it is shown.
    for (let i = 0; i < 60 && !(await said()).some((m) => m.startsWith('La page arrive')); i++) {
      const before = (await said()).length;
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await said()).length).toBeGreaterThan(before);
    }
    const messages = await said();
    const dns = messages.findIndex((m) => /résolveur récursif/.test(m));
    const tcp = messages.findIndex((m) => /\bSYN\b|connexion TCP/.test(m));
    const page_ = messages.findIndex((m) => m.startsWith('La page arrive'));
    expect(dns, messages.join('\n')).toBeGreaterThanOrEqual(0);
    expect(tcp, messages.join('\n')).toBeGreaterThan(dns);
    expect(page_, messages.join('\n')).toBeGreaterThan(tcp);
    // French, not English, all the way.
    expect(messages.filter((m) => /\b(the|your|browser|server|request)\b/i.test(m))).toEqual([]);
  });

  for (const state of [
    { name: 'the journey', query: '?lang=fr' },
    { name: 'Nginx explained', query: '?lang=fr&select=nginx' },
    { name: 'traffic with the server down', query: '?lang=fr&mode=traffic&failure=spof' },
    { name: 'a scene alone', query: '?lang=fr&scene=deploy' },
  ])
    test(`axe finds nothing: ${state.name}`, async ({ page }) => {
      await openApp(page, state.query);
      expect(await axe(page)).toEqual([]);
    });
});
