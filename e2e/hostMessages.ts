/** A host page's view of the tool's messages: record every message the top window receives, then read them by type. */
import type { Page } from '@playwright/test';

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
