/**
 * Every default the model uses, each a named constant with its source (see research/content.md).
 * ESTIMATE marks a value chosen for teaching, not measured.
 */
import type { FailureKind, SimConfig } from './types';

/** Seed of the pseudo-random streams (any integer). */
export const DEFAULT_SEED = 1;
/** Browser ↔ server round trip, ms: same continent, 20–80 ms (hpbn.co ch. 1). ESTIMATE. */
export const DEFAULT_RTT_MS = 40;
/** Browser ↔ recursive resolver round trip, ms: "fast 5–15 ms" resolver hit (content.md §3.1). */
export const DEFAULT_RESOLVER_RTT_MS = 10;
/** Resolver ↔ root name server, one query and answer, ms (a cold walk takes 20–120 ms in total, sematext). */
export const DEFAULT_ROOT_MS = 15;
/** Resolver ↔ .com TLD server, ms. ESTIMATE within the same cold-walk range. */
export const DEFAULT_TLD_MS = 20;
/** Resolver ↔ authoritative server for foobar.com, ms. ESTIMATE within the same range. */
export const DEFAULT_AUTHORITATIVE_MS = 25;
/** Chromium host cache: `kCacheEntryTTLSeconds = 60` (net/dns/host_resolver_manager_job.cc). */
export const BROWSER_DNS_CACHE_S = 60;
/** TTL of `www.foobar.com. A`: 300 s is the most common TTL among the top-1000 sites (Dyn survey). */
export const RECORD_TTL_S = 300;
/** TTL of the .com and foobar.com NS referrals: 172800 s (2 days), as the .com zone publishes. */
export const REFERRAL_TTL_S = 172_800;
/** TLS 1.3 handshake CPU on the server, ms: ~1–3 ms per full handshake (NGINX SSL performance). */
export const TLS_CPU_MS = 2;
/** Nginx serving one static file, ms: 1 CPU ≈ 23,308 HTTPS req/s for 10 KB ⇒ 0.043 ms (NGINX 2017 benchmark). */
export const NGINX_STATIC_MS = 0.05;
/** One way over loopback between processes on the same host, ms: "<0.1 ms". ESTIMATE. */
export const LOOPBACK_MS = 0.05;
/** Debian's nginx.conf `worker_connections 768`. */
export const NGINX_WORKER_CONNECTIONS = 768;
/** `worker_processes auto` on a 2-core server = 2 workers (nginx beginner's guide). */
export const NGINX_WORKER_PROCESSES = 2;
/** PHP-FPM `pm.max_children = 5` (php-src sapi/fpm/www.conf.in); also Gunicorn's advice (2 × cores) + 1 on 2 cores. */
export const APP_WORKERS = 5;
/** CPU cores of the one server (the 2 that `worker_processes auto` and (2 × cores) + 1 assume). */
export const CPU_CORES = 2;
/** Application time for one dynamic page besides its SQL queries, ms: framework + templates, 20–50 ms. ESTIMATE. */
export const APP_SERVICE_MS = 40;
/**
 * Share of that time spent computing on a CPU core; the rest is waiting on other I/O. ASSUMPTION: half,
 * as Gunicorn's (2 × cores) + 1 rule assumes "for a given core, one worker will be reading or writing
 * from the socket while the other worker is processing a request" (gunicorn docs, design.rst).
 */
export const APP_CPU_SHARE = 0.5;
/** PHP-FPM `listen.backlog = 511` (php-src sapi/fpm/www.conf.in); Gunicorn's default is 2048. */
export const APP_BACKLOG = 511;
/** SQL queries per page: a typical page issues 5–10; a small blog index page, 3. ESTIMATE (tocker.ca). */
export const QUERIES_PER_REQUEST = 3;
/** One simple query on the same host, ms: even a full scan of a 239-row table takes ≈ 1.14 ms (tocker.ca). */
export const QUERY_MS = 1;
/** MySQL `max_connections` default 151 (dev.mysql.com, too-many-connections). */
export const MYSQL_MAX_CONNECTIONS = 151;
/** Nginx `proxy_read_timeout` default 60 s (nginx proxy module docs). */
export const PROXY_READ_TIMEOUT_S = 60;
/**
 * Nginx `proxy_connect_timeout` default 60 s: "a timeout for establishing a connection with a proxied
 * server" (nginx.org/r/proxy_connect_timeout); when it runs out Nginx answers 504 Gateway Time-out.
 */
export const PROXY_CONNECT_TIMEOUT_S = 60;
/**
 * Linux `tcp_abort_on_overflow = 0` (default, ip-sysctl.rst): a listener whose accept queue is full does
 * not reset new connections; its kernel drops their SYNs (tcp_conn_request, ListenOverflows) and the
 * connecting side retransmits until it gets in or gives up.
 */
export const TCP_ABORT_ON_OVERFLOW = false;
/** Linux initial retransmission timeout for a SYN, s (`TCP_TIMEOUT_INIT`, RFC 6298). */
export const TCP_INITIAL_RTO_S = 1;
/** Linux `tcp_syn_retries = 6` (ip-sysctl.rst). */
export const TCP_SYN_RETRIES = 6;
/** Linux ≥ 6.5 `tcp_syn_linear_timeouts = 4`: the first 4 SYN timeouts stay at the initial RTO (ip-sysctl.rst). */
export const TCP_SYN_LINEAR_TIMEOUTS = 4;

/**
 * A Linux ≥ 6.5 connect(): gaps between SYN transmissions and when it gives up, s. ip-sysctl.rst: RTOs
 * "1, 1, 1, 1, 1, 2, 4, ..." and, with tcp_syn_retries = 6, "67seconds … till the last retransmission"
 * and "the final timeout … after 131seconds". The kernel allows retries + linear timeouts retransmissions
 * (tcp_write_timeout), so 10 gaps: 1+1+1+1+1+2+4+8+16+32 = 67, then one more RTO of 64: 131.
 */
export function linuxSynSchedule(retries = TCP_SYN_RETRIES, linear = TCP_SYN_LINEAR_TIMEOUTS, rto = TCP_INITIAL_RTO_S): { gaps: number[]; giveUpS: number } {
  const gaps: number[] = [];
  let next = rto;
  for (let i = 0; i < retries + linear; i++) {
    gaps.push(next);
    if (i >= linear) next *= 2;
  }
  return { gaps, giveUpS: gaps.reduce((a, b) => a + b, 0) + next };
}

const LINUX_SYN = linuxSynSchedule();
/**
 * How long the browser's connect() waits on unanswered SYNs before ERR_CONNECTION_TIMED_OUT, s: 131 on a
 * Linux ≥ 6.5 client (127 on older kernels, which double from the first gap). It is the client's OS that
 * gives up: Windows after 21 s (3 + 6 + 12, Microsoft KB 2786464), macOS after 75 s (BSD
 * TCPTV_KEEP_INIT); Chromium's own limit is longer, 240 s (kTransportConnectJobTimeoutInSeconds).
 */
export const CONNECT_TIMEOUT_S = LINUX_SYN.giveUpS;
/** Share of requests for static files. ESTIMATE. */
export const STATIC_FRACTION = 0.3;
/** Distinct browsers sending the traffic. ESTIMATE. */
export const BROWSERS = 200;
/** Median HTML document ≈ 18 KB (Web Almanac 2024, page weight). */
export const RESPONSE_KB = 18;
/** History kept for metrics and event queries, s. ESTIMATE (fits a chart). */
export const WINDOW_S = 30;

/** SYN retransmission gaps of a Linux ≥ 6.5 client or of Nginx's own connect(), s: 1, 1, 1, 1, 1, 2, 4, 8, 16, 32. */
export const SYN_RETRY_BACKOFF_S: readonly number[] = Object.freeze(LINUX_SYN.gaps);
/** TCP initial congestion window: 10 segments ≈ 14.6 KB (IW10, RFC 6928). */
export const INITIAL_CWND_KB = 14.6;
/** Chromium `g_max_sockets_per_group = 6` (net/socket/client_socket_pool_manager.cc). */
export const MAX_CONNECTIONS_PER_HOST = 6;
/** Nginx `keepalive_timeout` default 75 s: an idle keep-alive connection is closed after it. */
export const KEEPALIVE_TIMEOUT_S = 75;
/** Size of the static file (`/static/style.css`), KB: fits the first flight. ESTIMATE. */
export const STATIC_FILE_KB = 8;
/** Rows a page query returns (`LIMIT 10`). */
export const ROWS_PER_QUERY = 10;
/** Default slow-down of `app-slow`, applied to the waiting part: 20 ms × 4000 = 80 s, past the 60 s proxy timeout. */
export const APP_SLOW_FACTOR = 4000;
/** How long each maintenance keeps its component away, s. ESTIMATE (content.md §2.5). */
export const RESTART_WINDOW_S: Readonly<Record<FailureKind, number>> = {
  'server-down': 60,
  'nginx-restart': 2,
  'nginx-reload': 2,
  'app-restart': 5,
  'app-slow': 90,
  'lb-down': 60,
  'db-down': 60,
  'replica-down': 60,
};
/** Servers of the one-server stack; the load balancer fix brings a second (issue 15). */
export const DEFAULT_SERVERS = 1;
/** HAProxy's `balance` when none is given is round robin (HAProxy configuration manual, balance). */
export const DEFAULT_BALANCE = 'roundrobin';
/** Round trip between machines in one data centre, ms: "Round trip within same datacenter 500,000 ns" (Jeff Dean, Numbers Everyone Should Know). */
export const LAN_RTT_MS = 0.5;

/** Share of page requests that write to the database. ESTIMATE: web traffic is read-mostly. */
export const WRITE_FRACTION = 0.1;

/** Extra history kept beyond `windowS`, s, so a view scrubbing the edge of the window finds its events. */
export const RETENTION_MARGIN_S = 5;

export const DEFAULT_CONFIG: Readonly<SimConfig> = Object.freeze({
  seed: DEFAULT_SEED,
  rttMs: DEFAULT_RTT_MS,
  resolverRttMs: DEFAULT_RESOLVER_RTT_MS,
  rootMs: DEFAULT_ROOT_MS,
  tldMs: DEFAULT_TLD_MS,
  authoritativeMs: DEFAULT_AUTHORITATIVE_MS,
  browserDnsCacheS: BROWSER_DNS_CACHE_S,
  recordTtlS: RECORD_TTL_S,
  referralTtlS: REFERRAL_TTL_S,
  tlsCpuMs: TLS_CPU_MS,
  nginxStaticMs: NGINX_STATIC_MS,
  loopbackMs: LOOPBACK_MS,
  nginxConnections: NGINX_WORKER_PROCESSES * NGINX_WORKER_CONNECTIONS,
  appWorkers: APP_WORKERS,
  appServiceMs: APP_SERVICE_MS,
  appCpuShare: APP_CPU_SHARE,
  cpuCores: CPU_CORES,
  appBacklog: APP_BACKLOG,
  queriesPerRequest: QUERIES_PER_REQUEST,
  queryMs: QUERY_MS,
  mysqlMaxConnections: MYSQL_MAX_CONNECTIONS,
  proxyReadTimeoutS: PROXY_READ_TIMEOUT_S,
  proxyConnectTimeoutS: PROXY_CONNECT_TIMEOUT_S,
  connectTimeoutS: CONNECT_TIMEOUT_S,
  staticFraction: STATIC_FRACTION,
  browsers: BROWSERS,
  responseKb: RESPONSE_KB,
  windowS: WINDOW_S,
  servers: DEFAULT_SERVERS,
  fixes: Object.freeze([]),
  balance: DEFAULT_BALANCE,
  lanRttMs: LAN_RTT_MS,
  writeFraction: WRITE_FRACTION,
});
