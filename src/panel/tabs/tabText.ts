/** The words a browser tab shows in each state (colour is never the only signal: each has a mark and text). */
import type { FailedOutcome } from '../../sim/types';
import type { BrowserTab } from '../../store/browserTabs';

export type TabMark = 'none' | 'spinner' | 'ok' | 'error';
export type TabTone = 'muted' | 'waiting' | 'failing' | 'ok' | 'bad';

export interface TabLine {
  mark: TabMark;
  tone: TabTone;
  text: string;
}

/** Short names of the errors, for the row of users (the full Chromium / Nginx text is in the browser window). */
export const SHORT_ERROR: Record<FailedOutcome, string> = {
  timeout: 'timed out',
  refused: 'refused',
  reset: 'reset',
  'bad-gateway': '502',
  'gateway-timeout': '504',
  'server-error': '500',
};

const wholeSeconds = (s: number) => `${Math.floor(s)} s`;

/** One line for the user's browser on the diagram: "✓ 200 OK · 83 ms", "Still waiting: 5 s", "✕ ERR_CONNECTION_TIMED_OUT". */
export function tabLine(tab: BrowserTab): TabLine {
  switch (tab.state) {
    case 'idle':
      return { mark: 'none', tone: 'muted', text: 'waiting to load' };
    case 'loading':
      return { mark: 'spinner', tone: 'waiting', text: tab.seconds < 1 ? 'Loading…' : `Loading… ${wholeSeconds(tab.seconds)}` };
    case 'failing':
      return { mark: 'spinner', tone: 'failing', text: `Still waiting: ${wholeSeconds(tab.seconds)}` };
    case 'done':
      return tab.outcome === 'ok'
        ? { mark: 'ok', tone: 'ok', text: `${tab.symptom || '200 OK'} · ${Math.round(tab.seconds * 1000)} ms` }
        : { mark: 'error', tone: 'bad', text: tab.symptom };
  }
}

/** A word or two for one user's tile: "OK", "loading", "5 s", "timed out", "502". */
export function tabShort(tab: BrowserTab): TabLine {
  switch (tab.state) {
    case 'idle':
      return { mark: 'none', tone: 'muted', text: 'not yet' };
    case 'loading':
      return { mark: 'spinner', tone: 'waiting', text: 'loading' };
    case 'failing':
      return { mark: 'spinner', tone: 'failing', text: `waiting ${wholeSeconds(tab.seconds)}` };
    case 'done':
      return tab.outcome === 'ok' ? { mark: 'ok', tone: 'ok', text: 'OK' } : { mark: 'error', tone: 'bad', text: SHORT_ERROR[tab.outcome] };
  }
}
