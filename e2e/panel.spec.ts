/**
 * The side panel: selecting a component or link explains it; keyboard-only use; the URL's `select`;
 * the walkthrough.
 */
import type { Page } from '@playwright/test';
import { test, expect, axe, node, openApp, COMPONENT_NAMES, type ComponentKey } from './fixtures';

/** What the panel's heading says for each component, and facts that must be among its key facts. */
const EXPECT: Record<ComponentKey, { heading: RegExp; facts: string[] }> = {
  browser: { heading: /browser/i, facts: ['www.foobar.com'] },
  dns: { heading: /^DNS\b/, facts: ['A record', '8.8.8.8'] },
  resolver: { heading: /resolver/i, facts: ['A record', '8.8.8.8'] },
  root: { heading: /root/i, facts: ['53'] },
  tld: { heading: /\.com|TLD/, facts: ['53'] },
  authoritative: { heading: /authoritative/i, facts: ['A record', '8.8.8.8'] },
  server: { heading: /Server 8\.8\.8\.8/, facts: ['8.8.8.8'] },
  nginx: { heading: /^Nginx web server$/, facts: ['80', '443'] },
  'app-server': { heading: /^Application server$/, facts: ['8000'] },
  'app-files': { heading: /^Application files/, facts: ['code base'] },
  mysql: { heading: /^MySQL database$/, facts: ['3306'] },
};

const panel = (page: Page) => page.locator('aside.side-panel');
const panelHeading = (page: Page) => panel(page).locator('#explanation-title');

/** Click a component where it is itself, not one of its children (groups: their title bar). */
async function clickComponent(page: Page, id: ComponentKey) {
  const target = node(page, id);
  if (id === 'dns' || id === 'server') await target.locator('.stack-group__head').click();
  else if (id === 'browser') await target.locator('.stack-node__head').click();
  else await target.click();
}

test.describe('clicking a component explains it', () => {
  for (const id of Object.keys(EXPECT) as ComponentKey[]) {
    test(`${COMPONENT_NAMES[id]}`, async ({ page }) => {
      await openApp(page);
      await clickComponent(page, id);
      await expect(panelHeading(page)).toHaveText(EXPECT[id].heading);
      const facts = panel(page).getByRole('list', { name: 'Key facts' });
      await expect(facts).toBeVisible();
      for (const fact of EXPECT[id].facts) {
        await expect(facts, `key fact ${fact}`).toContainText(fact);
      }
      await expect(node(page, id).locator('> div').first()).toHaveAttribute('data-selected', 'true');
    });
  }
});

test('clicking a link label opens its explanation', async ({ page }) => {
  await openApp(page);
  await page.locator('.link-label[data-link="app-server-mysql"]').click();
  await expect(panelHeading(page)).toHaveText(/MySQL/);
  await expect(panelHeading(page)).toHaveText(/Application server/);
  await expect(panel(page).getByRole('list', { name: 'Key facts' })).toContainText('3306');
  await page.locator('.link-label[data-link="browser-nginx"]').click();
  await expect(panelHeading(page)).toHaveText(/Browser to Nginx/);
  await expect(panel(page).getByRole('list', { name: 'Key facts' })).toContainText('443');
});

test('keyboard only: Tab to Nginx, Enter opens it, Escape closes it and focus returns to Nginx', async ({ page }) => {
  await openApp(page);
  const nginx = node(page, 'nginx');
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await nginx.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the Nginx node').toBe(true);
  await expect(nginx).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText('Nginx web server');
  await expect(panel(page).getByRole('list', { name: 'Key facts' })).toContainText('443');
  await page.keyboard.press('Escape');
  await expect(panelHeading(page)).toHaveCount(0);
  await expect(nginx).toBeFocused();
});

test('?select=mysql opens MySQL', async ({ page }) => {
  await openApp(page, '?select=mysql');
  await expect(panelHeading(page)).toHaveText('MySQL database');
  await expect(panel(page).getByRole('list', { name: 'Key facts' })).toContainText('3306');
});

test('?select=<script>alert(1)</script> shows a notice, runs nothing and breaks nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page, `?select=${encodeURIComponent('<script>alert(1)</script>')}`);
  const notice = page.locator('.notices .notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('select');
  await expect(notice).toContainText('<script>alert(1)</script>');
  // Shown as text, never parsed as HTML.
  await expect(page.locator('.notices script')).toHaveCount(0);
  // The default view is shown: no explanation, the overview instead.
  await expect(panelHeading(page)).toHaveCount(0);
  await expect(panel(page).getByRole('heading', { name: /How www\.foobar\.com is served/ })).toBeVisible();
  // Had the markup run, its alert would already have opened while the notice rendered.
  expect(dialogs).toEqual([]);
  // The notice can be dismissed.
  await page.getByRole('button', { name: /Dismiss notice/ }).click();
  await expect(notice).toHaveCount(0);
});

test('"Walk me through it" shows steps and Next step changes the highlighted components', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Walk me through it' }).first().click();
  const walk = panel(page).locator('.walkthrough');
  await expect(walk.getByRole('heading', { name: 'Walk me through it' })).toBeVisible();
  expect(await walk.locator('ol.walk-steps > li').count()).toBeGreaterThan(5);
  await expect(walk.getByRole('heading', { name: /^Step 1 of \d+/ })).toBeVisible();

  const lit = () =>
    page.evaluate(() =>
      [
        ...[...document.querySelectorAll('.react-flow__node')]
          .filter((n) => n.querySelector(':scope > [data-lit]'))
          .map((n) => (n as HTMLElement).dataset.id),
        ...[...document.querySelectorAll('.link-label[data-lit]')].map((n) => (n as HTMLElement).dataset.link),
      ].sort(),
    );
  await expect.poll(lit).toEqual(['browser']);
  const first = await lit();

  await walk.getByRole('button', { name: 'Next step' }).click();
  await expect(walk.getByRole('heading', { name: /^Step 2 of \d+/ })).toBeVisible();
  await expect.poll(lit).not.toEqual(first);
  await expect.poll(lit).toEqual(['browser', 'dns']);

  await walk.getByRole('button', { name: 'Next step' }).click();
  await expect(walk.getByRole('heading', { name: /^Step 3 of \d+/ })).toBeVisible();
  await expect.poll(lit).toEqual(expect.arrayContaining(['browser', 'browser-resolver', 'resolver']));
});

test('axe finds nothing with the panel open', async ({ page }) => {
  await openApp(page, '?select=nginx');
  await expect(panelHeading(page)).toHaveText('Nginx web server');
  expect(await axe(page)).toEqual([]);
});

test('clicking the A record in the DNS box opens the record card with the CNAME correction', async ({ page }) => {
  await openApp(page);
  await node(page, 'dns').getByRole('button', { name: /DNS record www\.foobar\.com A 8\.8\.8\.8/ }).click();
  await expect(panelHeading(page)).toHaveText('DNS record for www: an A record');
  const points = panel(page).getByRole('list', { name: 'In short' });
  await expect(points).toContainText('Not a CNAME: a CNAME points to another name, never to an IP address.');
  await expect(panel(page).locator('.callout').first()).toContainText('www in www.foobar.com is a CNAME record');
  // The DNS box itself was not selected: the record has its own card.
  await expect(node(page, 'dns').locator('> div').first()).not.toHaveAttribute('data-selected', 'true');
});

test('keyboard only: the address in the browser opens the domain card, Escape returns focus to it', async ({ page }) => {
  await openApp(page);
  const address = node(page, 'browser').getByRole('button', { name: /address www\.foobar\.com/ });
  await address.focus();
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText('Domain name: www.foobar.com');
  await expect(panel(page).getByRole('list', { name: 'In short' })).toContainText('www is a host name (a subdomain)');
  await page.keyboard.press('Escape');
  await expect(panelHeading(page)).toHaveCount(0);
  await expect(address).toBeFocused();
});

test('a card leads with at most three points; "More" opens the rest, and a term opens its definition', async ({ page }) => {
  await openApp(page, '?select=dns');
  await expect(panelHeading(page)).toHaveText(/^DNS/);
  const points = panel(page).getByRole('list', { name: 'In short' }).getByRole('listitem');
  expect(await points.count()).toBeLessThanOrEqual(3);
  const goodToKnow = panel(page).getByRole('heading', { name: 'Good to know' });
  await expect(goodToKnow).toBeHidden();
  await panel(page).getByText('More about DNS').click();
  await expect(goodToKnow).toBeVisible();
  const ttl = panel(page).getByRole('button', { name: 'TTL: show definition' });
  await ttl.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByText(/time to live: how many seconds a DNS answer may be kept/)).toBeVisible();
});
