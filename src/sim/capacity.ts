/**
 * The application's capacity, derived from the model's own configuration, and the simplifications
 * the screen must state. Views show these; they never compute queueing themselves.
 */
import { CONNECT_TIMEOUT_S, DEFAULT_CONFIG, NGINX_WORKER_CONNECTIONS, NGINX_WORKER_PROCESSES } from './defaults';
import { closedNetworkRps } from './queueing';
import type { SimConfig } from './types';

type CapacityConfig = Pick<
  SimConfig,
  'appWorkers' | 'cpuCores' | 'appServiceMs' | 'appCpuShare' | 'queriesPerRequest' | 'queryMs' | 'staticFraction'
>;

/** Each step of the derivation, so a formula on screen can match the figure. */
export interface AppCapacity {
  workers: number;
  cores: number;
  /** Time a worker is held by one dynamic request, ms: CPU + waiting + SQL queries (loopback hops, 0.4 ms, left out). */
  serviceMs: number;
  /** Of which on a CPU core, ms. */
  cpuMs: number;
  /** Workers ÷ service time, req/s: the limit if the cores were never short. */
  workerLimitRps: number;
  /** Cores ÷ CPU time, req/s: the limit however many workers there are. */
  cpuLimitRps: number;
  /** Which of the two limits is lower. */
  limitedBy: 'workers' | 'cpu';
  /** Dynamic requests per second the application finishes when it is never idle (workers sharing the cores). */
  rps: number;
  /** Requests per second of the whole site (static + dynamic) when the application is saturated. */
  siteRps: number;
}

/** The application's capacity under `config` (the model's defaults if omitted). */
export function appCapacity(config: Readonly<CapacityConfig> = DEFAULT_CONFIG): AppCapacity {
  const c = config;
  const cpuMs = c.appServiceMs * c.appCpuShare;
  const waitMs = c.appServiceMs - cpuMs + c.queriesPerRequest * c.queryMs;
  const serviceMs = cpuMs + waitMs;
  const workerLimitRps = (c.appWorkers * 1000) / serviceMs;
  const cpuLimitRps = cpuMs > 0 ? (c.cpuCores * 1000) / cpuMs : Infinity;
  const rps = closedNetworkRps(c.appWorkers, waitMs / 1000, cpuMs / 1000, c.cpuCores);
  const dynamicShare = 1 - c.staticFraction;
  return {
    workers: c.appWorkers,
    cores: c.cpuCores,
    serviceMs,
    cpuMs,
    workerLimitRps,
    cpuLimitRps,
    limitedBy: cpuLimitRps < workerLimitRps ? 'cpu' : 'workers',
    rps,
    // With no dynamic requests at all the application never limits the site.
    siteRps: dynamicShare > 0 ? rps / dynamicShare : Infinity,
  };
}

/** The model's capacity with its defaults, computed once. */
export const MODEL_APP_CAPACITY: Readonly<AppCapacity> = Object.freeze(appCapacity());

const pct = (x: number): string => `${Math.round(x * 100)} %`;
const d = DEFAULT_CONFIG;

/** What the model assumes or leaves out, for the screen to say (each with where it comes from). */
export const MODEL_ASSUMPTIONS: readonly { id: string; text: string }[] = Object.freeze([
  {
    id: 'cpu-share',
    text: `Of the application’s ${d.appServiceMs} ms per page, ${pct(d.appCpuShare)} is CPU work and the rest waits on I/O, as do its ${d.queriesPerRequest} SQL queries. An assumption: Gunicorn’s (2 × cores) + 1 rule supposes one worker computes while another waits.`,
  },
  {
    id: 'cores',
    text: `The ${d.cpuCores} CPU cores are shared equally by the workers computing at that moment, so workers beyond what the cores can feed add waiting, not throughput. Nginx’s and MySQL’s own CPU use is left out.`,
  },
  {
    id: 'connections',
    text: `Nginx’s ${NGINX_WORKER_PROCESSES} × ${NGINX_WORKER_CONNECTIONS} worker_connections are counted as one pool of ${d.nginxConnections}; a proxied request holds two (the browser’s and the one to the application server).`,
  },
  {
    id: 'linux',
    text: `Timeouts are a Linux client’s (kernel 6.5 or newer): an unanswered connection gives up after ${CONNECT_TIMEOUT_S} s. Windows gives up after about 20 to 30 s (21 s documented for Windows 7), macOS after 75 s.`,
  },
]);
