/**
 * The traffic slider's non-linear scale: fine steps near the server's capacity, coarse ones far from it,
 * so the interesting region (where queues grow) is a few key presses away.
 */
import { t } from '../../i18n/t';

/** Requests per second a learner can pick, before the capacity itself is added. */
export const BASE_STOPS: readonly number[] = [
  0, 1, 2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 125, 130, 140, 150, 160, 170, 175, 180, 190, 200, 250,
  300, 400, 500, 750, 1000, 1500, 2000,
];

/** The stops, with the rounded capacity added so "exactly at capacity" is reachable. */
export function rateStops(capacity: number, base: readonly number[] = BASE_STOPS): number[] {
  const extra = Number.isFinite(capacity) ? [Math.round(capacity)] : [];
  return [...new Set([...base, ...extra])].sort((a, b) => a - b);
}

/** Index of the stop nearest to `rps` (a rate from the URL may fall between stops). */
export function nearestStop(stops: readonly number[], rps: number): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(stops[i]! - rps) < Math.abs(stops[best]! - rps)) best = i;
  }
  return best;
}

/** Where a value sits along the slider, 0..1, interpolating between stops. */
export function stopFraction(stops: readonly number[], value: number): number {
  if (stops.length < 2) return 0;
  const last = stops.length - 1;
  if (value <= stops[0]!) return 0;
  if (value >= stops[last]!) return 1;
  const i = stops.findIndex((s) => s >= value);
  const lo = stops[i - 1]!;
  const hi = stops[i]!;
  return (i - 1 + (value - lo) / (hi - lo)) / last;
}

/** Capacity as a learner compares against it: "below", "at" (within ±2 %) or "above". */
export function loadWord(rps: number, capacity: number): 'below' | 'at' | 'above' {
  if (Math.abs(rps - capacity) <= capacity * 0.02) return 'at';
  return rps < capacity ? 'below' : 'above';
}

/** "125 requests per second (below capacity 130)". */
export function rateValueText(rps: number, capacity: number): string {
  const vars = { rps, capacity: Math.round(capacity) };
  const word = loadWord(rps, capacity);
  if (word === 'below') return t('{rps} requests per second (below capacity {capacity})', vars);
  if (word === 'at') return t('{rps} requests per second (at capacity {capacity})', vars);
  return t('{rps} requests per second (above capacity {capacity})', vars);
}

/** "125 req/s · at capacity", beside the slider. */
export function rateShortText(rps: number, capacity: number): string {
  const word = loadWord(rps, capacity);
  if (word === 'below') return t('{rps} req/s · below capacity', { rps });
  if (word === 'at') return t('{rps} req/s · at capacity', { rps });
  return t('{rps} req/s · above capacity', { rps });
}
