/**
 * What browsers show: the user's browser window (the diagram's browser node and the panel's view) and
 * a row of a few users' browsers in traffic mode. Each is one request's state at the time shown, as the
 * model classifies it (sim/failingNow.ts); which request each follows is decided here, pure and tested.
 */
import { inFlightAt, isFailingNow } from '../sim/failingNow';
import type { Outcome, RequestRecord } from '../sim/types';

/** Users in the row: enough to read as people, few enough to fit a line. */
export const USERS_SHOWN = 10;
/** The browsers of those users (the model's ids 0…9 of its traffic sources); each follows its requests
 * as the user's window does (`nextFollowed`): a user waits for a page, and sees its error, before the next. */
export const USER_IDS: readonly number[] = Array.from({ length: USERS_SHOWN }, (_, i) => i);

/** A successful page stays on the browser window this long before it follows a newer request, s. */
export const HOLD_OK_S = 1;
/** An error page stays longer, so it can be read, s. */
export const HOLD_ERROR_S = 3;
/** A newly followed request has been on its way at least this long, so a healthy one is usually
 * already back (the window need not flash a spinner for every 80 ms page), s. */
export const FOLLOW_AGE_S = 0.5;

/** One browser tab at an instant. `seconds`: how long it has waited, or how long the answer took. */
export type BrowserTab =
  | { state: 'idle' }
  | { state: 'loading' | 'failing'; requestId: number; seconds: number }
  | { state: 'done'; requestId: number; outcome: Outcome; symptom: string; seconds: number };

export const IDLE_TAB: BrowserTab = { state: 'idle' };

/** The tab showing request `r` at time `now`: spinner while in flight (failing once the user would give up), then its result. */
export function tabOf(r: RequestRecord | undefined, now: number): BrowserTab {
  if (!r || r.start > now) return IDLE_TAB;
  if (inFlightAt(r, now)) return { state: isFailingNow(r, now) ? 'failing' : 'loading', requestId: r.id, seconds: now - r.start };
  return { state: 'done', requestId: r.id, outcome: r.outcome ?? 'ok', symptom: r.symptom ?? '', seconds: r.end! - r.start };
}

/** Same picture on screen: waits compared in whole seconds, results in milliseconds. */
export function sameTab(a: BrowserTab, b: BrowserTab): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'idle' || b.state === 'idle') return true;
  if (a.requestId !== b.requestId) return false;
  if (a.state === 'done') return Math.round(a.seconds * 1000) === Math.round(b.seconds * 1000);
  return Math.floor(a.seconds) === Math.floor(b.seconds);
}

export function sameTabs(a: readonly BrowserTab[], b: readonly BrowserTab[]): boolean {
  return a === b || (a.length === b.length && a.every((t, i) => sameTab(t, b[i]!)));
}

/**
 * Which request the user's browser window follows in traffic mode: the one it follows until that ends
 * and its page has been on screen `HOLD_OK_S` (an error page `HOLD_ERROR_S`), then the newest that has
 * been on its way `FOLLOW_AGE_S`. So when the server dies the window soon follows a request that
 * hangs, spins, and ends on the browser's error page.
 *
 * The holds are what a reader needs at 1×: at a faster `speed` they stretch with it, so an error page
 * still stays its 3 s on screen at 50× instead of flashing for 60 ms.
 */
export function nextFollowed(
  followed: RequestRecord | undefined,
  now: number,
  newestBy: (t: number) => RequestRecord | undefined,
  speed = 1,
): RequestRecord | undefined {
  if (followed && followed.start <= now) {
    if (inFlightAt(followed, now)) return followed;
    const hold = (followed.outcome === 'ok' ? HOLD_OK_S : HOLD_ERROR_S) * Math.max(1, speed);
    if (now < followed.end! + hold) return followed;
  }
  return newestBy(now - FOLLOW_AGE_S) ?? newestBy(now);
}
