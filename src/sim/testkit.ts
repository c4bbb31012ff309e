/** Test-data builders for the model's tests (not used by the app). */
import { createSimulation } from './simulation';
import type { Simulation, SimInput } from './simulation.types';
import type { ComponentGauge, Metrics, RequestRecord, SeriesPoint, SimConfig, SimEvent } from './types';

/** A model with the given config that has run `inputs` and then advanced to `until`. */
export function aRun(config: Partial<SimConfig>, inputs: readonly SimInput[], until: number): Simulation {
  const sim = createSimulation(config);
  for (const input of [...inputs].sort((a, b) => a.t - b.t)) sim.apply(input);
  sim.advanceTo(until);
  return sim;
}

/** Every retained event. */
export function allEvents(sim: Simulation): SimEvent[] {
  return sim.events(-Infinity, Infinity);
}

/** Finished records of every retained request. */
export function finished(sim: Simulation): RequestRecord[] {
  return sim.recentRequests(Number.MAX_SAFE_INTEGER).filter((r) => r.end !== undefined);
}

/** A config where only the application server takes time: for queueing checks. */
export const APP_ONLY: Partial<SimConfig> = {
  rttMs: 0,
  resolverRttMs: 0,
  rootMs: 0,
  tldMs: 0,
  authoritativeMs: 0,
  tlsCpuMs: 0,
  nginxStaticMs: 0,
  loopbackMs: 0,
  queriesPerRequest: 0,
  staticFraction: 0,
  appBacklog: 1_000_000,
  browsers: 1000,
};

/** A one-second chart sample: steady traffic under capacity, nothing failing. */
export function aSeriesPoint(t: number, over: Partial<SeriesPoint> = {}): SeriesPoint {
  return {
    t,
    arrivalRate: 20,
    pageArrivals: 14,
    throughput: 20,
    pagesServed: 14,
    filesServed: 6,
    p50: 0.05,
    p95: 0.1,
    errors: 0,
    failedP50: Number.NaN,
    failingNow: 0,
    appQueue: 0,
    appBusy: 1,
    ...over,
  };
}

const aGauge = (capacity: number): ComponentGauge => ({ status: 'up', busy: 1, capacity, queue: 0, queueCapacity: 0, utilisation: 0.2 });

/** Metrics of a healthy minute of traffic. */
export function aMetrics(over: Partial<Metrics> = {}): Metrics {
  return {
    t: 40,
    windowS: 30,
    arrived: 6000,
    completed: 5990,
    failed: { timeout: 0, refused: 0, reset: 0, 'bad-gateway': 0, 'gateway-timeout': 0, 'server-error': 0 },
    inFlight: 10,
    failingNow: 0,
    inFlightOk: 10,
    throughput: 150,
    p50: 0.06,
    p95: 0.2,
    p99: 0.3,
    pageThroughput: 105,
    pageP50: 0.08,
    pageP95: 0.2,
    availability: 1,
    availabilityWindow: 1,
    gauges: { nginx: aGauge(1536), 'app-server': { ...aGauge(5), queueCapacity: 511 }, mysql: aGauge(151) },
    ...over,
  };
}
