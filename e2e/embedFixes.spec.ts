/** Issue 15 through the host page: `setFixes` sets the design a frame plays, `fixchange` tells the host. */
import { axe, test, expect } from './fixtures';
import { ofType, openHostPage, received } from './hostMessages';

const source = 'web-stack-explorer';

test('a host page sends setFixes: the frame keeps the design in its link, and fixchange comes back once per real change', async ({ page }) => {
  const { app, ignored, post } = await openHostPage(page);
  const ready = ofType(await received(page), 'ready')[0]!.data as { state: unknown };
  expect(ready.state).toMatchObject({ fixes: [], servers: null });
  const designs = async () => ofType(await received(page), 'fixchange').map((m) => m.data as { fixes: unknown; servers: unknown }).map(({ fixes, servers }) => ({ fixes, servers }));

  await page.getByRole('button', { name: 'Traffic 250 rps' }).click();
  await page.getByRole('button', { name: '3 servers, replica' }).click();
  await expect.poll(designs).toEqual([{ fixes: ['lb', 'replica'], servers: 3 }]);
  await expect.poll(() => app.url()).toContain('fixes=lb,replica&servers=3');

  // The same design again, and two the URL would not take: no event, nothing changes, the console says why.
  await page.getByRole('button', { name: '3 servers, replica' }).click();
  await post({ source, type: 'setFixes', fixes: ['lb'], servers: 9 });
  await post({ source, type: 'setFixes', fixes: ['lb', '<img src=x onerror=alert(1)>'] });
  await expect.poll(() => ignored.length).toBe(2);
  expect(ignored[0]).toContain('setFixes: servers 9 is above the maximum 4');
  expect(ignored[1]).toContain('is not a list of lb, lb-pair, replica, rolling, split-db');

  // Messages from one window arrive in order: once this change is heard, nothing came of those before it.
  await page.getByRole('button', { name: 'One server' }).click();
  await expect.poll(designs).toEqual([
    { fixes: ['lb', 'replica'], servers: 3 },
    { fixes: [], servers: null },
  ]);
  await expect.poll(() => app.url()).not.toContain('fixes=');
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('Share / Embed offers the design played: kept in the link and the code, or dropped; the dialog fits and axe finds nothing', async ({ page }) => {
      // Not `openApp`: traffic on a fixed design draws its own diagram, without the one-server nodes it waits for.
      await page.goto('./?mode=traffic&fixes=lb,replica&servers=3&quiz=0');
      const toggle = page.getByRole('button', { name: 'View' });
      if (viewport.width < 640) await toggle.click();
      await page.getByRole('button', { name: 'Share / Embed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
      const field = dialog.getByRole('combobox', { name: 'Design played' });
      await expect(field.locator('option:checked')).toHaveText('As now: 3 servers behind HAProxy, a MySQL replica');
      await expect(dialog.getByRole('textbox', { name: /Link/ })).toHaveValue(/fixes=lb,replica&servers=3/);
      await expect(dialog.getByRole('textbox', { name: /Embed code/ })).toHaveValue(/fixes=lb,replica&amp;servers=3/);
      expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
      expect(await axe(page, 'dialog')).toEqual([]);

      await field.selectOption('none');
      await expect(dialog.getByRole('textbox', { name: /Link/ })).not.toHaveValue(/fixes|servers/);
      await expect(dialog.getByRole('textbox', { name: /Embed code/ })).not.toHaveValue(/fixes|servers/);
    });
  });
}

test('a host page takes the balancer down: refused without one, then failurechange "lb" and the balancer reads down', async ({ page }) => {
  const { app, ignored, post } = await openHostPage(page);
  const failures = async () => ofType(await received(page), 'failurechange').map((m) => (m.data as { failure: unknown }).failure);

  await post({ source, type: 'setFailure', failure: 'lb' });
  await expect.poll(() => ignored.length).toBe(1);
  expect(ignored[0]).toContain('needs a load balancer');
  await page.getByRole('button', { name: 'Traffic 250 rps' }).click();
  await post({ source, type: 'setFixes', fixes: ['lb'] });
  await expect(app.locator('.react-flow__node[data-id="lb"]')).toBeVisible();
  await post({ source, type: 'setFailure', failure: 'lb' });
  await expect.poll(failures).toEqual(['lb']);
  await expect(app.locator('.react-flow__node[data-id="lb"]')).toContainText('down');
  await expect.poll(() => app.url()).toContain('failure=lb');
});
