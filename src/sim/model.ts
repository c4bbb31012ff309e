/**
 * The model's state and the primitives every step uses: scheduling, emitting events, status.
 * The parts of the one-server stack (machine, Nginx, application server, MySQL) keep their own state
 * in their own modules. The steps live in `client.ts` (browser side), `server.ts` (Nginx, app, MySQL)
 * and `failures.ts`; `simulation.ts` wires them to the agenda.
 */
import { ActionQueue, type Agenda } from './actionQueue';
import { AppServer } from './appServer';
import { Database } from './database';
import { INITIAL_CWND_KB, STATIC_FILE_KB } from './defaults';
import * as D from './details';
import { Browser, Req } from './entities';
import { COMPONENT, EK, EventStore, FLAG, LAYER, OUTCOME, noteCode } from './eventStore';
import { GaugeLog, packStatus, type Gauged } from './gaugeLog';
import { RequestStore } from './requestStore';
import { Machine } from './machine';
import { createRng, type Rng } from './rng';
import { SERVER_IP, type ComponentId } from './topology';
import type { ComponentStatus, Outcome, SimConfig } from './types';
import { WebServer } from './webServer';

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
  readonly browsers: Browser[] = [];
  readonly requests = new RequestStore();
  readonly staticKb = STATIC_FILE_KB;
  readonly proxyResponseDetail: D.DetailId;
  private readonly responses: Record<Outcome | 'static', D.DetailId>;
  /** Texts of refusals and timeouts, built once (they depend only on the config). */
  readonly reasons: Readonly<Record<'nginxFull' | 'upstreamNoConnection' | 'upstreamConnectTimeout' | 'proxyTimeout' | 'connectTimeout' | 'lostTimeout', string>>;
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

  // The one server and the parts it runs.
  readonly machine = new Machine(SERVER_IP);
  readonly web: WebServer;
  readonly app: AppServer;
  readonly db: Database;

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
    };
    this.reasons = {
      nginxFull: `worker_connections are not enough: all ${config.nginxConnections} Nginx connections (worker_processes × worker_connections, upstream ones included) are in use, so Nginx accepts the connection and closes it at once`,
      upstreamNoConnection: `worker_connections are not enough while connecting to upstream: all ${config.nginxConnections} Nginx connections are in use, so Nginx answers 500`,
      upstreamConnectTimeout: `upstream timed out (110: Connection timed out) while connecting to upstream: the application server's accept queue (${config.appBacklog}) stayed full for proxy_connect_timeout ${config.proxyConnectTimeoutS} s`,
      proxyTimeout: `upstream timed out (110: Connection timed out) while reading response header from upstream, after proxy_read_timeout ${config.proxyReadTimeoutS} s`,
      connectTimeout: `no answer from ${SERVER_IP} after ${config.connectTimeoutS} s of retransmissions`,
      lostTimeout: `no answer from 8.8.8.8 (the server went down) for ${config.connectTimeoutS} s`,
    };
    this.proxyResponseDetail = D.PROXY_RESPONSE(Math.round(config.responseKb * 1024));
    this.arrivalRng = createRng(config.seed, 1);
    this.serviceRng = createRng(config.seed, 2);
    for (let i = 0; i < config.browsers; i++) this.browsers.push(new Browser(i));
    this.web = new WebServer(config.nginxConnections, this.gauges);
    this.app = new AppServer(config, this.gauges, this);
    this.db = new Database(config.mysqlMaxConnections, this.gauges);
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

  queueEvent(req: Req, queued: boolean, at: ComponentId, queueLength: number): void {
    this.note(req, queued ? EK.QUEUED : EK.DEQUEUED, COMPONENT[at], queueLength, -1);
  }

  /** A `refused` or `timeout` event. Reasons are interned: build config-dependent ones once (`reasons`). */
  reasonEvent(req: Req, kind: 'refused' | 'timeout', at: ComponentId, reason: string): void {
    this.note(req, kind === 'refused' ? EK.REFUSED : EK.TIMEOUT, COMPONENT[at], 0, this.store.intern(reason));
  }

  endEvent(req: Req, outcome: Outcome, symptom: string): void {
    this.note(req, EK.END, OUTCOME[outcome] << 8, 0, this.store.intern(symptom));
  }

  get seq(): number {
    return this.store.nextSeq;
  }

  /** Recomputes component status from the failures in force and emits a state event per change. */
  refreshStatus(): void {
    // Nothing on a machine that is down runs, whatever state it was left in.
    const down = this.machine.down;
    const next: Record<Gauged, ComponentStatus> = {
      server: down ? 'down' : 'up',
      nginx: down ? 'down' : this.web.status,
      'app-server': down ? 'down' : this.app.status,
      mysql: down ? 'down' : 'up',
    };
    for (const id of Object.keys(next) as Gauged[]) {
      if (next[id] !== this.status[id]) {
        this.store.append({ seq: this.seq, t: this.now, requestId: -1, kind: 'state', component: id, status: next[id] });
      }
    }
    this.status = next;
    this.gauges.levels.status = packStatus(next);
    this.gauges.markDirty();
  }

  /** An ephemeral port for a new connection: 51514 first, then spread over 49152–65535. */
  takePort(): number {
    const port = 49152 + ((2362 + this.nextPort * 1021) % 16384);
    this.nextPort++;
    return port;
  }
}
