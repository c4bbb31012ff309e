/**
 * Where the one server tops out, derived from the model's own configuration (`sim/capacity.ts`):
 * each application worker serves one dynamic request at a time, and the workers share the CPU cores,
 * so the application finishes at most min(workers ÷ service time, cores ÷ CPU time) requests a second,
 * and a little less while workers wait on each other for the cores. Static files never reach it.
 */
import { t, tn } from '../../i18n/t';
import { appCapacity } from '../../sim/capacity';
import { DEFAULT_CONFIG } from '../../sim/defaults';
import { asWritten } from './figure';

/** The inputs of the derivation, named as the model names them. */
export interface CapacityInputs {
  appWorkers: number;
  cpuCores: number;
  appServiceMs: number;
  /** Share of `appServiceMs` on a CPU core, 0..1. */
  appCpuShare: number;
  queriesPerRequest: number;
  queryMs: number;
  /** Share of requests Nginx serves alone, 0..1. */
  staticFraction: number;
}

/** What the panel shows: each step of the derivation, so the formula on screen matches the figure. */
export interface Capacity extends CapacityInputs {
  /** Time a worker is held by one dynamic request, ms (application code plus its SQL queries). */
  dynamicServiceMs: number;
  /** Of which CPU work, ms. */
  cpuMs: number;
  /** workers ÷ service time and cores ÷ CPU time, req/s. */
  workerLimitRps: number;
  cpuLimitRps: number;
  /** Dynamic requests per second the application can finish (workers sharing the cores). */
  appRps: number;
  /** Requests per second of the whole site (static + dynamic) when the application is saturated. */
  siteRps: number;
}

export const MODEL_CAPACITY_INPUTS: Readonly<CapacityInputs> = Object.freeze({
  appWorkers: DEFAULT_CONFIG.appWorkers,
  cpuCores: DEFAULT_CONFIG.cpuCores,
  appServiceMs: DEFAULT_CONFIG.appServiceMs,
  appCpuShare: DEFAULT_CONFIG.appCpuShare,
  queriesPerRequest: DEFAULT_CONFIG.queriesPerRequest,
  queryMs: DEFAULT_CONFIG.queryMs,
  staticFraction: DEFAULT_CONFIG.staticFraction,
});

/** The capacity for `inputs`; the site reaches it when the dynamic share of the arrivals does. */
export function deriveCapacity(inputs: CapacityInputs = MODEL_CAPACITY_INPUTS): Capacity {
  const a = appCapacity(inputs);
  return {
    ...inputs,
    dynamicServiceMs: a.serviceMs,
    cpuMs: a.cpuMs,
    workerLimitRps: a.workerLimitRps,
    cpuLimitRps: a.cpuLimitRps,
    appRps: a.rps,
    siteRps: a.siteRps,
  };
}

/** "5 workers ÷ 43 ms ≈ 116 req/s; 2 cores ÷ 20 ms of CPU = 100 req/s; together ≈ 91 req/s". */
export function appFormula(c: Capacity): string {
  const vars = {
    workers: tn(c.appWorkers, { one: '{n} worker', other: '{n} workers' }),
    ms: round(c.dynamicServiceMs),
    workerRps: Math.round(c.workerLimitRps),
  };
  if (!Number.isFinite(c.cpuLimitRps)) return t('{workers} ÷ {ms} ms ≈ {workerRps} req/s', vars);
  return t('{workers} ÷ {ms} ms ≈ {workerRps} req/s; {cores} ÷ {cpuMs} ms of CPU ≈ {cpuRps} req/s; together ≈ {rps} req/s', {
    ...vars,
    cores: tn(c.cpuCores, { other: '{n} cores' }),
    cpuMs: round(c.cpuMs),
    cpuRps: Math.round(c.cpuLimitRps),
    rps: Math.round(c.appRps),
  });
}

/** "91 ÷ (1 − 0.3) ≈ 130 req/s". */
export function siteFormula(c: Capacity): string {
  return `${Math.round(c.appRps)} ÷ (1 − ${asWritten(c.staticFraction)}) ≈ ${Math.round(c.siteRps)} req/s`;
}

/** The model's capacity, computed once. */
export const MODEL_CAPACITY: Readonly<Capacity> = Object.freeze(deriveCapacity());

function round(x: number): string {
  return asWritten(Number(x.toFixed(2)));
}
