/**
 * The model's public contract: what views may read. Times are simulated seconds from the start.
 */
import type { ModelFix, StackComponentId, StackLinkId } from './stackIds';
import type { ComponentId, LinkId } from './topology';

export type FailureKind =
  /** The whole machine is off: SYNs go unanswered, requests in flight are lost. */
  | 'server-down'
  /** `systemctl restart nginx`: ports 80/443 closed for the window, connections refused. */
  | 'nginx-restart'
  /** `nginx -s reload`: new workers start, old ones finish their requests; nothing is lost. */
  | 'nginx-reload'
  /** The application server restarts (a deploy): Nginx answers 502 Bad Gateway meanwhile. */
  | 'app-restart'
  /** The application becomes slow (service time multiplied), past Nginx's proxy timeout: 504. */
  | 'app-slow'
  /** The active load balancer's machine stops (nothing happens without a balancer). */
  | 'lb-down'
  /** MySQL (the primary) stops: connections to it are refused, pages fail with 500. */
  | 'db-down'
  /** The replica's MySQL stops (nothing happens without a replica): reads go to the primary. */
  | 'replica-down';

export const FAILURE_KINDS: readonly FailureKind[] = ['server-down', 'nginx-restart', 'nginx-reload', 'app-restart', 'app-slow', 'lb-down', 'db-down', 'replica-down'];

export interface FailureWindow {
  kind: FailureKind;
  /** Simulated second it starts. */
  start: number;
  /** Simulated second it ends; `Infinity` while it lasts. */
  end: number;
  /** For `app-slow`: how many times slower the application runs (default 2000 = past a 60 s timeout). */
  factor?: number;
}

/**
 * What the user ends up with. `reset`: Nginx accepted the connection and closed it at once (out of
 * worker_connections); `server-error`: Nginx had no connection left for the upstream (500), or the
 * application lost its database; `unavailable`: HAProxy found no server to take the request (503).
 */
export type Outcome = 'ok' | 'timeout' | 'refused' | 'bad-gateway' | 'gateway-timeout' | 'reset' | 'server-error' | 'unavailable';
export type FailedOutcome = Exclude<Outcome, 'ok'>;
/** The failures the one-server stack can show: only a load balancer answers 503. */
export type ServerFailedOutcome = Exclude<FailedOutcome, 'unavailable'>;
export const FAILED_OUTCOMES: readonly ServerFailedOutcome[] = ['timeout', 'refused', 'reset', 'bad-gateway', 'gateway-timeout', 'server-error'];
/** Every failure of every topology. */
export const ALL_FAILED_OUTCOMES: readonly FailedOutcome[] = [...FAILED_OUTCOMES, 'unavailable'];

/** What the browser shows for each outcome (Chromium net error names, HTTP status lines). */
export const OUTCOME_SYMPTOM: Record<Outcome, string> = {
  ok: '200 OK',
  timeout: 'ERR_CONNECTION_TIMED_OUT',
  refused: 'ERR_CONNECTION_REFUSED',
  reset: 'ERR_CONNECTION_RESET',
  'bad-gateway': '502 Bad Gateway',
  'gateway-timeout': '504 Gateway Timeout',
  'server-error': '500 Internal Server Error',
  unavailable: '503 Service Unavailable',
};

export interface SimConfig {
  seed: number;
  /** Round trip between the user's browser and the server, ms. */
  rttMs: number;
  /** Round trip between the browser and its recursive resolver, ms. */
  resolverRttMs: number;
  /** One query and answer between the resolver and each of root, TLD, authoritative, ms. */
  rootMs: number;
  tldMs: number;
  authoritativeMs: number;
  /** How long the browser keeps a DNS answer (Chromium: 60 s). */
  browserDnsCacheS: number;
  /** TTL of `www.foobar.com. A 8.8.8.8`; decides what the OS and the resolver cache. */
  recordTtlS: number;
  /** TTL of the root's referral to .com and of .com's referral to foobar.com (cached by the resolver). */
  referralTtlS: number;
  /** TLS 1.3 handshake CPU on the server, ms. */
  tlsCpuMs: number;
  /** Nginx serving one small static file, ms. */
  nginxStaticMs: number;
  /** Nginx to application server over loopback, one way, ms. */
  loopbackMs: number;
  /** Nginx `worker_processes × worker_connections`. */
  nginxConnections: number;
  /** Application server workers (PHP-FPM `pm.max_children`). */
  appWorkers: number;
  /**
   * Mean application time for one dynamic request besides its SQL queries, ms: CPU time plus other
   * waiting, each exponentially distributed.
   */
  appServiceMs: number;
  /** Share of `appServiceMs` spent computing on a core, 0..1; the rest is waiting on other I/O. */
  appCpuShare: number;
  /** CPU cores: the application's computing shares them (processor sharing). */
  cpuCores: number;
  /** Listen backlog of the application server's socket. */
  appBacklog: number;
  /** SQL queries per dynamic request, and the time of each, ms. */
  queriesPerRequest: number;
  queryMs: number;
  /** MySQL `max_connections`. */
  mysqlMaxConnections: number;
  /** Nginx `proxy_read_timeout`, s. */
  proxyReadTimeoutS: number;
  /** Nginx `proxy_connect_timeout`, s: how long it retransmits a dropped SYN to the application server. */
  proxyConnectTimeoutS: number;
  /** How long the browser waits on unanswered SYNs before ERR_CONNECTION_TIMED_OUT, s (Linux ≥ 6.5: 131). */
  connectTimeoutS: number;
  /** Fraction of requests for static files (served by Nginx alone), 0..1. */
  staticFraction: number;
  /** Number of distinct browsers that traffic comes from. */
  browsers: number;
  /** Size of the HTML response, KB; above the initial congestion window it costs an extra round trip. */
  responseKb: number;
  /** How much history the metrics and event queries keep, simulated seconds. */
  windowS: number;
  /**
   * Servers (1–4), each with Nginx, the application server and the code base. More than one needs a
   * load balancer: `lb` is then implied, and `lb` alone means two.
   */
  servers: number;
  /** The fixes applied to the one-server stack (`lb-pair` and `rolling` imply `lb`). Empty: the one-server stack. */
  fixes: readonly ModelFix[];
  /** How HAProxy picks a server: `roundrobin` (its default) or `leastconn`. */
  balance: 'roundrobin' | 'leastconn';
  /** Round trip between machines of the same data centre (balancer, servers, database), ms. */
  lanRttMs: number;
  /** Share of dynamic requests that write (a post, a purchase): with `replica` they go to the primary, the rest read from the replica. */
  writeFraction: number;
}

/** The kind of packet, as a capture would name it. */
export type PacketKind =
  | 'dns-query'
  | 'dns-response'
  | 'tcp-syn'
  | 'tcp-syn-ack'
  | 'tcp-ack'
  | 'tcp-rst'
  | 'tls-client-hello'
  | 'tls-server-hello'
  | 'http-request'
  | 'http-response'
  | 'proxy-request'
  | 'proxy-response'
  | 'file-read'
  | 'file-data'
  | 'sql-query'
  | 'sql-result';

/** What a packet carries, as label/value rows a learner would meet in a capture or devtools. */
export interface PacketDetail {
  protocol: 'DNS' | 'TCP' | 'TLS' | 'HTTP' | 'SQL' | 'File';
  /** One line: `GET / HTTP/1.1`, `SYN`, `www.foobar.com. 300 IN A 8.8.8.8`. */
  summary: string;
  fields: ReadonlyArray<readonly [label: string, value: string]>;
}

interface EventBase {
  /** Sequence number, unique and increasing in time order. */
  seq: number;
  /** Simulated second. */
  t: number;
  requestId: number;
}

// Events name components and links with `C` and `L`: the one-server stack's ids by default, any
// topology's (`StackEvent`) for a model built with servers or fixes.

/** A packet leaves `from` for `to` at `t` and arrives at `arrive` (or is lost). */
export interface HopEvent<C extends string = ComponentId, L extends string = LinkId> extends EventBase {
  kind: 'hop';
  from: C;
  to: C;
  link: L;
  arrive: number;
  packet: PacketKind;
  direction: 'request' | 'response';
  detail: PacketDetail;
  /** Lost on the way (nobody answers): the view fades it at `arrive`. */
  lost?: boolean;
  /** Refused at `to`: the view bounces it back. */
  refused?: boolean;
}

export interface RequestStartEvent extends EventBase {
  kind: 'request-start';
  browserId: number;
  path: string;
  dynamic: boolean;
}

export interface RequestEndEvent extends EventBase {
  kind: 'request-end';
  outcome: Outcome;
  symptom: string;
}

export interface CacheEvent<C extends string = ComponentId> extends EventBase {
  kind: 'cache';
  at: C;
  /** Which cache was consulted. */
  layer: 'browser' | 'os' | 'resolver';
  hit: boolean;
}

export interface QueueEvent<C extends string = ComponentId> extends EventBase {
  kind: 'queued' | 'dequeued';
  at: C;
  /** Queue length after the change. */
  queueLength: number;
}

export interface RefusedEvent<C extends string = ComponentId> extends EventBase {
  kind: 'refused';
  at: C;
  reason: string;
}

export interface TimeoutEvent<C extends string = ComponentId> extends EventBase {
  kind: 'timeout';
  at: C;
  reason: string;
}

export type ComponentStatus = 'up' | 'down' | 'restarting' | 'reloading' | 'slow';

export interface StateEvent<C extends string = ComponentId> extends Omit<EventBase, 'requestId'> {
  kind: 'state';
  requestId: -1;
  component: C;
  status: ComponentStatus;
}

export type SimEvent<C extends string = ComponentId, L extends string = LinkId> =
  | HopEvent<C, L>
  | RequestStartEvent
  | RequestEndEvent
  | CacheEvent<C>
  | QueueEvent<C>
  | RefusedEvent<C>
  | TimeoutEvent<C>
  | StateEvent<C>;

/** An event of any topology. */
export type StackEvent = SimEvent<StackComponentId, StackLinkId>;

export type SimEventKind = SimEvent['kind'];

/** The phases a browser's Network panel shows, in seconds. */
export interface Timing {
  dns: number;
  connect: number;
  tls: number;
  /** Request sent to first byte back (TTFB). */
  waiting: number;
  download: number;
  total: number;
}

export interface RequestRecord {
  id: number;
  browserId: number;
  path: string;
  dynamic: boolean;
  start: number;
  /** Undefined while in flight. */
  end?: number;
  outcome?: Outcome;
  symptom?: string;
  /** When the browser first re-sent a packet nobody answered; absent when it never had to. */
  stalledAt?: number;
  /** Cold (new connection, DNS looked up) or warm (reused). */
  cold: boolean;
  /** A page that writes to the database; present only with a replica (where writes go to the primary). */
  writes?: true;
  timing?: Timing;
}

export interface ComponentGauge {
  status: ComponentStatus;
  /** In use now (workers busy, connections open). */
  busy: number;
  capacity: number;
  /** Waiting for a worker. */
  queue: number;
  queueCapacity: number;
  /** Busy ÷ capacity, averaged over the metrics window; 0 while the component is down. */
  utilisation: number;
}

export interface Metrics {
  t: number;
  windowS: number;
  arrived: number;
  completed: number;
  /** `unavailable` (HAProxy's 503) is there only when a load balancer is. */
  failed: Record<ServerFailedOutcome, number> & { unavailable?: number };
  /** Requests not ended yet: `failingNow + inFlightOk`. */
  inFlight: number;
  /** In flight, but waiting longer than a user would (see `failingNow.ts`): counted as failing. */
  failingNow: number;
  /** In flight and not failing (yet). */
  inFlightOk: number;
  /** Successful responses per second over the window. */
  throughput: number;
  /** Successful-request latency over the window, seconds; NaN-free: 0 when no request finished. */
  p50: number;
  p95: number;
  p99: number;
  /** Successful dynamic requests (pages the application built) per second over the window. */
  pageThroughput: number;
  /** Latency of those pages, s; 0 when none succeeded in the window. */
  pageP50: number;
  pageP95: number;
  /** Successful ÷ (finished + failing now), 0..1; 1 before any request finished or failed. */
  availability: number;
  /** The same over the window. */
  availabilityWindow: number;
  gauges: Record<'nginx' | 'app-server' | 'mysql', ComponentGauge>;
}

/** One sample per simulated second for charts: counts of the second `[t − 1, t)`, levels at instant `t`. */
export interface SeriesPoint {
  t: number;
  /** Requests that arrived (static and dynamic). */
  arrivalRate: number;
  /** Dynamic requests that arrived: the application's work. */
  pageArrivals: number;
  /** Successful responses, all: `pagesServed + filesServed`. */
  throughput: number;
  /** Successful dynamic responses (pages the application built). */
  pagesServed: number;
  /** Successful static files (Nginx alone). */
  filesServed: number;
  /** Latency of the successful pages, s; NaN when none succeeded in that second. */
  p50: number;
  p95: number;
  /** Requests that ended in failure. */
  errors: number;
  /** Median time those failures took to arrive, s; NaN when none failed. */
  failedP50: number;
  /** Requests failing now at instant `t` (in flight, waited too long). */
  failingNow: number;
  appQueue: number;
  appBusy: number;
}

export interface SimState {
  t: number;
  status: Record<'server' | 'nginx' | 'app-server' | 'mysql', ComponentStatus>;
  gauges: Metrics['gauges'];
  inFlight: number;
}
