/**
 * `createSimulation`: the seeded discrete-event model of the one-server web stack. Steps are taken
 * from a time-ordered agenda; each emits the events of its instant, so the stream is in time order.
 */
import type { AppServer } from './appServer';
import * as B from './balancerSteps';
import * as C from './client';
import type { Cores } from './cpu';
import { RETENTION_MARGIN_S } from './defaults';
import { DYNAMIC_PATH, STATIC_PATH } from './details';
import type { Req } from './entities';
import { recordOf } from './entities';
import { deploy, rollingStep, type DeployRun } from './deploy';
import { failureEnd, failureStart } from './failures';
import { metricsOf, seriesOf, stateAt } from './metrics';
import { Model } from './model';
import { partsNow } from './parts';
import * as S from './server';
import type { Simulation, SimInput, StackSimulation } from './simulation.types';
import { K } from './steps';
import type { Metrics, RequestRecord, SeriesPoint, SimConfig } from './types';
import { ConfigError, resolveConfig, validateInput } from './validate';

/** However short the window, this many events and records stay (a whole journey, even a slow one). */
const MIN_KEPT_EVENTS = 20_000;
const MIN_KEPT_REQUESTS = 2_000;
const MIN_KEPT_GAUGE_ROWS = 4_096;
/** Request records are compacted every few simulated seconds (a pass over the retained records). */
const COMPACT_EVERY_S = 5;

type Step = (m: Model, req: Req) => void;
const STEPS: Step[] = [];
STEPS[K.DNS_AT_RESOLVER] = S.dnsAtResolver;
STEPS[K.DNS_AT_ROOT] = S.dnsAtRoot;
STEPS[K.DNS_AT_TLD] = S.dnsAtTld;
STEPS[K.DNS_AT_AUTH] = S.dnsAtAuth;
STEPS[K.ROOT_REPLY_AT_RESOLVER] = S.rootReply;
STEPS[K.TLD_REPLY_AT_RESOLVER] = S.tldReply;
STEPS[K.AUTH_REPLY_AT_RESOLVER] = S.authReply;
STEPS[K.DNS_AT_BROWSER] = (m, r) => C.dnsAtBrowser(m, r, r.answerTtl);
STEPS[K.SYN_AT_NGINX] = S.synAtNginx;
STEPS[K.SYN_REFUSED_AT_NGINX] = S.synRefusedAtNginx;
STEPS[K.RST_AT_BROWSER] = C.rstAtBrowser;
STEPS[K.SYNACK_AT_BROWSER] = C.synAckAtBrowser;
STEPS[K.HELLO_AT_NGINX] = S.helloAtNginx;
STEPS[K.SERVER_HELLO_SEND] = S.serverHelloSend;
STEPS[K.SERVER_HELLO_AT_BROWSER] = C.serverHelloAtBrowser;
STEPS[K.REQ_AT_NGINX] = S.reqAtNginx;
STEPS[K.STATIC_AT_DISK] = S.staticAtDisk;
STEPS[K.STATIC_DATA_AT_NGINX] = S.staticDataAtNginx;
STEPS[K.PROXY_AT_APP] = S.proxyAtApp;
STEPS[K.PROXY_REFUSED_AT_APP] = S.proxyRefusedAtApp;
STEPS[K.CODE_AT_DISK] = S.codeAtDisk;
STEPS[K.CODE_AT_APP] = S.nextQuery;
STEPS[K.SQL_AT_MYSQL] = S.sqlAtMysql;
STEPS[K.SQL_DONE] = S.sqlDone;
STEPS[K.SQL_RESULT_AT_APP] = S.sqlResultAtApp;
STEPS[K.PROXY_RESP_AT_NGINX] = S.proxyRespAtNginx;
STEPS[K.RESP_AT_BROWSER] = C.respAtBrowser;
STEPS[K.ACK_AT_NGINX] = S.ackAtNginx;
STEPS[K.FLIGHT_AT_BROWSER] = C.flightAtBrowser;
STEPS[K.DEADLINE] = S.deadline;
STEPS[K.LOST_TIMEOUT] = C.lostTimeout;
STEPS[K.UPSTREAM_RETRY] = S.upstreamRetry;
STEPS[K.UPSTREAM_CONNECT_TIMEOUT] = S.upstreamConnectTimeout;
STEPS[K.REQ_AT_LB] = B.reqAtLb;
STEPS[K.LB_CONNECT] = B.lbConnect;
STEPS[K.REQ_AT_BACKEND] = B.reqAtBackend;
STEPS[K.RESP_AT_LB] = B.respAtLb;
STEPS[K.SQL_FAILED] = S.sqlFailed;

function runStep(m: Model, kind: number, ref: object | null, aux: number): void {
  switch (kind) {
    case K.ARRIVAL:
      return arrival(m, aux);
    case K.QUEUE_WATCHDOG:
      return S.queueWatchdog(m, ref as AppServer, aux);
    case K.SERVICE_DONE:
      return S.serviceDone(m, ref as Req, aux);
    case K.CPU_DONE:
      for (const r of (ref as Cores).done(aux)) S.workDone(m, r);
      return;
    case K.HEALTH_CHECK:
      return B.healthCheck(m);
    case K.LB_WATCHDOG:
      return m.balancer!.watchdog(aux, (r) => B.lbServerTimeout(m, r));
    case K.VRRP_FAILOVER:
      m.balancer!.failover(aux);
      return m.refreshStatus();
    case K.ROLLING:
      return rollingStep(m, ref as DeployRun);
    case K.RETRANSMIT:
      return C.retransmit(m, ref as Req, aux);
    case K.RETRY_TIMEOUT:
      return C.retryTimeout(m, ref as Req, aux);
    default: {
      const req = ref as Req;
      // A request cut short (lost with the server, cut by a restart) skips its remaining steps.
      if (aux === req.stage) STEPS[kind]!(m, req);
    }
  }
}

/** One Poisson arrival from a random browser, then the next. */
function arrival(m: Model, token: number): void {
  if (token !== m.rateToken || m.rps <= 0) return;
  const rng = m.arrivalRng;
  const browserId = Math.floor(rng.next() * m.config.browsers);
  const dynamic = rng.next() >= m.config.staticFraction;
  C.startRequest(m, browserId, dynamic ? DYNAMIC_PATH : STATIC_PATH, dynamic);
  m.q.push(m.now + rng.exponential(1 / m.rps), K.ARRIVAL, null, token);
}

function housekeeping(m: Model): void {
  C.sweepIdle(m);
  const cutoff = m.now - m.config.windowS - RETENTION_MARGIN_S;
  m.store.dropBefore(cutoff, MIN_KEPT_EVENTS);
  if (Math.floor(m.now) % COMPACT_EVERY_S === 0) m.requests.compact(cutoff, MIN_KEPT_REQUESTS);
  m.gauges.dropBefore(cutoff - m.config.windowS, MIN_KEPT_GAUGE_ROWS);
}

function applyInput(m: Model, input: SimInput): void {
  switch (input.type) {
    case 'rate':
      m.rps = input.rps;
      m.rateToken++;
      if (input.rps > 0) m.q.push(m.now + m.arrivalRng.exponential(1 / input.rps), K.ARRIVAL, null, m.rateToken);
      return;
    case 'failure-start':
      return failureStart(m, input.kind, input.factor, input.server);
    case 'failure-end':
      return failureEnd(m, input.kind, input.server);
    case 'deploy':
      return deploy(m);
    case 'request': {
      const dynamic = input.dynamic ?? (input.path === undefined ? true : !input.path.startsWith('/static/'));
      const path = input.path ?? (dynamic ? DYNAMIC_PATH : STATIC_PATH);
      C.startRequest(m, input.browserId ?? 0, path, dynamic);
      return;
    }
  }
}

/** Everything a simulation holds between two calls: what a checkpoint copies (`checkpoint.ts`). */
export interface SimulationState {
  model: Model;
  nextHousekeeping: number;
}

const statesOf = new WeakMap<object, () => SimulationState>();

/** The live state behind a simulation made by `createSimulation` (not a copy). */
export function stateOf(sim: Simulation | StackSimulation): SimulationState | undefined {
  return statesOf.get(sim)?.();
}

/** The one-server stack's config: no servers or fixes (those change the ids its events use). */
export type OneServerConfig = Omit<SimConfig, 'servers' | 'fixes' | 'balance'>;

/** The one-server stack, whose events use the ids the views draw; with `resume`, going on from a copied state. */
export function createSimulation(partial: Partial<OneServerConfig> = {}, resume?: SimulationState): Simulation {
  return createStackSimulation(partial, resume) as unknown as Simulation;
}

/** Any topology: the one-server stack by default, or the fixed designs `servers` and `fixes` ask for. */
export function createStackSimulation(partial: Partial<SimConfig> = {}, resume?: SimulationState): StackSimulation {
  const config: Readonly<SimConfig> = resume?.model.config ?? Object.freeze(resolveConfig(partial));
  const m = resume?.model ?? new Model(config);
  let nextHousekeeping = resume?.nextHousekeeping ?? 1;
  let cachedMetrics: Metrics | null = null;
  let cachedSeries: SeriesPoint[] | null = null;

  /** The model ran on to `m.now` without tidying there (`advanceTo(t, false)`). */
  let untidy = false;
  const advanceTo = (t: number, tidy = true): void => {
    if (typeof t !== 'number' || Number.isNaN(t) || t === Infinity) throw new ConfigError('t', `t must be a finite number, got ${t}`);
    if (t < m.now || (t === m.now && !(tidy && untidy))) return;
    cachedMetrics = null;
    cachedSeries = null;
    const q = m.q;
    const gauges = m.gauges;
    while (q.peekTime() <= t) {
      q.pop();
      m.now = q.lastTime;
      if (m.now >= nextHousekeeping) {
        housekeeping(m);
        nextHousekeeping = Math.floor(m.now) + 1;
      }
      runStep(m, q.lastKind, q.lastRef, q.lastAux);
      gauges.commit(m.now);
    }
    m.now = t;
    untidy = !tidy;
    if (!tidy) return;
    housekeeping(m);
    // Housekeeping closes idle keep-alive connections: their gauge change belongs to this instant.
    gauges.commit(m.now);
  };

  const sim: StackSimulation = {
    config,
    get now() {
      return m.now;
    },
    advanceTo,
    apply(input: SimInput): void {
      validateInput(input, m.now, config);
      advanceTo(input.t);
      cachedMetrics = null;
      cachedSeries = null;
      applyInput(m, input);
      m.gauges.commit(m.now);
    },
    events: (t1, t2) => m.store.range(t1, t2),
    eventsOf(requestId) {
      if (requestId < 0) return m.store.range(-Infinity, Infinity).filter((e) => e.requestId === requestId);
      const r = m.requests.byId(requestId);
      if (!r || r.firstSeq < 0) return [];
      return m.store.ofRequest(requestId, r.firstSeq, r.lastSeq);
    },
    stateAt: (t) => stateAt(m, t),
    partsNow: () => partsNow(m),
    deploying: () => m.deploying,
    metrics: () => (cachedMetrics ??= metricsOf(m)),
    series: () => (cachedSeries ??= seriesOf(m)),
    request(id) {
      const r = m.requests.byId(id);
      return r ? recordOf(r) : undefined;
    },
    recentRequests(n) {
      return m.requests.newest(Math.max(0, Math.floor(n))).map(recordOf);
    },
    newestRequestBy(t) {
      // Records are in start order: the one before the first that starts after `t`.
      const { list, head } = m.requests;
      let lo = head;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]!.start <= t) lo = mid + 1;
        else hi = mid;
      }
      return lo > head ? recordOf(list[lo - 1]!) : undefined;
    },
    latestRequests(browserIds, t) {
      const out = new Array<RequestRecord | undefined>(browserIds.length).fill(undefined);
      let missing = browserIds.length;
      const { list, head } = m.requests;
      // Newest first, so the first record met for a browser is its latest; stop once all are found.
      for (let i = list.length - 1; i >= head && missing > 0; i--) {
        const r = list[i]!;
        if (r.start > t) continue;
        const k = browserIds.indexOf(r.browser.id);
        if (k < 0 || out[k]) continue;
        out[k] = recordOf(r);
        missing--;
      }
      return out;
    },
    balancerLog: () => (m.balancer ? { poolChanges: m.balancer.changes, failovers: m.balancer.failovers } : null),
  };
  statesOf.set(sim, () => ({ model: m, nextHousekeeping }));
  return sim;
}
