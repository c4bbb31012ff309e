/**
 * HAProxy's steps: it picks a server for each request the browser sends, forwards it over the data
 * centre's network, retries a connection that fails (`retries`, `timeout connect`), answers 503 when
 * it cannot, waits `timeout server` for the answer, and passes the answer back to the browser.
 */
import { takeConnection } from './client';
import * as D from './details';
import { PHASE, type Req } from './entities';
import { LOST, REFUSED } from './eventStore';
import { HAPROXY_RETRIES, HAPROXY_TIMEOUT_CONNECT_S, HAPROXY_TURNAROUND_S } from './haproxy';
import type { Model } from './model';
import { sendAnswer, reqAtNginx } from './server';
import { K } from './steps';
import type { Outcome } from './types';

/** The request reached HAProxy: it takes the next server in the pool, or answers 503 when there is none. */
export function reqAtLb(m: Model, req: Req): void {
  const pool = m.balancer!.pool;
  const slot = pool.pick();
  if (slot === undefined) {
    m.reasonEvent(req, 'refused', 'lb', m.reasons.lbNoServer);
    return sendAnswer(m, req, 'unavailable');
  }
  req.srv = m.servers[slot]!;
  req.lbHeld = true;
  req.lbTries = 0;
  lbConnect(m, req);
}

/**
 * HAProxy connects to the server and sends the request. A machine that is down answers nothing (the
 * SYN is lost: the attempt ends at `timeout connect`); Nginx restarting refuses it (retried after the
 * turn-around time). After `retries` more attempts HAProxy gives up with 503.
 */
export function lbConnect(m: Model, req: Req): void {
  const srv = req.srv!;
  if (srv.machine.down || srv.web.restarting) {
    const refused = !srv.machine.down;
    m.hop(req, srv.h.LB_SYN, m.s.lanHalf, D.tcp('tcp-syn', req.conn!.port), refused ? REFUSED : LOST);
    if (req.lbTries >= HAPROXY_RETRIES) {
      m.reasonEvent(req, refused ? 'refused' : 'timeout', 'lb', m.reasons.lbConnectFailed);
      return lbAnswer(m, req, 'unavailable');
    }
    req.lbTries++;
    return m.at(m.now + (refused ? HAPROXY_TURNAROUND_S : HAPROXY_TIMEOUT_CONNECT_S), K.LB_CONNECT, req);
  }
  req.forwardedAt = m.now;
  req.lbWaiting = true;
  m.balancer!.awaitServer(req);
  const t = m.hop(req, srv.h.LB_FORWARD, m.s.lanHalf, D.httpRequest(req.path));
  m.at(t, K.REQ_AT_BACKEND, req);
}

/** The server's Nginx has the request: a connection for HAProxy, then as on the one server. */
export function reqAtBackend(m: Model, req: Req): void {
  if (!takeConnection(m, req.srv!.web)) {
    m.reasonEvent(req, 'refused', 'nginx', m.reasons.nginxFull);
    return lbAnswer(m, req, 'bad-gateway');
  }
  req.backendHeld = true;
  reqAtNginx(m, req);
}

/** Nginx's answer goes back to HAProxy. */
export function backToBalancer(m: Model, req: Req, outcome: Outcome): void {
  const srv = req.srv!;
  releaseBackend(req);
  // HAProxy has answered already (timeout server) or is gone: nobody reads this answer.
  if (req.silent) return;
  req.answer = outcome;
  req.phase = PHASE.RESPONDING;
  const t = m.hop(req, srv.h.LB_BACK, m.s.lanHalf, m.responseDetail(req, outcome));
  m.at(t, K.RESP_AT_LB, req);
}

/** HAProxy passes the server's answer on. */
export function respAtLb(m: Model, req: Req): void {
  lbAnswer(m, req, req.answer);
}

/** HAProxy answers the browser (the server's answer, or its own error) and frees the server's slot. */
export function lbAnswer(m: Model, req: Req, outcome: Outcome): void {
  if (req.lbHeld) {
    req.lbHeld = false;
    m.balancer!.pool.release(req.srv!.slot);
  }
  req.lbWaiting = false;
  sendAnswer(m, req, outcome);
}

/** The server's Nginx lets go of HAProxy's request (answered, or the connection closed). */
export function releaseBackend(req: Req): void {
  const web = req.srv!.web;
  if (req.backendHeld) {
    req.backendHeld = false;
    web.release();
  }
  if (req.upstreamHeld) {
    req.upstreamHeld = false;
    web.release();
  }
}

/**
 * `timeout server` ran out: HAProxy answers 504 and closes its connection to the server, whose Nginx
 * closes the upstream too; the application may still finish the work, unseen.
 */
export function lbServerTimeout(m: Model, req: Req): void {
  if (req.done) return;
  m.reasonEvent(req, 'timeout', 'lb', m.reasons.lbServerTimeout);
  releaseBackend(req);
  lbAnswer(m, req, 'gateway-timeout');
  req.abandoned = true;
}

/** HAProxy's health checks due now; each server leaving or rejoining the pool is recorded. */
export function healthCheck(m: Model): void {
  const b = m.balancer!;
  const changes = b.pool.runChecks(m.now, (slot) => {
    const srv = m.servers[slot]!;
    // A TCP check (`check` on the server line): it passes while Nginx accepts connections.
    return !srv.machine.down && !srv.web.restarting;
  });
  for (const c of changes) b.changes.push(c);
  m.q.push(b.pool.nextCheckAt, K.HEALTH_CHECK, null, 0);
}
