/**
 * Issue 17: the tool in French. The language comes from `lang=`, else the browser; the menu switches it
 * in place; a host page switches it with `setLang`; `<html lang>` and the title follow.
 */
import { test, expect, openApp, node } from './fixtures';
import { ofType, received, RECORD_MESSAGES } from './hostMessages';

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
  await page.addInitScript(RECORD_MESSAGES);
  await page.goto('./embed-example.html');
  await expect.poll(async () => ofType(await received(page), 'ready').length).toBe(1);
  const app = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
  const ignored: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Web Stack Explorer ignored a message')) ignored.push(m.text());
  });
  const post = (message: unknown) => page.evaluate((m) => (document.getElementById('explorer') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);

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
