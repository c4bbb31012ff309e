/** What each injected failure does the moment it starts and ends (content.md §2.5–2.6). */
import type { Backend } from './backend';
import { releaseBackend } from './balancerSteps';
import { dropConn } from './client';
import type { Database } from './database';
import { APP_SLOW_FACTOR } from './defaults';
import { PHASE, type Req } from './entities';
import type { Model } from './model';
import { databaseRefused, dbOf, releaseMysql, respond, scheduleServiceEnd } from './server';
import { K } from './steps';
import type { FailureKind } from './types';

/** `server` (1-based) picks one of several servers; the one-server stack has only its own. */
export function failureStart(m: Model, kind: FailureKind, factor?: number, server = 1): void {
  const srv = targetOf(m, server);
  switch (kind) {
    case 'server-down':
      if (!srv.machine.down) {
        if (m.balancer) backendCrash(m, srv);
        else serverCrash(m, srv);
      }
      break;
    case 'nginx-restart':
      if (!srv.web.restarting) nginxRestart(m, srv);
      break;
    case 'nginx-reload':
      srv.web.reloading = true;
      break;
    case 'app-restart':
      if (!srv.app.restarting) {
        srv.app.restarting = true;
        cutApp(m, srv, true);
      }
      break;
    case 'app-slow':
      setSlow(m, srv, true, factor ?? APP_SLOW_FACTOR);
      break;
    case 'lb-down':
      balancerCrash(m);
      break;
    case 'db-down':
    case 'replica-down': {
      const db = m.databases[kind === 'db-down' ? 0 : 1];
      if (db && !db.stopped) databaseStop(m, db);
      break;
    }
  }
  m.refreshStatus();
}

export function failureEnd(m: Model, kind: FailureKind, server = 1): void {
  const srv = targetOf(m, server);
  switch (kind) {
    case 'server-down':
      srv.machine.boot();
      break;
    case 'nginx-restart':
      srv.web.restarting = false;
      break;
    case 'nginx-reload':
      srv.web.reloading = false;
      break;
    case 'app-restart':
      srv.app.restarting = false;
      break;
    case 'app-slow':
      setSlow(m, srv, false, 1);
      break;
    case 'lb-down':
      m.balancer?.boot();
      break;
    case 'db-down':
    case 'replica-down': {
      const db = m.databases[kind === 'db-down' ? 0 : 1];
      if (db) db.stopped = false;
      break;
    }
  }
  m.refreshStatus();
}

function targetOf(m: Model, server: number): Backend {
  return m.balancer ? m.servers[Math.min(server, m.servers.length) - 1]! : m.servers[0]!;
}

/** The one server stops: every request in its hands is lost; the browsers only learn it by timing out. */
function serverCrash(m: Model, srv: Backend): void {
  srv.machine.crash();
  for (const req of m.requests.active()) {
    req.upstreamHeld = false;
    if (req.done || req.retrying || req.phase < PHASE.CONNECTING || req.phase > PHASE.AT_APP) continue;
    lose(m, req);
  }
  cutApp(m, srv, false);
  // The machine's sockets are gone; the browsers still hold their ends until they notice.
  for (const b of m.browsers) for (const c of b.conns) c.counted = false;
  srv.web.lose();
  srv.app.dropInbound();
}

/** The browser will hear nothing more of `req`: its steps stop, and it times out. */
function lose(m: Model, req: Req): void {
  req.stage++;
  req.abandoned = true;
  m.at(m.now + m.config.connectTimeoutS, K.LOST_TIMEOUT, req);
}

/**
 * A server behind the balancer stops: the requests it holds are lost, and HAProxy, which forwarded
 * them, waits for their answers until `timeout server`. MySQL, on its own machine, closes the
 * connections its application held.
 */
function backendCrash(m: Model, srv: Backend): void {
  srv.machine.crash();
  for (const req of m.requests.active()) {
    if (req.srv !== srv || !req.lbWaiting || req.phase >= PHASE.RESPONDING) continue;
    req.stage++;
    req.backendHeld = req.upstreamHeld = false;
  }
  cutApp(m, srv, false);
  srv.web.lose();
  srv.app.dropInbound();
}

/** MySQL stopped: every connection to it closes; the requests waiting for one fail now, the queries under way at their next step. */
function databaseStop(m: Model, db: Database): void {
  const waiting = [...db.queue];
  db.stopped = true;
  db.disconnectAll();
  for (const req of m.requests.active()) if (req.srv && dbOf(req) === db) req.mysqlHeld = false;
  for (const req of waiting) databaseRefused(m, req);
}

/**
 * The active balancer stops. Requests it holds are lost; those a server is working on finish unseen
 * (the server's answer has nowhere to go). The browsers find out by timing out, or, with a pair, by a
 * reset once the backup holds the address.
 */
function balancerCrash(m: Model): void {
  const b = m.balancer;
  if (!b || b.machines[b.active]!.down) return;
  b.crash();
  for (const req of m.requests.active()) {
    if (req.retrying || req.phase < PHASE.CONNECTING) continue;
    // An answer already on its way from HAProxy to the browser still arrives.
    if (req.phase === PHASE.RESPONDING && !req.lbWaiting) continue;
    const atServer = req.lbWaiting && req.phase < PHASE.RESPONDING;
    if (atServer) releaseBackend(req);
    else req.stage++;
    req.lbHeld = req.lbWaiting = false;
    req.abandoned = true;
    m.at(m.now + m.config.connectTimeoutS, K.LOST_TIMEOUT, req);
  }
  for (const br of m.browsers) for (const c of br.conns) c.counted = false;
}

/** `systemctl restart nginx`: idle keep-alive connections close now, busy ones after their response. */
function nginxRestart(m: Model, srv: Backend): void {
  srv.web.restart();
  // Behind a balancer the browsers' connections are HAProxy's, not this Nginx's.
  if (m.balancer) return;
  for (const b of m.browsers) {
    for (const c of [...b.conns]) {
      if (c.busy) c.closeAfterResponse = true;
      else dropConn(m, c, false);
    }
  }
}

/**
 * The application server stops: its workers, backlog and MySQL connections go. With `answer`, Nginx
 * tells each waiting browser 502 (the upstream closed the connection).
 */
function cutApp(m: Model, srv: Backend, answer: boolean): void {
  const cut = srv.app.reset();
  if (m.balancer) {
    // The shared MySQL closes this server's connections only; the next waiting request gets one.
    for (const r of cut) for (const db of m.databases) db.forget(r);
    for (const r of cut) if (r.mysqlHeld) releaseMysql(m, r);
  } else {
    // The one application server was MySQL's only client.
    for (const db of m.databases) {
      for (const r of db.queue) if (!cut.includes(r)) cut.push(r);
      db.disconnectAll();
    }
  }
  for (const r of cut) {
    r.mysqlHeld = false;
    r.worker = -1;
    r.cpuLeft = 0;
    if (!answer || r.silent) continue;
    r.stage++;
    m.reasonEvent(r, 'refused', 'app-server', 'upstream prematurely closed connection: the application server restarted');
    respond(m, r, 'bad-gateway');
    r.abandoned = true;
  }
}

/** Slowness applies to work in progress too: what is left of each job runs at the new speed. */
function setSlow(m: Model, srv: Backend, slow: boolean, factor: number): void {
  const prev = srv.app.serviceFactor;
  srv.app.setSlow(slow, factor);
  const next = srv.app.serviceFactor;
  if (next === prev) return;
  for (const r of srv.app.busyWorkers()) {
    if (r.onCpu || r.serviceEnd <= m.now || r.queryIndex < m.config.queriesPerRequest) continue;
    r.serviceEnd = m.now + ((r.serviceEnd - m.now) / r.serviceFactor) * next;
    r.serviceFactor = next;
    scheduleServiceEnd(m, r);
  }
}
