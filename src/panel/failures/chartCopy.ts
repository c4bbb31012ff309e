/**
 * What the live charts say they plot: captions, the capacity line's label and the note across an empty
 * latency chart. Pure, so the words are tested against the figures they describe.
 */
import { t } from '../../i18n/t';
import { FAILING_AFTER_S } from '../../sim/failingNow';
import type { SeriesPoint } from '../../sim/types';
import type { Capacity } from './capacity';

/**
 * "application capacity 91 pages/s": what the dashed line is the capacity *of*, in the chart's own unit
 * (the slider's "≈ 130 req/s" counts the static files too, which Nginx serves alone).
 */
export function capacityLabel(c: Pick<Capacity, 'appRps'> & { servers?: number }): string {
  const n = Math.round(c.appRps);
  return c.servers && c.servers > 1 ? t('application capacity of {servers} servers {n} pages/s', { servers: c.servers, n }) : t('application capacity {n} pages/s', { n });
}

export function chartCaptions(c: Pick<Capacity, 'appRps' | 'staticFraction'> & { servers?: number }) {
  return {
    throughput: t(
      'Pages per second (dynamic requests, the ones the application must run): arriving (dotted) and served (solid); dashed line: {capacity}. Static files ({pct} % of requests) are served by Nginx alone and are not plotted.',
      { capacity: capacityLabel(c), pct: Math.round(c.staticFraction * 100) },
    ),
    latency: t(
      'Latency of successful pages: median (p50, solid) and 95th percentile (p95, dashed), ms. Failed requests are not in it; their median wait is the dotted line.',
    ),
    failures: t(
      'Failures: bars, requests that ended in an error each second; line, requests failing now (still waiting after {s} s, or re-sending unanswered packets).',
      { s: FAILING_AFTER_S },
    ),
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
  return lastServed ? t('no successful page since {s} s', { s: lastServed.t }) : t('no successful page yet');
}
