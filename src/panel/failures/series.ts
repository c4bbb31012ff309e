/**
 * Reading the model's one-second series for the failures tab: the visible window, what failed during a
 * maintenance window, and a selector that keeps the same array until the series really changes.
 */
import type { SeriesPoint } from '../../sim/types';
import type { UiState } from '../../store/ui';

/** How much simulated time the charts and the deploy timeline show, s. */
export const VISIBLE_S = 60;
/** Rows in each chart's table alternative. */
export const TABLE_ROWS = 20;

/** The time axis the charts share: the last `VISIBLE_S` seconds up to now (never before 0). */
export function visibleDomain(now: number, span = VISIBLE_S): [number, number] {
  const end = Math.max(now, span);
  return [end - span, end];
}

/** Sample `t` covers the simulated second [t − 1, t) (the model's convention); this is its start. */
export function sampleStart(point: Pick<SeriesPoint, 't'>): number {
  return point.t - 1;
}

/**
 * Does the sample's second overlap the window [start, end)? Failures are counted in the second they
 * end in, so every second the window touches holds some of them.
 */
export function inWindow(point: Pick<SeriesPoint, 't'>, start: number, end: number): boolean {
  return sampleStart(point) < end && point.t > start;
}

export interface WindowFailures {
  failed: number;
  /** Seconds of the window the retained series still covers. */
  seconds: number;
}

/** Failed requests counted in the seconds a window touches. */
export function failuresInWindow(series: readonly SeriesPoint[], start: number, end: number): WindowFailures {
  let failed = 0;
  let seconds = 0;
  for (const p of series) {
    if (!inWindow(p, start, end)) continue;
    failed += p.errors;
    seconds += 1;
  }
  return { failed, seconds };
}

/** Equal, NaN included (a second with no page has NaN latency). */
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** Same length, same samples (by value): the charts need not redraw. */
export function sameSeries(a: readonly SeriesPoint[], b: readonly SeriesPoint[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (
      p.t !== q.t ||
      p.arrivalRate !== q.arrivalRate ||
      p.pageArrivals !== q.pageArrivals ||
      p.throughput !== q.throughput ||
      p.pagesServed !== q.pagesServed ||
      !same(p.p50, q.p50) ||
      !same(p.p95, q.p95) ||
      !same(p.failedP50, q.failedP50) ||
      p.errors !== q.errors ||
      p.failingNow !== q.failingNow
    )
      return false;
  }
  return true;
}

/**
 * A store selector that returns the previous series array while the samples are equal, so a chart
 * subscribed through it re-renders only when a sample changes, not at every publish (~4×/s).
 */
export function makeSeriesSelector(): (s: UiState) => SeriesPoint[] {
  let last: SeriesPoint[] = [];
  return (s) => {
    if (!sameSeries(last, s.live.series)) last = s.live.series;
    return last;
  };
}

/** The last `n` samples, for a table. */
export function lastPoints(series: readonly SeriesPoint[], n = TABLE_ROWS): SeriesPoint[] {
  return series.slice(Math.max(0, series.length - n));
}
