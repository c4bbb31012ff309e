/**
 * "Failing now": a request that has not ended yet but that its user would already count as failed.
 * Without it a dead server looks healthy for as long as the browsers keep waiting (127 s on Linux):
 * nothing has *finished* failing, so every finished-only figure still reads 100 %.
 */

/**
 * How long a user waits for a page before counting it as failed, s. "53 % of mobile site visits are
 * abandoned if a page takes longer than 3 seconds to load" (Think with Google, 2016:
 * https://www.thinkwithgoogle.com/marketing-strategies/app-and-mobile/mobile-page-speed-new-industry-benchmarks/).
 */
export const FAILING_AFTER_S = 3;

/** What decides it: when the request started, when it ended (absent or NaN while in flight), and
 * when the browser first had to re-send a packet nobody answered (absent or NaN: never). */
export interface Timed {
  start: number;
  end?: number;
  stalledAt?: number;
}

/**
 * The instant from which a request counts as failing while it is still in flight: once it has waited
 * `FAILING_AFTER_S`, or earlier, as soon as its browser re-sends an unanswered packet (its SYN after
 * the 1 s retransmission timeout): the browser itself then knows nobody is answering.
 */
export function failingFrom(r: Timed): number {
  const patience = r.start + FAILING_AFTER_S;
  const stalled = r.stalledAt;
  return stalled !== undefined && stalled < patience ? stalled : patience;
}

/** In flight at `now`: started, and not ended by then (a record may already hold a later end). */
export function inFlightAt(r: Timed, now: number): boolean {
  return r.start <= now && !(r.end !== undefined && r.end <= now);
}

/** Still in flight at `now` and already counted as failing. */
export function isFailingNow(r: Timed, now: number): boolean {
  return inFlightAt(r, now) && failingFrom(r) <= now;
}
