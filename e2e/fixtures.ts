/**
 * Shared end-to-end helpers.
 *
 * `test` fails any test during which the page logged a console error or threw an uncaught error
 * (CSP violations are console errors in Chromium, so they are caught too). `axe()` returns
 * violations as a compact `{ id, impact, targets }` list so a failing assertion is readable.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Accessible names of the components, as src/sim/topology.ts gives them. */
export const COMPONENT_NAMES = {
  browser: "User's web browser",
  dns: 'DNS, the Domain Name System',
  resolver: 'Recursive DNS resolver',
  root: 'DNS root name server',
  tld: '.com top-level domain name server',
  authoritative: 'Authoritative name server for foobar.com',
  server: 'Server 8.8.8.8',
  nginx: 'Nginx web server',
  'app-server': 'Application server',
  'app-files': 'Application files (code base)',
  mysql: 'MySQL database',
} as const;

export type ComponentKey = keyof typeof COMPONENT_NAMES;

export interface PageProblem {
  kind: 'console' | 'pageerror' | 'csp';
  text: string;
}

interface Fixtures {
  /** Console errors, uncaught errors and CSP violations seen so far; the test fails if any remain at the end. */
  problems: PageProblem[];
}

/** Records `securitypolicyviolation` events in the page so tests can read them. */
export const CSP_LISTENER = () => {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
};

export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use, testInfo) => {
      const problems: PageProblem[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        // Chromium asks every page without an icon link for /favicon.ico; that 404 is the browser's, not the page's.
        if (/\/favicon\.ico$/.test(msg.location().url) && /404/.test(msg.text())) return;
        problems.push({ kind: 'console', text: msg.text() });
      });
      page.on('pageerror', (err) => problems.push({ kind: 'pageerror', text: `${err.name}: ${err.message}` }));
      await page.addInitScript(CSP_LISTENER);
      await use(problems);
      // Collect CSP violations the page recorded (the page may already be gone).
      const csp = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => [] as string[]);
      for (const text of csp) problems.push({ kind: 'csp', text });
      if (testInfo.status === testInfo.expectedStatus) {
        expect(problems, 'console errors, page errors or CSP violations during the test').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export interface CompactViolation {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/** axe-core with the WCAG 2.x A/AA tags (or only `rules`); violations as a short list. */
export async function axe(page: Page, include?: string, rules?: string[]): Promise<CompactViolation[]> {
  let builder = rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** The diagram node of a component. */
export function node(page: Page, id: ComponentKey): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/**
 * Open the app with a query string and wait until the diagram is drawn. The plain tool: predictions
 * (which stand before each scene's control) are off unless the query says `quiz=`; e2e/predict.spec.ts tests them.
 */
export async function openApp(page: Page, query = ''): Promise<void> {
  const bare = query.replace(/^\?/, '');
  const search = /(^|&)quiz=/.test(bare) ? bare : [bare, 'quiz=0'].filter(Boolean).join('&');
  await page.goto(`./?${search}`);
  await expect(node(page, 'nginx')).toBeVisible();
}

export interface DrawnPacket {
  x: number;
  y: number;
  packet: string;
}

/**
 * Packets drawn on the canvas now, in page coordinates (hook from src/diagram/packetTestHook.ts, built in
 * with VITE_TEST_HOOKS=1). Before the canvas mounts there are none; a build without the hook fails here.
 */
export function packets(page: Page): Promise<DrawnPacket[]> {
  return page.evaluate(() => {
    const fn = (window as unknown as { __webStackExplorerPackets?: () => DrawnPacket[] }).__webStackExplorerPackets;
    if (fn) return fn();
    if (document.querySelector('.packet-layer')) throw new Error('no packet hook: build with VITE_TEST_HOOKS=1');
    return [];
  });
}

/** Packet positions over a few animation frames. */
export function packetFrames(page: Page, frames: number): Promise<DrawnPacket[][]> {
  return page.evaluate(async (n) => {
    const fn = (window as unknown as { __webStackExplorerPackets?: () => DrawnPacket[] }).__webStackExplorerPackets;
    const out: DrawnPacket[][] = [];
    for (let i = 0; i < n; i++) {
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      out.push(fn ? fn() : []);
    }
    return out;
  }, frames);
}

/** The value shown in the metrics strip for a key (availability, served, timeout, refused, 502, 504, p50, p95…). */
export function metric(page: Page, key: string): Locator {
  return page.locator(`.metrics [data-metric="${key}"] dd`);
}

/** A metric as a number ("99.5 %" → 99.5; latencies in ms, "12.3 s" → 12300). */
export async function metricNumber(page: Page, key: string): Promise<number> {
  const text = (await metric(page, key).textContent()) ?? '';
  const m = /-?\d+(?:\.\d+)?/.exec(text.replace(/,/g, ''));
  if (!m) return Number.NaN;
  const n = Number(m[0]);
  return /\d\s*s$/.test(text.trim()) ? n * 1000 : n;
}

/** The simulated time the controls show, in seconds ("850.0 ms", "12.34 s", "3 min 20 s"). */
export async function simSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-time').textContent()) ?? '';
  const minutes = /^(\d+) min (\d+) s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const n = Number.parseFloat(text);
  return text.endsWith(' ms') ? n / 1000 : n;
}

/** Set the playback speed with the Speed slider (its steps are src/panel/speed.ts's SPEEDS). */
export async function setSpeed(page: Page, speed: 1 | 2 | 5 | 10 | 20 | 50 | 100): Promise<void> {
  const steps = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];
  const slider = page.getByRole('slider', { name: 'Speed' });
  await slider.fill(String(steps.indexOf(speed)));
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${speed}\\b`));
}

/** Pause playback (before axe: a page busy with traffic makes axe several times slower). */
export async function pause(page: Page): Promise<void> {
  const button = page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: /^(Play|Pause)$/ });
  if ((await button.textContent())?.includes('Pause')) await button.click();
  await expect(button).toHaveText('Play');
}

/** The step counter ("Step 3 of 47"). */
export function stepCounter(page: Page): Locator {
  return page.locator('.clock__step');
}

export function caption(page: Page): Locator {
  return page.getByTestId('caption');
}

/** The panel's tab by visible name. */
export async function openTab(page: Page, name: 'Explain' | 'Break it' | 'Events'): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Horizontal overflow of the document. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth);
}

/**
 * Resolves once the page has stopped scrolling: scrollY the same for three frames in a row. On a narrow
 * screen each journey step smooth-scrolls to what it lights (src/diagram/followActive.ts); a click
 * aimed while that scroll runs lands on whatever has moved under the pointer.
 */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = scrollY;
        let still = 0;
        const frame = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 3) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}
