/**
 * What the live charts say they plot: captions, the capacity line's label and the note across an empty
 * latency chart. Pure, so the words are tested against the figures they describe.
 */
import { FAILING_AFTER_S } from '../../sim/failingNow';
import type { SeriesPoint } from '../../sim/types';
import type { Capacity } from './capacity';

/**
 * "application capacity 91 pages/s": what the dashed line is the capacity *of*, in the chart's own unit
 * (the slider's "≈ 130 req/s" counts the static files too, which Nginx serves alone).
 */
export function capacityLabel(c: Pick<Capacity, 'appRps'> & { servers?: number }): string {
  const of = c.servers && c.servers > 1 ? ` of ${c.servers} servers` : '';
  return `application capacity${of} ${Math.round(c.appRps)} pages/s`;
}

export function chartCaptions(c: Pick<Capacity, 'appRps' | 'staticFraction'> & { servers?: number }) {
  return {
    throughput:
      `Pages per second (dynamic requests, the ones the application must run): arriving (dotted) and served (solid); ` +
      `dashed line: ${capacityLabel(c)}. Static files (${Math.round(c.staticFraction * 100)} % of requests) are served by Nginx alone and are not plotted.`,
    latency:
      'Latency of successful pages: median (p50, solid) and 95th percentile (p95, dashed), ms. ' +
      'Failed requests are not in it; their median wait is the dotted line.',
    failures: `Failures: bars, requests that ended in an error each second; line, requests failing now (still waiting after ${FAILING_AFTER_S} s, or re-sending unanswered packets).`,
  };
}

/**
 * Across the latency chart when the newest second served no page: instead of a line at 0 ms, which
 * would read as "instant", say that nothing succeeded and since when.
 */
export function noPagesNote(series: readonly SeriesPoint[]): string | null {
  const last = series.at(-1);
  if (!last || last.pagesServed > 0) return null;
  const lastServed = series.findLast((p) => p.pagesServed > 0);
  return lastServed ? `no successful page since ${lastServed.t} s` : 'no successful page yet';
}
