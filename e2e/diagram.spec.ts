/**
 * Issue: the one-server web stack as a diagram. Every component is on screen, named for screen
 * readers, the DNS answer and the ports are written on it, and the diagram is read-only.
 */
import { test, expect, axe, node, openApp, scrollWidth, COMPONENT_NAMES, type ComponentKey } from './fixtures';

const IDS = Object.keys(COMPONENT_NAMES) as ComponentKey[];

test.describe('desktop 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('every component is visible by its accessible name and inside the viewport without scrolling', async ({ page }) => {
    await openApp(page);
    for (const id of IDS) {
      // The browser and DNS nodes hold their own buttons (the address, the A record), so they are groups.
      const role = id === 'browser' || id === 'dns' ? 'group' : 'button';
      const byName = page.locator('.react-flow').getByRole(role, { name: COMPONENT_NAMES[id], exact: true });
      await expect(byName, COMPONENT_NAMES[id]).toBeVisible();
      const box = (await byName.boundingBox())!;
      const msg = `${COMPONENT_NAMES[id]} ${JSON.stringify(box)} fully in the 1280×800 viewport`;
      expect(box.x, msg).toBeGreaterThanOrEqual(-0.5);
      expect(box.y, msg).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width, msg).toBeLessThanOrEqual(1280.5);
      expect(box.y + box.height, msg).toBeLessThanOrEqual(800.5);
      await expect(byName).toHaveAttribute('data-id', id);
    }
    const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    expect(scroll).toEqual({ x: 0, y: 0 });
  });

  test('the DNS box shows the A record and the diagram shows the ports', async ({ page }) => {
    await openApp(page);
    const dns = node(page, 'dns');
    await expect(dns).toContainText('www.foobar.com. 300 IN A 8.8.8.8');
    await expect(dns.locator('.dns-record')).toBeVisible();

    const detail = (id: ComponentKey) => node(page, id).locator('.stack-node__detail');
    await expect(detail('nginx')).toHaveText(/\b80\b.*\b443\b/);
    await expect(detail('mysql')).toHaveText(/\b3306\b/);
    await expect(detail('app-server')).toHaveText(/\b8000\b/);
    await expect(detail('resolver')).toHaveText(/\b53\b/);
    // The links name their ports too.
    await expect(page.locator('.link-label[data-link="browser-resolver"]')).toHaveText(/UDP 53/);
    await expect(page.locator('.link-label[data-link="browser-nginx"]')).toHaveText(/80 \/ 443/);
    await expect(page.locator('.link-label[data-link="app-server-mysql"]')).toHaveText(/3306/);
    await expect(page.locator('.link-label[data-link="nginx-app-server"]')).toHaveText(/8000/);
  });

  test('the browser shows www.foobar.com in its address bar', async ({ page }) => {
    await openApp(page);
    const bar = node(page, 'browser').locator('.address-bar');
    await expect(bar).toBeVisible();
    await expect(bar).toHaveText('www.foobar.com');
  });

  test('the server box contains Nginx, the application server, the files and MySQL; DNS contains its servers', async ({ page }) => {
    await openApp(page);
    const inside = async (outer: ComponentKey, inner: ComponentKey) => {
      const o = (await node(page, outer).boundingBox())!;
      const i = (await node(page, inner).boundingBox())!;
      expect(o, outer).toBeTruthy();
      expect(i, inner).toBeTruthy();
      const msg = `${inner} ${JSON.stringify(i)} inside ${outer} ${JSON.stringify(o)}`;
      expect(i.x, msg).toBeGreaterThanOrEqual(o.x);
      expect(i.y, msg).toBeGreaterThanOrEqual(o.y);
      expect(i.x + i.width, msg).toBeLessThanOrEqual(o.x + o.width);
      expect(i.y + i.height, msg).toBeLessThanOrEqual(o.y + o.height);
    };
    for (const c of ['nginx', 'app-server', 'app-files', 'mysql'] as const) await inside('server', c);
    for (const c of ['resolver', 'root', 'tld', 'authoritative'] as const) await inside('dns', c);
    // …and the browser is in neither.
    const b = (await node(page, 'browser').boundingBox())!;
    const s = (await node(page, 'server').boundingBox())!;
    expect(b.x + b.width <= s.x || b.x >= s.x + s.width || b.y + b.height <= s.y || b.y >= s.y + s.height).toBe(true);
  });

  test('nodes cannot be dragged', async ({ page }) => {
    await openApp(page);
    const nginx = node(page, 'nginx');
    const before = (await nginx.boundingBox())!;
    const server = (await node(page, 'server').boundingBox())!;
    await page.mouse.move(before.x + 20, before.y + 10);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(before.x + 20 + i * 15, before.y + 10 + i * 10);
    await page.mouse.up();
    await expect.poll(async () => nginx.boundingBox()).toEqual(before);
    expect(await node(page, 'server').boundingBox()).toEqual(server);
    await expect(nginx).not.toHaveClass(/\bdraggable\b/);
  });

  test("React Flow's default text about moving and deleting nodes is not offered to screen readers", async ({ page }) => {
    await openApp(page);
    const descriptions = await page.evaluate(() => {
      const ids = new Set<string>();
      for (const el of document.querySelectorAll('[aria-describedby]')) {
        for (const id of el.getAttribute('aria-describedby')!.split(/\s+/)) ids.add(id);
      }
      return [...ids].map((id) => document.getElementById(id)?.textContent ?? '');
    });
    expect(descriptions.length).toBeGreaterThan(0);
    for (const d of descriptions) {
      expect(d).not.toMatch(/delete|remove|move the node|drag/i);
    }
    const allText = await page.evaluate(() => document.body.textContent ?? '');
    expect(allText).not.toMatch(/Press delete to remove|use the arrow keys to move the node/i);
    // Each node says what Enter does instead.
    await expect(node(page, 'nginx')).toHaveAccessibleDescription(/Enter/);
  });

  test('axe finds no violations', async ({ page }) => {
    await openApp(page);
    expect(await axe(page)).toEqual([]);
  });

  test('loading the diagram logs no console error', async ({ page, problems }) => {
    await openApp(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
});

test.describe('phone 360×740', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('no horizontal scroll and every component within the page width', async ({ page }) => {
    await openApp(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    // The diagram's React Flow container clips its nodes (overflow: hidden): it must have room for them.
    const flow = (await page.locator('.react-flow').boundingBox())!;
    for (const id of IDS) {
      const box = (await node(page, id).boundingBox())!;
      expect(box, id).toBeTruthy();
      const clip = `${id} ${JSON.stringify(box)} not clipped by the diagram container ${JSON.stringify(flow)}`;
      expect(box.y, clip).toBeGreaterThanOrEqual(flow.y - 0.5);
      expect(box.y + box.height, clip).toBeLessThanOrEqual(flow.y + flow.height + 0.5);
      expect(box.x, `${id} left edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${id} right edge`).toBeLessThanOrEqual(360);
      expect(box.width, `${id} has a width`).toBeGreaterThan(20);
    }
  });

  test('the page scrolls vertically with a touch swipe over the diagram', async ({ page }) => {
    await openApp(page);
    const pane = page.locator('.react-flow__pane');
    await expect(pane).toHaveCount(1);
    const touchAction = await pane.evaluate((el) => getComputedStyle(el).touchAction);
    expect(touchAction).not.toBe('none');
    const heights = await page.evaluate(() => ({ doc: document.scrollingElement!.scrollHeight, view: window.innerHeight }));
    expect(heights.doc, 'the page is taller than the phone screen').toBeGreaterThan(heights.view);

    // A real touch swipe that starts on the diagram must scroll the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await page.locator('.diagram').boundingBox())!;
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(Math.min(box.y + 60, 700));
    const onDiagram = await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('.diagram'), [x, y]);
    expect(onDiagram, 'the swipe starts on the diagram').toBe(true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });
});
