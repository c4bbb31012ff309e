/** Metrics, chart series and instantaneous state, all derived from request records and the gauge log. */
import { failingFrom } from './failingNow';
import { unpackStatus } from './gaugeLog';
import type { Model } from './model';
import { FAILED_OUTCOMES, type ComponentStatus, type Metrics, type SeriesPoint, type SimState } from './types';

/** Nearest-rank percentile of sorted values; 0 when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))]!;
}

/** A process that is down does no work: its utilisation is 0 now, not the average of the minute before. */
function utilisation(status: ComponentStatus, windowMean: number): number {
  return status === 'down' ? 0 : windowMean;
}

export function stateAt(m: Model, time: number): SimState {
  const g = m.gauges;
  const t = Math.min(Math.max(time, g.firstTime), m.now);
  const row = g.rowAt(t);
  const c = m.config;
  const w = c.windowS;
  const status = unpackStatus(g.value(row, 'status'));
  // The gauges sum every server's (and every database's) counts.
  const servers = m.servers.length;
  const databases = m.databases.length;
  return {
    t,
    status,
    inFlight: g.value(row, 'inFlight'),
    gauges: {
      nginx: {
        status: status.nginx,
        busy: g.value(row, 'nginxBusy'),
        capacity: c.nginxConnections * servers,
        queue: 0,
        queueCapacity: 0,
        utilisation: utilisation(status.nginx, g.meanBusy(0, t, w) / (c.nginxConnections * servers)),
      },
      'app-server': {
        status: status['app-server'],
        busy: g.value(row, 'appBusy'),
        capacity: c.appWorkers * servers,
        queue: g.value(row, 'appQueue'),
        queueCapacity: c.appBacklog * servers,
        utilisation: utilisation(status['app-server'], g.meanBusy(1, t, w) / (c.appWorkers * servers)),
      },
      mysql: {
        status: status.mysql,
        busy: g.value(row, 'mysqlBusy'),
        capacity: c.mysqlMaxConnections * databases,
        queue: g.value(row, 'mysqlQueue'),
        queueCapacity: c.appWorkers * servers,
        utilisation: utilisation(status.mysql, g.meanBusy(2, t, w) / (c.mysqlMaxConnections * databases)),
      },
    },
  };
}

export function metricsOf(m: Model): Metrics {
  const now = m.now;
  const windowS = m.config.windowS;
  const from = now - windowS;
  const totals = { ...m.requests.dropped };
  let inFlight = 0;
  let failingNow = 0;
  let okWindow = 0;
  let finishedWindow = 0;
  const latencies: number[] = [];
  const pageLatencies: number[] = [];
  const { list, head } = m.requests;
  for (let i = head; i < list.length; i++) {
    const r = list[i]!;
    totals.arrived++;
    if (!r.done) {
      inFlight++;
      if (failingFrom(r) <= now) failingNow++;
      continue;
    }
    totals[r.outcome!]++;
    if (r.end > from) {
      finishedWindow++;
      if (r.outcome === 'ok') {
        okWindow++;
        latencies.push(r.end - r.start);
        if (r.dynamic) pageLatencies.push(r.end - r.start);
      }
    }
  }
  const sorted = Float64Array.from(latencies).sort();
  const pages = Float64Array.from(pageLatencies).sort();
  const finished = totals.arrived - inFlight;
  const span = Math.min(windowS, now);
  const failed = { timeout: 0, refused: 0, reset: 0, 'bad-gateway': 0, 'gateway-timeout': 0, 'server-error': 0 };
  for (const o of FAILED_OUTCOMES) failed[o] = totals[o];
  const failedAll: Metrics['failed'] = m.balancer ? { ...failed, unavailable: totals.unavailable } : failed;
  // Requests failing now count against availability at once, before they end.
  const judged = finished + failingNow;
  const judgedWindow = finishedWindow + failingNow;
  return {
    t: now,
    windowS,
    arrived: totals.arrived,
    completed: totals.ok,
    failed: failedAll,
    inFlight,
    failingNow,
    inFlightOk: inFlight - failingNow,
    throughput: span > 0 ? okWindow / span : 0,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    pageThroughput: span > 0 ? pages.length / span : 0,
    pageP50: percentile(pages, 0.5),
    pageP95: percentile(pages, 0.95),
    availability: judged > 0 ? totals.ok / judged : 1,
    availabilityWindow: judgedWindow > 0 ? okWindow / judgedWindow : 1,
    gauges: stateAt(m, now).gauges,
  };
}

/**
 * One point per whole simulated second `s` (covering `[s − 1, s)`) over the window. Latencies are of
 * successful dynamic requests only (the application's pages; static files take Nginx alone, and
 * failures are not successes), NaN in a second where none succeeded, so a chart draws a gap.
 */
export function seriesOf(m: Model): SeriesPoint[] {
  const last = Math.floor(m.now);
  const first = Math.max(1, last - m.config.windowS + 1, Math.ceil(m.gauges.firstTime) + 1);
  const n = last - first + 1;
  if (n <= 0) return [];
  const zeros = () => new Array<number>(n).fill(0);
  const arrivals = zeros();
  const pageArrivals = zeros();
  const pagesServed = zeros();
  const filesServed = zeros();
  const errors = zeros();
  // +1 where a request starts failing, −1 where it ends: a running sum gives the count at each second.
  const failingDelta = new Array<number>(n + 1).fill(0);
  const pageLat: number[][] = Array.from({ length: n }, () => []);
  const failLat: number[][] = Array.from({ length: n }, () => []);
  const bucket = (t: number): number => Math.floor(t) + 1 - first;
  // The sample of second `s` is the state at instant `s`: the first sample at or after time t.
  const sampleAtOrAfter = (t: number): number => Math.max(0, Math.ceil(t) - first);
  const { list, head } = m.requests;
  for (let i = head; i < list.length; i++) {
    const r = list[i]!;
    const a = bucket(r.start);
    if (a >= 0 && a < n) {
      arrivals[a]!++;
      if (r.dynamic) pageArrivals[a]!++;
    }
    const failFrom = sampleAtOrAfter(failingFrom(r));
    const failTo = r.done ? sampleAtOrAfter(r.end) : n;
    if (failFrom < failTo && failFrom < n) {
      failingDelta[failFrom]!++;
      failingDelta[Math.min(failTo, n)]!--;
    }
    if (!r.done) continue;
    const e = bucket(r.end);
    if (e < 0 || e >= n) continue;
    if (r.outcome !== 'ok') {
      errors[e]!++;
      failLat[e]!.push(r.end - r.start);
    } else if (r.dynamic) {
      pagesServed[e]!++;
      pageLat[e]!.push(r.end - r.start);
    } else filesServed[e]!++;
  }
  const out: SeriesPoint[] = [];
  let failing = 0;
  for (let i = 0; i < n; i++) {
    const s = first + i;
    failing += failingDelta[i]!;
    const pages = Float64Array.from(pageLat[i]!).sort();
    const fails = Float64Array.from(failLat[i]!).sort();
    const row = m.gauges.rowAt(s);
    out.push({
      t: s,
      arrivalRate: arrivals[i]!,
      pageArrivals: pageArrivals[i]!,
      throughput: pagesServed[i]! + filesServed[i]!,
      pagesServed: pagesServed[i]!,
      filesServed: filesServed[i]!,
      p50: pages.length ? percentile(pages, 0.5) : Number.NaN,
      p95: pages.length ? percentile(pages, 0.95) : Number.NaN,
      errors: errors[i]!,
      failedP50: fails.length ? percentile(fails, 0.5) : Number.NaN,
      failingNow: failing,
      appQueue: m.gauges.value(row, 'appQueue'),
      appBusy: m.gauges.value(row, 'appBusy'),
    });
  }
  return out;
}
