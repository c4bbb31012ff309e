/** Metrics, chart series and instantaneous state, all derived from request records and the gauge log. */
import { unpackStatus } from './gaugeLog';
import type { Model } from './model';
import { FAILED_OUTCOMES, type Metrics, type SeriesPoint, type SimState } from './types';

/** Nearest-rank percentile of sorted values; 0 when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))]!;
}

export function stateAt(m: Model, time: number): SimState {
  const g = m.gauges;
  const t = Math.min(Math.max(time, g.firstTime), m.now);
  const row = g.rowAt(t);
  const c = m.config;
  const w = c.windowS;
  const status = unpackStatus(g.value(row, 'status'));
  return {
    t,
    status,
    inFlight: g.value(row, 'inFlight'),
    gauges: {
      nginx: {
        status: status.nginx,
        busy: g.value(row, 'nginxBusy'),
        capacity: c.nginxConnections,
        queue: 0,
        queueCapacity: 0,
        utilisation: g.meanBusy(0, t, w) / c.nginxConnections,
      },
      'app-server': {
        status: status['app-server'],
        busy: g.value(row, 'appBusy'),
        capacity: c.appWorkers,
        queue: g.value(row, 'appQueue'),
        queueCapacity: c.appBacklog,
        utilisation: g.meanBusy(1, t, w) / c.appWorkers,
      },
      mysql: {
        status: status.mysql,
        busy: g.value(row, 'mysqlBusy'),
        capacity: c.mysqlMaxConnections,
        queue: g.value(row, 'mysqlQueue'),
        queueCapacity: c.appWorkers,
        utilisation: g.meanBusy(2, t, w) / c.mysqlMaxConnections,
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
  let okWindow = 0;
  let finishedWindow = 0;
  const latencies: number[] = [];
  const { list, head } = m.requests;
  for (let i = head; i < list.length; i++) {
    const r = list[i]!;
    totals.arrived++;
    if (!r.done) {
      inFlight++;
      continue;
    }
    totals[r.outcome!]++;
    if (r.end > from) {
      finishedWindow++;
      if (r.outcome === 'ok') {
        okWindow++;
        latencies.push(r.end - r.start);
      }
    }
  }
  const sorted = Float64Array.from(latencies).sort();
  const finished = totals.arrived - inFlight;
  const span = Math.min(windowS, now);
  const failed = { timeout: 0, refused: 0, reset: 0, 'bad-gateway': 0, 'gateway-timeout': 0, 'server-error': 0 };
  for (const o of FAILED_OUTCOMES) failed[o] = totals[o];
  return {
    t: now,
    windowS,
    arrived: totals.arrived,
    completed: totals.ok,
    failed,
    inFlight,
    throughput: span > 0 ? okWindow / span : 0,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    availability: finished > 0 ? totals.ok / finished : 1,
    availabilityWindow: finishedWindow > 0 ? okWindow / finishedWindow : 1,
    gauges: stateAt(m, now).gauges,
  };
}

/** One point per whole simulated second `s` (covering `[s − 1, s)`) over the window. */
export function seriesOf(m: Model): SeriesPoint[] {
  const last = Math.floor(m.now);
  const first = Math.max(1, last - m.config.windowS + 1, Math.ceil(m.gauges.firstTime) + 1);
  const n = last - first + 1;
  if (n <= 0) return [];
  const arrivals = new Array<number>(n).fill(0);
  const errors = new Array<number>(n).fill(0);
  const lat: number[][] = Array.from({ length: n }, () => []);
  const bucket = (t: number): number => Math.floor(t) + 1 - first;
  const { list, head } = m.requests;
  for (let i = head; i < list.length; i++) {
    const r = list[i]!;
    const a = bucket(r.start);
    if (a >= 0 && a < n) arrivals[a]!++;
    if (!r.done) continue;
    const e = bucket(r.end);
    if (e < 0 || e >= n) continue;
    if (r.outcome === 'ok') lat[e]!.push(r.end - r.start);
    else errors[e]!++;
  }
  const out: SeriesPoint[] = [];
  for (let i = 0; i < n; i++) {
    const s = first + i;
    const sorted = Float64Array.from(lat[i]!).sort();
    const row = m.gauges.rowAt(s);
    out.push({
      t: s,
      arrivalRate: arrivals[i]!,
      throughput: sorted.length,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      errors: errors[i]!,
      appQueue: m.gauges.value(row, 'appQueue'),
      appBusy: m.gauges.value(row, 'appBusy'),
    });
  }
  return out;
}
