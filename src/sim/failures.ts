/** What each injected failure does the moment it starts and ends (content.md §2.5–2.6). */
import { APP_SLOW_FACTOR } from './defaults';
import { dropConn } from './client';
import { PHASE } from './entities';
import type { Model } from './model';
import { respond, scheduleServiceEnd } from './server';
import { K } from './steps';
import type { FailureKind } from './types';

export function failureStart(m: Model, kind: FailureKind, factor?: number): void {
  switch (kind) {
    case 'server-down':
      if (!m.machine.down) serverCrash(m);
      break;
    case 'nginx-restart':
      if (!m.web.restarting) nginxRestart(m);
      break;
    case 'nginx-reload':
      m.web.reloading = true;
      break;
    case 'app-restart':
      if (!m.app.restarting) {
        m.app.restarting = true;
        cutApp(m, true);
      }
      break;
    case 'app-slow':
      setSlow(m, true, factor ?? APP_SLOW_FACTOR);
      break;
  }
  m.refreshStatus();
}

export function failureEnd(m: Model, kind: FailureKind): void {
  switch (kind) {
    case 'server-down':
      m.machine.boot();
      break;
    case 'nginx-restart':
      m.web.restarting = false;
      break;
    case 'nginx-reload':
      m.web.reloading = false;
      break;
    case 'app-restart':
      m.app.restarting = false;
      break;
    case 'app-slow':
      setSlow(m, false, 1);
      break;
  }
  m.refreshStatus();
}

/** Every request in the server's hands is lost; the browsers only learn it by timing out. */
function serverCrash(m: Model): void {
  m.machine.crash();
  for (const req of m.requests.active()) {
    req.upstreamHeld = false;
    if (req.done || req.retrying || req.phase < PHASE.CONNECTING || req.phase > PHASE.AT_APP) continue;
    req.stage++;
    req.abandoned = true;
    m.at(m.now + m.config.connectTimeoutS, K.LOST_TIMEOUT, req);
  }
  cutApp(m, false);
  // The machine's sockets are gone; the browsers still hold their ends until they notice.
  for (const b of m.browsers) for (const c of b.conns) c.counted = false;
  m.web.lose();
  m.app.dropInbound();
}

/** `systemctl restart nginx`: idle keep-alive connections close now, busy ones after their response. */
function nginxRestart(m: Model): void {
  m.web.restart();
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
function cutApp(m: Model, answer: boolean): void {
  const cut = m.app.reset();
  for (const r of m.db.queue) if (!cut.includes(r)) cut.push(r);
  m.db.disconnectAll();
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
function setSlow(m: Model, slow: boolean, factor: number): void {
  const prev = m.app.serviceFactor;
  m.app.setSlow(slow, factor);
  const next = m.app.serviceFactor;
  if (next === prev) return;
  for (const r of m.app.busyWorkers()) {
    if (r.onCpu || r.serviceEnd <= m.now || r.queryIndex < m.config.queriesPerRequest) continue;
    r.serviceEnd = m.now + ((r.serviceEnd - m.now) / r.serviceFactor) * next;
    r.serviceFactor = next;
    scheduleServiceEnd(m, r);
  }
}
