/** The words of one user's tile in the row of users (loaded with the row, in traffic mode only). */
import type { FailedOutcome } from '../../sim/types';
import type { BrowserTab } from '../../playback/browserTabs';
import { wholeSeconds, type TabLine } from './tabText';
import { t } from '../../i18n/t';

/** Short names of the errors, for the row of users (the full Chromium / Nginx text is in the browser window). */
export function shortError(outcome: FailedOutcome): string {
  switch (outcome) {
    case 'timeout':
      return t('timed out');
    case 'refused':
      return t('refused');
    case 'reset':
      return t('reset');
    case 'bad-gateway':
      return '502';
    case 'gateway-timeout':
      return '504';
    case 'server-error':
      return '500';
    case 'unavailable':
      return '503';
  }
}

/** A word or two for one user's tile: "OK", "0 s" (waiting), "5 s" (failing: the tile says so in its border and to screen readers), "timed out", "502". */
export function tabShort(tab: BrowserTab): TabLine {
  switch (tab.state) {
    case 'idle':
      return { mark: 'none', tone: 'muted', text: t('not yet') };
    case 'loading':
      return { mark: 'spinner', tone: 'waiting', text: wholeSeconds(tab.seconds) };
    case 'failing':
      return { mark: 'spinner', tone: 'failing', text: wholeSeconds(tab.seconds) };
    case 'done':
      return tab.outcome === 'ok' ? { mark: 'ok', tone: 'ok', text: 'OK' } : { mark: 'error', tone: 'bad', text: shortError(tab.outcome) };
  }
}
