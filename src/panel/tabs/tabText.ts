/** The words a browser tab shows in each state (colour is never the only signal: each has a mark and text). */
import type { BrowserTab } from '../../playback/browserTabs';
import { figures } from '../../i18n/figures';
import { t } from '../../i18n/t';

export type TabMark = 'none' | 'spinner' | 'ok' | 'error';
export type TabTone = 'muted' | 'waiting' | 'failing' | 'ok' | 'bad';

export interface TabLine {
  mark: TabMark;
  tone: TabTone;
  text: string;
}

/** "5 s": waits are shown in whole seconds. */
export const wholeSeconds = (s: number) => figures(`${Math.floor(s)} s`);

/** One line for the user's browser on the diagram: "✓ 200 OK · 83 ms", "Still waiting: 5 s", "✕ ERR_CONNECTION_TIMED_OUT". */
export function tabLine(tab: BrowserTab): TabLine {
  switch (tab.state) {
    case 'idle':
      return { mark: 'none', tone: 'muted', text: t('waiting to load') };
    case 'loading':
      return { mark: 'spinner', tone: 'waiting', text: tab.seconds < 1 ? t('Loading…') : t('Loading… {s}', { s: wholeSeconds(tab.seconds) }) };
    case 'failing':
      return { mark: 'spinner', tone: 'failing', text: t('Still waiting: {s}', { s: wholeSeconds(tab.seconds) }) };
    case 'done':
      return tab.outcome === 'ok'
        ? { mark: 'ok', tone: 'ok', text: `${tab.symptom || '200 OK'} · ${figures(`${Math.round(tab.seconds * 1000)} ms`)}` }
        : { mark: 'error', tone: 'bad', text: tab.symptom };
  }
}
