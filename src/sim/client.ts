/** The browser's side of a request: DNS lookups through the cache layers, connections, the exchange. */
import { MAX_CONNECTIONS_PER_HOST, SYN_RETRY_BACKOFF_S } from './defaults';
import * as D from './details';
import { Conn, PHASE, Req } from './entities';
import { LOST, REFUSED } from './eventStore';
import { H } from './hops';
import type { Model } from './model';
import { K } from './steps';
import { OUTCOME_SYMPTOM, type Outcome } from './types';
import type { WebServer } from './webServer';

export function startRequest(m: Model, browserId: number, path: string, dynamic: boolean): Req {
  const b = m.browsers[browserId]!;
  const req = new Req(m.nextRequestId++, b, path, dynamic, m.now);
  // With a balancer, HAProxy picks the server when the request reaches it.
  if (!m.balancer) req.srv = m.servers[0]!;
  if (m.writeRng && dynamic) {
    req.writes = m.writeRng.next() < m.config.writeFraction;
    req.toReplica = !req.writes;
  }
  m.requests.add(req);
  m.startEvent(req);
  m.gauges.levels.inFlight++;
  m.gauges.markDirty();
  const browserHit = m.now < b.dnsUntil;
  m.cacheEvent(req, 'browser', 'browser', browserHit);
  if (browserHit) return dnsDone(m, req), req;
  const osHit = m.now < b.osUntil;
  m.cacheEvent(req, 'browser', 'os', osHit);
  if (osHit) {
    b.dnsUntil = m.now + m.config.browserDnsCacheS;
    return dnsDone(m, req), req;
  }
  const t = m.hop(req, H.DNS_QUERY_RESOLVER, m.s.resolverHalf, D.dnsQuery('resolver'));
  m.at(t, K.DNS_AT_RESOLVER, req);
  return req;
}

/** The browser has the address: DNS is done, now a connection. */
function dnsDone(m: Model, req: Req): void {
  req.tDns = m.now;
  acquire(m, req);
}

export function dnsAtBrowser(m: Model, req: Req, ttl: number): void {
  const b = req.browser;
  b.osUntil = m.now + ttl;
  b.dnsUntil = m.now + Math.min(m.config.browserDnsCacheS, ttl);
  dnsDone(m, req);
}

/** Reuses an idle keep-alive connection, opens a new one (up to 6), or waits for one. */
export function acquire(m: Model, req: Req): void {
  const b = req.browser;
  req.phase = PHASE.STALLED;
  for (let i = 0; i < b.conns.length; i++) {
    const c = b.conns[i]!;
    if (c.busy) continue;
    if (c.serverEpoch !== m.front.machine.epoch && !m.front.machine.down) {
      // The server rebooted: its reset tells the browser, which retries on a new connection.
      dropConn(m, c, false);
      i--;
      continue;
    }
    m.front.web.idle.remove(c);
    c.busy = true;
    c.idleToken++;
    req.conn = c;
    req.tConnect = req.tTls = m.now;
    sendRequest(m, req);
    return;
  }
  if (b.conns.length < MAX_CONNECTIONS_PER_HOST) {
    const c = new Conn(b, m.takePort(), m.front.machine.epoch, m.front.web.epoch, m.initialCwndKb);
    b.conns.push(c);
    req.conn = c;
    req.cold = true;
    req.phase = PHASE.CONNECTING;
    sendSyn(m, req);
    return;
  }
  b.pending.push(req);
}

export function sendSyn(m: Model, req: Req): void {
  const c = req.conn!;
  let fate = 0;
  if (m.front.machine.down) fate = LOST;
  else if (m.front.web.restarting) fate = REFUSED;
  const t = m.hop(req, m.fh.SYN, m.s.half, D.tcp('tcp-syn', c.port), fate);
  if (fate === LOST) return retransmitLater(m, req, 'tcp-syn');
  req.retrying = false;
  if (fate === REFUSED) return m.at(t, K.SYN_REFUSED_AT_NGINX, req);
  // The kernel completes the handshake; Nginx counts the connection when it accepts it (helloAtNginx).
  c.serverEpoch = m.front.machine.epoch;
  c.nginxEpoch = m.front.web.epoch;
  m.at(t, K.SYN_AT_NGINX, req);
}

/**
 * One of Nginx's worker_connections (or HAProxy's maxconn), for a browser or for the upstream. When
 * none is free Nginx first closes an idle keep-alive connection (ngx_drain_connections:
 * "worker_connections are not enough, reusing connections"); only with none idle does it fail.
 */
export function takeConnection(m: Model, web: WebServer): boolean {
  if (web.full && !closeOneIdle(m, web)) return false;
  web.take();
  return true;
}

function closeOneIdle(m: Model, web: WebServer): boolean {
  const c = web.idle.oldest();
  if (!c) return false;
  dropConn(m, c);
  return true;
}

/** Nobody answered: retransmit after the next backoff, and give up at the connect timeout. */
function retransmitLater(m: Model, req: Req, kind: 'tcp-syn' | 'http-request'): void {
  if (!req.retrying) {
    req.retrying = true;
    req.retryKind = kind;
    req.retryToken++;
    req.retryIndex = 0;
    req.retryStart = m.now;
    m.q.push(m.now + m.config.connectTimeoutS, K.RETRY_TIMEOUT, req, req.retryToken);
  }
  let next = req.retryStart;
  for (let i = 0; i <= req.retryIndex && i < SYN_RETRY_BACKOFF_S.length; i++) next += SYN_RETRY_BACKOFF_S[i]!;
  if (req.retryIndex < SYN_RETRY_BACKOFF_S.length && next < req.retryStart + m.config.connectTimeoutS) {
    req.retryIndex++;
    m.q.push(next, K.RETRANSMIT, req, req.retryToken);
  }
}

export function retransmit(m: Model, req: Req, token: number): void {
  if (req.done || !req.retrying || token !== req.retryToken) return;
  // The browser now knows nobody answered in time: the request counts as failing (failingNow.ts).
  if (Number.isNaN(req.stalledAt)) req.stalledAt = m.now;
  if (req.retryKind === 'tcp-syn') return sendSyn(m, req);
  if (!m.front.machine.down) {
    // The rebooted server resets the old connection; the browser retries on a new one.
    req.retrying = false;
    dropConn(m, req.conn!);
    req.conn = null;
    return acquire(m, req);
  }
  sendRequest(m, req);
}

export function retryTimeout(m: Model, req: Req, token: number): void {
  if (req.done || !req.retrying || token !== req.retryToken) return;
  m.reasonEvent(req, 'timeout', 'browser', m.reasons.connectTimeout);
  dropConn(m, req.conn!);
  finish(m, req, 'timeout');
}

export function synAckAtBrowser(m: Model, req: Req): void {
  const c = req.conn!;
  c.established = true;
  req.tConnect = m.now;
  req.phase = PHASE.TLS;
  m.hop(req, m.fh.ACK, m.s.half, D.tcp('tcp-ack', c.port));
  const t = m.hop(req, m.fh.CLIENT_HELLO, m.s.half, D.CLIENT_HELLO);
  m.at(t, K.HELLO_AT_NGINX, req);
}

export function serverHelloAtBrowser(m: Model, req: Req): void {
  req.tTls = m.now;
  sendRequest(m, req);
}

export function sendRequest(m: Model, req: Req): void {
  const c = req.conn!;
  req.phase = PHASE.SENT;
  const dead = m.front.machine.down;
  const t = m.hop(req, m.fh.HTTP_REQUEST, m.s.half, D.httpRequest(req.path), dead ? LOST : 0);
  c.lastUsed = m.now;
  if (dead) return retransmitLater(m, req, 'http-request');
  req.retrying = false;
  m.at(t, m.reqAtFront, req);
}

/** A reset: at the SYN (nothing listens) the connection is refused; after the handshake it is reset. */
export function rstAtBrowser(m: Model, req: Req): void {
  const established = req.conn!.established;
  dropConn(m, req.conn!);
  finish(m, req, established ? 'reset' : 'refused');
}

/** First byte at the browser; the rest comes in further flights while the window grows. */
export function respAtBrowser(m: Model, req: Req): void {
  req.tFirstByte = m.now;
  const c = req.conn!;
  if (req.answer !== 'ok') return complete(m, req, req.answer);
  const size = req.dynamic ? m.config.responseKb : m.staticKb;
  let sent = c.cwndKb;
  let w = c.cwndKb;
  let flights = 0;
  while (sent < size) {
    w *= 2;
    sent += w;
    flights++;
  }
  c.cwndKb = w;
  if (flights === 0) return complete(m, req, 'ok');
  req.queryIndex = flights;
  const t = m.hop(req, m.fh.ACK, m.s.half, D.DOWNLOAD_ACK);
  m.at(t, K.ACK_AT_NGINX, req);
}

export function flightAtBrowser(m: Model, req: Req): void {
  if (--req.queryIndex <= 0) return complete(m, req, 'ok');
  const t = m.hop(req, m.fh.ACK, m.s.half, D.DOWNLOAD_ACK);
  m.at(t, K.ACK_AT_NGINX, req);
}

/** An HTTP answer arrived whole: the connection goes back to the pool. */
function complete(m: Model, req: Req, outcome: Outcome): void {
  const c = req.conn!;
  finish(m, req, outcome);
  c.lastUsed = m.now;
  if (c.closeAfterResponse || c.nginxEpoch !== m.front.web.epoch || !c.counted) {
    dropConn(m, c);
    return;
  }
  c.busy = false;
  m.front.web.idle.add(c);
  c.idleToken++;
  const next = takePending(req.browser);
  if (next) acquire(m, next);
}

/**
 * Nginx closes keep-alive connections left idle for `keepalive_timeout`. Swept once a simulated
 * second (so a close is at most a second late) rather than scheduled per response.
 */
export function sweepIdle(m: Model): void {
  const limit = m.now - m.front.keepaliveS;
  for (const b of m.browsers) {
    for (let i = b.conns.length - 1; i >= 0; i--) {
      const c = b.conns[i]!;
      if (!c.busy && c.lastUsed <= limit) dropConn(m, c);
    }
  }
}

/** Forgets a connection (closed, reset or never opened) and lets a waiting request have the slot. */
export function dropConn(m: Model, c: Conn, dispatchPending = true): void {
  const list = c.browser.conns;
  const i = list.indexOf(c);
  if (i < 0) return;
  list.splice(i, 1);
  m.front.web.idle.remove(c);
  c.busy = false;
  c.idleToken++;
  if (c.counted) {
    c.counted = false;
    m.front.web.release();
  }
  if (!dispatchPending) return;
  const next = takePending(c.browser);
  if (next) acquire(m, next);
}

function takePending(b: Req['browser']): Req | undefined {
  if (b.pendingHead >= b.pending.length) return undefined;
  const r = b.pending[b.pendingHead++]!;
  if (b.pendingHead === b.pending.length) {
    b.pending.length = 0;
    b.pendingHead = 0;
  } else if (b.pendingHead > 64 && b.pendingHead * 2 > b.pending.length) {
    // A queue that never empties would otherwise keep every request it ever held.
    b.pending = b.pending.slice(b.pendingHead);
    b.pendingHead = 0;
  }
  return r;
}

/** The request has its outcome at the browser. */
export function finish(m: Model, req: Req, outcome: Outcome): void {
  if (req.done) return;
  req.outcome = outcome;
  req.symptom = OUTCOME_SYMPTOM[outcome];
  req.end = m.now;
  req.phase = PHASE.DONE;
  req.retrying = false;
  m.endEvent(req, outcome, req.symptom!);
  req.done = true;
  m.gauges.levels.inFlight--;
  m.gauges.markDirty();
}

/** A request lost with the server: the browser gives up after the connect timeout. */
export function lostTimeout(m: Model, req: Req): void {
  if (req.done) return;
  m.reasonEvent(req, 'timeout', 'browser', m.reasons.lostTimeout);
  if (req.conn) dropConn(m, req.conn);
  finish(m, req, 'timeout');
}
