/**
 * The model's state and the primitives every step uses: scheduling, emitting events, status.
 * The parts (machines, Nginx, application servers, MySQL, HAProxy) keep their own state in their own
 * modules; `stack.ts` builds the topology the config asks for. The steps live in `client.ts` (browser
 * side), `server.ts` (Nginx, app, MySQL), `balancerSteps.ts` (HAProxy) and `failures.ts`;
 * `simulation.ts` wires them to the agenda.
 */
import { ActionQueue, type Agenda } from './actionQueue';
import type { Backend } from './backend';
import type { Balancer } from './balancer';
import type { Database } from './database';
import { INITIAL_CWND_KB, STATIC_FILE_KB } from './defaults';
import * as D from './details';
import { Browser, Req } from './entities';
import { COMPONENT, EK, EventStore, FLAG, LAYER, OUTCOME, noteCode } from './eventStore';
import { GaugeLog, packStatus, type Gauged } from './gaugeLog';
import { HAPROXY_RETRIES, HAPROXY_TIMEOUT_CONNECT_S, HAPROXY_TIMEOUT_SERVER_S } from './haproxy';
import type { FrontHops } from './hops';
import { RequestStore } from './requestStore';
import { createRng, type Rng } from './rng';
import { buildStack, stackStatus, type Front } from './stack';
import type { StackComponentId } from './stackIds';
import { K } from './steps';
import { SERVER_IP, type ComponentId } from './topology';
import type { ComponentStatus, Outcome, SimConfig } from './types';

/** Config converted to seconds once. */
export interface Times {
  rtt: number;
  half: number;
  resolverHalf: number;
  root: number;
  tld: number;
  auth: number;
  tlsCpu: number;
  nginxStatic: number;
  loopback: number;
  /** One way between machines of the data centre. */
  lanHalf: number;
  /** Mean CPU time and mean other waiting of one dynamic request's application work. */
  appCpu: number;
  appWait: number;
  query: number;
}

export class Model implements Agenda {
  readonly q = new ActionQueue<object>();
  readonly store = new EventStore();
  readonly gauges = new GaugeLog();
  readonly s: Times;
  readonly arrivalRng: Rng;
  readonly serviceRng: Rng;
  /** Which page requests write: drawn only with a replica, so other designs see the same arrivals. */
  readonly writeRng: Rng | null;
  readonly browsers: Browser[] = [];
  readonly requests = new RequestStore();
  readonly staticKb = STATIC_FILE_KB;
  readonly proxyResponseDetail: D.DetailId;
  private readonly responses: Record<Outcome | 'static', D.DetailId>;
  /** Texts of refusals and timeouts, built once (they depend only on the config). */
  readonly reasons: Readonly<
    Record<
      | 'nginxFull'
      | 'upstreamNoConnection'
      | 'upstreamConnectTimeout'
      | 'proxyTimeout'
      | 'connectTimeout'
      | 'lostTimeout'
      | 'lbNoServer'
      | 'lbConnectFailed'
      | 'lbServerTimeout'
      | 'databaseStopped',
      string
    >
  >;
  now = 0;
  nextRequestId = 0;
  nextPort = 0;

  rps = 0;
  rateToken = 0;

  // Resolver cache.
  answerCachedAt = -Infinity;
  comReferralUntil = -Infinity;
  zoneReferralUntil = -Infinity;

  status: Record<Gauged, ComponentStatus> = { server: 'up', nginx: 'up', 'app-server': 'up', mysql: 'up' };
  /** Status of each part, by its own id. */
  partStatus = new Map<StackComponentId, ComponentStatus>();
  /** A deploy is under way (`deploy.ts`): another one asked meanwhile is ignored. */
  deploying = false;

  /** The servers: one (numbered 0) for the one-server stack, else 2–4 behind the balancer. */
  readonly servers: Backend[];
  /** The databases: the primary, and the replica with `replica`. */
  readonly databases: Database[];
  /** HAProxy, with `lb`. */
  readonly balancer: Balancer | null;
  /** What the browsers connect to at the site's address: the server's Nginx, or HAProxy. */
  readonly front: Front;
  /** The hops between the browser and the front. */
  readonly fh: FrontHops;
  /** The step a request sent by the browser takes at the front. */
  readonly reqAtFront: number;

  constructor(readonly config: Readonly<SimConfig>) {
    const ms = (v: number): number => v / 1000;
    this.s = {
      rtt: ms(config.rttMs),
      half: ms(config.rttMs) / 2,
      resolverHalf: ms(config.resolverRttMs) / 2,
      root: ms(config.rootMs) / 2,
      tld: ms(config.tldMs) / 2,
      auth: ms(config.authoritativeMs) / 2,
      tlsCpu: ms(config.tlsCpuMs),
      nginxStatic: ms(config.nginxStaticMs),
      loopback: ms(config.loopbackMs),
      lanHalf: ms(config.lanRttMs) / 2,
      appCpu: ms(config.appServiceMs) * config.appCpuShare,
      appWait: ms(config.appServiceMs) * (1 - config.appCpuShare),
      query: ms(config.queryMs),
    };
    const htmlBytes = String(Math.round(config.responseKb * 1024));
    this.responses = {
      ok: D.httpResponse(`200 OK|text/html; charset=utf-8|${htmlBytes}`),
      static: D.httpResponse(`200 OK|text/css|${Math.round(STATIC_FILE_KB * 1024)}`),
      'bad-gateway': D.httpResponse('502 Bad Gateway|text/html|150'),
      'gateway-timeout': D.httpResponse('504 Gateway Time-out|text/html|160'),
      'server-error': D.httpResponse('500 Internal Server Error|text/html|170'),
      timeout: D.httpResponse('504 Gateway Time-out|text/html|160'),
      refused: D.httpResponse('502 Bad Gateway|text/html|150'),
      reset: D.httpResponse('502 Bad Gateway|text/html|150'),
      unavailable: D.httpResponse('503 Service Unavailable|text/html|107'),
    };
    this.reasons = {
      nginxFull: `worker_connections are not enough: all ${config.nginxConnections} Nginx connections (worker_processes × worker_connections, upstream ones included) are in use, so Nginx accepts the connection and closes it at once`,
      upstreamNoConnection: `worker_connections are not enough while connecting to upstream: all ${config.nginxConnections} Nginx connections are in use, so Nginx answers 500`,
      upstreamConnectTimeout: `upstream timed out (110: Connection timed out) while connecting to upstream: the application server's accept queue (${config.appBacklog}) stayed full for proxy_connect_timeout ${config.proxyConnectTimeoutS} s`,
      proxyTimeout: `upstream timed out (110: Connection timed out) while reading response header from upstream, after proxy_read_timeout ${config.proxyReadTimeoutS} s`,
      connectTimeout: `no answer from ${SERVER_IP} after ${config.connectTimeoutS} s of retransmissions`,
      lostTimeout: `no answer from ${SERVER_IP} (the ${config.fixes.includes('lb') ? 'load balancer' : 'server'} went down) for ${config.connectTimeoutS} s`,
      lbNoServer: 'HAProxy: no server is available to handle this request (every server is out of the pool)',
      lbConnectFailed: `HAProxy could not connect to the server: ${HAPROXY_RETRIES + 1} attempts, each given timeout connect ${HAPROXY_TIMEOUT_CONNECT_S} s or refused`,
      lbServerTimeout: `HAProxy's timeout server (${HAPROXY_TIMEOUT_SERVER_S} s) ran out: the server never answered`,
      databaseStopped: "MySQL is not running: connect() is refused (Can't connect to MySQL server, 111) and the application answers 500",
    };
    this.proxyResponseDetail = D.PROXY_RESPONSE(Math.round(config.responseKb * 1024));
    this.arrivalRng = createRng(config.seed, 1);
    this.serviceRng = createRng(config.seed, 2);
    this.writeRng = config.fixes.includes('replica') ? createRng(config.seed, 3) : null;
    for (let i = 0; i < config.browsers; i++) this.browsers.push(new Browser(i));
    const stack = buildStack(config, this.s, this.gauges, this);
    this.servers = stack.servers;
    this.databases = stack.databases;
    this.balancer = stack.balancer;
    this.front = stack.front;
    this.fh = stack.fh;
    this.reqAtFront = this.balancer ? K.REQ_AT_LB : K.REQ_AT_NGINX;
    this.gauges.levels.status = packStatus(this.status);
    this.gauges.commit(0);
  }

  get initialCwndKb(): number {
    return INITIAL_CWND_KB;
  }

  responseDetail(req: Req, outcome: Outcome): D.DetailId {
    return outcome === 'ok' && !req.dynamic ? this.responses.static : this.responses[outcome];
  }

  /** Schedules step `kind` of `req` at `t`; it is skipped if the request is cancelled meanwhile. */
  at(t: number, kind: number, req: Req): void {
    this.q.push(t, kind, req, req.stage);
  }

  /**
   * Sends a packet now (`code` from `H`, plus `LOST` or `REFUSED`); it arrives after `duration`
   * seconds. Returns the arrival time.
   */
  hop(req: Req, code: number, duration: number, detail: D.DetailId, fate = 0): number {
    const arrive = this.now + duration;
    if (req.silent) return arrive;
    this.track(req);
    this.store.appendHop(this.now, req.id, code | fate, arrive, detail);
    return arrive;
  }

  private track(req: Req): void {
    const seq = this.store.nextSeq;
    if (req.firstSeq < 0) req.firstSeq = seq;
    req.lastSeq = seq;
  }

  private note(req: Req, kind: number, fields: number, aux: number, str: number): void {
    this.track(req);
    this.store.appendNote(this.now, req.id, noteCode(kind, fields), aux, str);
  }

  startEvent(req: Req): void {
    this.note(req, EK.START, req.dynamic ? FLAG : 0, req.browser.id, this.store.intern(req.path));
  }

  cacheEvent(req: Req, at: ComponentId, layer: 'browser' | 'os' | 'resolver', hit: boolean): void {
    this.note(req, EK.CACHE, COMPONENT[at] | (LAYER[layer] << 4) | (hit ? FLAG : 0), 0, -1);
  }

  /** At a part of the request's server (numbered with it) or, for `lb`, at HAProxy. */
  queueEvent(req: Req, queued: boolean, at: ComponentId, queueLength: number): void {
    this.note(req, queued ? EK.QUEUED : EK.DEQUEUED, COMPONENT[at] | (req.srv ? req.srv.bits : 0), queueLength, -1);
  }

  /** A `refused` or `timeout` event. Reasons are interned: build config-dependent ones once (`reasons`). */
  reasonEvent(req: Req, kind: 'refused' | 'timeout', at: ComponentId | 'lb', reason: string): void {
    this.note(req, kind === 'refused' ? EK.REFUSED : EK.TIMEOUT, COMPONENT[at] | (req.srv ? req.srv.bits : 0), 0, this.store.intern(reason));
  }

  endEvent(req: Req, outcome: Outcome, symptom: string): void {
    this.note(req, EK.END, OUTCOME[outcome] << 8, 0, this.store.intern(symptom));
  }

  get seq(): number {
    return this.store.nextSeq;
  }

  /**
   * Recomputes component status from the failures in force and emits a state event per change, by
   * each part's own id (`server`, `nginx`, … on the one server; `server-1`, `lb`, … in a fixed design).
   * `status` sums them up for the gauges (with several servers a part is up while any server's is).
   */
  refreshStatus(): void {
    const { parts, summary: next } = stackStatus(this);
    for (const [id, status] of parts) if ((this.partStatus.get(id) ?? 'up') !== status) this.stateEvent(id, status);
    this.partStatus = parts;
    this.status = next;
    this.gauges.levels.status = packStatus(next);
    this.gauges.markDirty();
  }

  private stateEvent(component: StackComponentId, status: ComponentStatus): void {
    this.store.append({ seq: this.seq, t: this.now, requestId: -1, kind: 'state', component, status });
  }

  /** An ephemeral port for a new connection: 51514 first, then spread over 49152–65535. */
  takePort(): number {
    const port = 49152 + ((2362 + this.nextPort * 1021) % 16384);
    this.nextPort++;
    return port;
  }
}
