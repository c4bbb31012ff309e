/** A host page's view of the tool's messages: record every message the top window receives, then read them by type. */
import { expect, type Page } from '@playwright/test';

export interface Received {
  origin: string;
  data: { source?: string; type?: string; id?: unknown; state?: { select?: unknown } } | unknown;
}

/** An init script: record, in the top window only, every message it receives. */
export const RECORD_MESSAGES = () => {
  if (window.top !== window) return;
  const w = window as unknown as { __received: unknown[] };
  w.__received = [];
  window.addEventListener('message', (e) => w.__received.push({ origin: e.origin, data: e.data }));
};

export const received = (page: Page) => page.evaluate(() => (window as unknown as { __received: Received[] }).__received);

/** The tool's events of one type, in the order they came. */
export const ofType = (list: Received[], type: string) =>
  list.filter((m) => typeof m.data === 'object' && m.data !== null && (m.data as { source?: string }).source === 'web-stack-explorer' && (m.data as { type?: string }).type === type);

/**
 * The example host page with the tool framed and ready: the frame, the console's "ignored a message"
 * warnings as they come, and a way to post the tool a command as the host would.
 */
export async function openHostPage(page: Page) {
  await page.addInitScript(RECORD_MESSAGES);
  await page.goto('./embed-example.html');
  await expect.poll(async () => ofType(await received(page), 'ready').length).toBe(1);
  const app = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
  const ignored: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Web Stack Explorer ignored a message')) ignored.push(m.text());
  });
  const post = (message: unknown) => page.evaluate((m) => (document.getElementById('explorer') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);
  return { app, ignored, post };
}
