/**
 * Where the one server tops out, derived from the model's own defaults (content.md §4.1, utilisation
 * law): each application worker serves one dynamic request at a time, so the application can finish at
 * most workers ÷ service time requests a second. Static files never reach it.
 */
import { capacityRps } from '../../sim/queueing';
import { APP_SERVICE_MS, APP_WORKERS, QUERIES_PER_REQUEST, QUERY_MS, STATIC_FRACTION } from '../../sim/defaults';

/** The inputs of the derivation, named as the model names them. */
export interface CapacityInputs {
  appWorkers: number;
  appServiceMs: number;
  queriesPerRequest: number;
  queryMs: number;
  /** Share of requests Nginx serves alone, 0..1. */
  staticFraction: number;
}

/** What the panel shows: each step of the derivation, so the formula on screen matches the figure. */
export interface Capacity extends CapacityInputs {
  /** Time a worker is held by one dynamic request, ms (application code plus its SQL queries). */
  dynamicServiceMs: number;
  /** Dynamic requests per second the application workers can finish. */
  appRps: number;
  /** Requests per second of the whole site (static + dynamic) when the application is saturated. */
  siteRps: number;
}

export const MODEL_CAPACITY_INPUTS: Readonly<CapacityInputs> = Object.freeze({
  appWorkers: APP_WORKERS,
  appServiceMs: APP_SERVICE_MS,
  queriesPerRequest: QUERIES_PER_REQUEST,
  queryMs: QUERY_MS,
  staticFraction: STATIC_FRACTION,
});

/**
 * capacity = workers ÷ (APP_SERVICE_MS + queries × QUERY_MS); the site as a whole reaches it when the
 * dynamic share of the arrivals does, i.e. at app capacity ÷ (1 − staticFraction).
 */
export function deriveCapacity(inputs: CapacityInputs = MODEL_CAPACITY_INPUTS): Capacity {
  const dynamicServiceMs = inputs.appServiceMs + inputs.queriesPerRequest * inputs.queryMs;
  const appRps = capacityRps(inputs.appWorkers, dynamicServiceMs / 1000);
  const dynamicShare = 1 - inputs.staticFraction;
  // With no dynamic requests at all the application never limits the site.
  const siteRps = dynamicShare > 0 ? appRps / dynamicShare : Infinity;
  return { ...inputs, dynamicServiceMs, appRps, siteRps };
}

/** "5 workers ÷ 43 ms ≈ 116 req/s". */
export function appFormula(c: Capacity): string {
  return `${c.appWorkers} workers ÷ ${round(c.dynamicServiceMs)} ms ≈ ${Math.round(c.appRps)} req/s`;
}

/** "116 ÷ (1 − 0.3) ≈ 166 req/s". */
export function siteFormula(c: Capacity): string {
  return `${Math.round(c.appRps)} ÷ (1 − ${c.staticFraction}) ≈ ${Math.round(c.siteRps)} req/s`;
}

/** The model's capacity, computed once. */
export const MODEL_CAPACITY: Readonly<Capacity> = Object.freeze(deriveCapacity());

function round(x: number): string {
  return String(Number(x.toFixed(2)));
}
