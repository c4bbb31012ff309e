/** The far side: the DNS hierarchy, Nginx, the application server's workers and backlog, MySQL. */
import { takeConnection } from './client';
import { backToBalancer } from './balancerSteps';
import type { AppServer } from './appServer';
import type { Database } from './database';
import { ROWS_PER_QUERY, SYN_RETRY_BACKOFF_S, TCP_ABORT_ON_OVERFLOW } from './defaults';
import * as D from './details';
import { PHASE, type Req } from './entities';
import type { Model } from './model';
import { K } from './steps';
import { LOST, REFUSED } from './eventStore';
import { H } from './hops';
import type { Outcome } from './types';

// --- DNS -------------------------------------------------------------------------------------------

export function dnsAtResolver(m: Model, req: Req): void {
  const ttlLeft = m.answerCachedAt + m.config.recordTtlS - m.now;
  const hit = ttlLeft > 0;
  m.cacheEvent(req, 'resolver', 'resolver', hit);
  if (hit) return answerBrowser(m, req, Math.floor(ttlLeft));
  if (m.now < m.zoneReferralUntil) return askAuthoritative(m, req);
  if (m.now < m.comReferralUntil) return askTld(m, req);
  const t = m.hop(req, H.DNS_QUERY_ROOT, m.s.root, D.dnsQuery('root'));
  m.at(t, K.DNS_AT_ROOT, req);
}

function askTld(m: Model, req: Req): void {
  const t = m.hop(req, H.DNS_QUERY_TLD, m.s.tld, D.dnsQuery('tld'));
  m.at(t, K.DNS_AT_TLD, req);
}

function askAuthoritative(m: Model, req: Req): void {
  const t = m.hop(req, H.DNS_QUERY_AUTH, m.s.auth, D.dnsQuery('authoritative'));
  m.at(t, K.DNS_AT_AUTH, req);
}

function answerBrowser(m: Model, req: Req, ttl: number): void {
  const t = m.hop(req, H.DNS_ANSWER_BROWSER, m.s.resolverHalf, D.dnsAnswer(ttl));
  req.answerTtl = ttl;
  m.at(t, K.DNS_AT_BROWSER, req);
}

export function dnsAtRoot(m: Model, req: Req): void {
  const d = D.dnsReferral(`com.|${D.TLD_NS}|${m.config.referralTtlS}`);
  m.at(m.hop(req, H.DNS_REPLY_ROOT, m.s.root, d), K.ROOT_REPLY_AT_RESOLVER, req);
}

export function dnsAtTld(m: Model, req: Req): void {
  const d = D.dnsReferral(`foobar.com.|${D.AUTH_NS}|${m.config.referralTtlS}`);
  m.at(m.hop(req, H.DNS_REPLY_TLD, m.s.tld, d), K.TLD_REPLY_AT_RESOLVER, req);
}

export function dnsAtAuth(m: Model, req: Req): void {
  const d = D.dnsAnswer(m.config.recordTtlS);
  const t = m.hop(req, H.DNS_REPLY_AUTH, m.s.auth, d);
  m.at(t, K.AUTH_REPLY_AT_RESOLVER, req);
}

export function rootReply(m: Model, req: Req): void {
  m.comReferralUntil = m.now + m.config.referralTtlS;
  askTld(m, req);
}

export function tldReply(m: Model, req: Req): void {
  m.zoneReferralUntil = m.now + m.config.referralTtlS;
  askAuthoritative(m, req);
}

export function authReply(m: Model, req: Req): void {
  m.answerCachedAt = m.now;
  answerBrowser(m, req, m.config.recordTtlS);
}

// --- Nginx: handshakes and routing ------------------------------------------------------------------

export function synAtNginx(m: Model, req: Req): void {
  const t = m.hop(req, m.fh.SYN_ACK, m.s.half, D.tcp('tcp-syn-ack', req.conn!.port));
  m.at(t, K.SYNACK_AT_BROWSER, req);
}

export function synRefusedAtNginx(m: Model, req: Req): void {
  m.reasonEvent(req, 'refused', 'nginx', 'nothing listens on port 443 while Nginx restarts: the kernel answers RST');
  const t = m.hop(req, m.fh.RST, m.s.half, D.tcp('tcp-rst', req.conn!.port));
  m.at(t, K.RST_AT_BROWSER, req);
}

/**
 * The kernel completed the handshake; Nginx accepts the connection now. With no connection left
 * ("worker_connections are not enough") it closes it at once, and the ClientHello already received
 * makes the kernel answer with a reset.
 */
export function helloAtNginx(m: Model, req: Req): void {
  const c = req.conn!;
  if (!c.counted) {
    if (!takeConnection(m, m.front.web)) {
      m.reasonEvent(req, 'refused', m.balancer ? 'lb' : 'nginx', m.reasons.nginxFull);
      const t = m.hop(req, m.fh.RST, m.s.half, D.tcpResetAfterAccept(c.port));
      return m.at(t, K.RST_AT_BROWSER, req);
    }
    c.counted = true;
  }
  m.at(m.now + m.s.tlsCpu, K.SERVER_HELLO_SEND, req);
}

export function serverHelloSend(m: Model, req: Req): void {
  const t = m.hop(req, m.fh.SERVER_HELLO, m.s.half, D.SERVER_HELLO);
  m.at(t, K.SERVER_HELLO_AT_BROWSER, req);
}

export function reqAtNginx(m: Model, req: Req): void {
  const srv = req.srv!;
  if (!req.dynamic) {
    const t = m.hop(req, srv.h.STATIC_READ, m.s.nginxStatic / 2, D.fileRead('nginx'));
    return m.at(t, K.STATIC_AT_DISK, req);
  }
  req.phase = PHASE.AT_APP;
  // The upstream connection is a second one of Nginx's worker_connections.
  if (!takeConnection(m, srv.web)) {
    m.reasonEvent(req, 'refused', 'nginx', m.reasons.upstreamNoConnection);
    return respond(m, req, 'server-error');
  }
  req.upstreamHeld = true;
  req.connectStart = m.now;
  req.connectTries = 0;
  connectUpstream(m, req);
}

/** Nginx connects to 127.0.0.1:8000 and sends the request; a full accept queue drops the SYN. */
function connectUpstream(m: Model, req: Req): void {
  const srv = req.srv!;
  const refused = srv.app.restarting;
  if (!refused && !srv.app.hasRoom && !TCP_ABORT_ON_OVERFLOW) {
    m.hop(req, srv.h.UPSTREAM_SYN, m.s.loopback, D.UPSTREAM_SYN_DROPPED, LOST);
    return retryUpstreamLater(m, req);
  }
  req.proxySentAt = m.now;
  if (!refused) srv.app.expect();
  const t = m.hop(req, srv.h.PROXY_REQUEST, m.s.loopback, proxyRequestOf(req), refused ? REFUSED : 0);
  m.at(t, refused ? K.PROXY_REFUSED_AT_APP : K.PROXY_AT_APP, req);
}

/** The next SYN retransmission (Linux timing), or Nginx giving up at proxy_connect_timeout. */
function retryUpstreamLater(m: Model, req: Req): void {
  const giveUp = req.connectStart + m.config.proxyConnectTimeoutS;
  let next = req.connectStart;
  for (let i = 0; i <= req.connectTries && i < SYN_RETRY_BACKOFF_S.length; i++) next += SYN_RETRY_BACKOFF_S[i]!;
  if (req.connectTries < SYN_RETRY_BACKOFF_S.length && next < giveUp) {
    req.connectTries++;
    m.at(next, K.UPSTREAM_RETRY, req);
  } else m.at(Math.max(giveUp, m.now), K.UPSTREAM_CONNECT_TIMEOUT, req);
}

export function upstreamRetry(m: Model, req: Req): void {
  if (req.silent) return;
  connectUpstream(m, req);
}

export function upstreamConnectTimeout(m: Model, req: Req): void {
  if (req.silent) return;
  m.reasonEvent(req, 'timeout', 'nginx', m.reasons.upstreamConnectTimeout);
  respond(m, req, 'gateway-timeout');
}

/** The proxied request's detail, kept on the browser: it only changes with the path. */
function proxyRequestOf(req: Req): D.DetailId {
  const b = req.browser;
  if (b.proxyDetail < 0 || b.proxyPath !== req.path) {
    b.proxyPath = req.path;
    b.proxyDetail = D.proxyRequest(`${req.path}|203.0.113.${(b.id % 254) + 1}`);
  }
  return b.proxyDetail;
}

export function staticAtDisk(m: Model, req: Req): void {
  const t = m.hop(req, req.srv!.h.STATIC_DATA, m.s.nginxStatic / 2, D.fileData('nginx'));
  m.at(t, K.STATIC_DATA_AT_NGINX, req);
}

export function staticDataAtNginx(m: Model, req: Req): void {
  respond(m, req, 'ok');
}

/** Nginx answers: 200, or the error page of `outcome`; to the browser, or to HAProxy which passes it on. */
export function respond(m: Model, req: Req, outcome: Outcome): void {
  if (req.upstreamHeld) {
    req.upstreamHeld = false;
    req.srv!.web.release();
  }
  if (m.balancer) return backToBalancer(m, req, outcome);
  sendAnswer(m, req, outcome);
}

/** The front (Nginx, or HAProxy) sends the browser its answer. */
export function sendAnswer(m: Model, req: Req, outcome: Outcome): void {
  req.answer = outcome;
  req.phase = PHASE.RESPONDING;
  const t = m.hop(req, m.fh.HTTP_RESPONSE, m.s.half, m.responseDetail(req, outcome));
  m.at(t, K.RESP_AT_BROWSER, req);
}

export function ackAtNginx(m: Model, req: Req): void {
  const kb = Math.max(0, (req.dynamic ? m.config.responseKb : m.staticKb) - m.initialCwndKb);
  const t = m.hop(req, m.fh.HTTP_RESPONSE, m.s.half, D.HTTP_CONTINUATION(kb));
  m.at(t, K.FLIGHT_AT_BROWSER, req);
}

// --- The application server ------------------------------------------------------------------------

export function proxyRefusedAtApp(m: Model, req: Req): void {
  m.reasonEvent(req, 'refused', 'app-server', 'connect() failed (111: Connection refused) while connecting to upstream: the application server is restarting');
  respond(m, req, 'bad-gateway');
}

export function proxyAtApp(m: Model, req: Req): void {
  const app = req.srv!.app;
  app.arrive();
  if (app.restarting) return proxyRefusedAtApp(m, req);
  if (app.hasFreeWorker) return startWorker(m, req);
  // Room was promised when the SYN left (hasRoom), so the accept queue cannot overflow here.
  app.enqueue(req);
  if (!req.silent) m.queueEvent(req, true, 'app-server', app.queueLength);
}

function startWorker(m: Model, req: Req): void {
  const srv = req.srv!;
  srv.app.assignWorker(req);
  req.queryIndex = 0;
  const t = m.hop(req, srv.h.CODE_READ, m.s.loopback, D.fileRead('app-server'));
  m.at(t, K.CODE_AT_DISK, req);
}

export function codeAtDisk(m: Model, req: Req): void {
  const t = m.hop(req, req.srv!.h.CODE_DATA, m.s.loopback, D.fileData('app-server'));
  m.at(t, K.CODE_AT_APP, req);
}

/** Runs the next SQL query, or, after the last, renders the page. */
export function nextQuery(m: Model, req: Req): void {
  if (req.queryIndex >= m.config.queriesPerRequest) {
    if (req.mysqlHeld) releaseMysql(m, req);
    return compute(m, req);
  }
  const srv = req.srv!;
  // A replica that is down costs read capacity only: the reads go to the primary.
  if (req.toReplica && !req.mysqlHeld && srv.readDb.stopped) req.toReplica = false;
  const replica = req.toReplica;
  const db = replica ? srv.readDb : srv.db;
  const half = replica ? srv.readDbHalf : srv.dbHalf;
  const hop = replica ? srv.h.SQL_QUERY_REPLICA : srv.h.SQL_QUERY;
  if (db.stopped) {
    m.hop(req, hop, half, D.sqlQuery(req.queryIndex), REFUSED);
    return databaseRefused(m, req);
  }
  if (!req.mysqlHeld) {
    if (!db.connect(req)) return armDeadline(m, req);
    req.mysqlHeld = true;
  }
  const last = req.queryIndex === m.config.queriesPerRequest - 1;
  const t = m.hop(req, hop, half, req.writes && last ? D.SQL_WRITE : D.sqlQuery(req.queryIndex));
  m.at(t, K.SQL_AT_MYSQL, req);
}

/** The database `req` queries: the replica for its reads when there is one, else the primary. */
export const dbOf = (req: Req): Database => (req.toReplica ? req.srv!.readDb : req.srv!.db);

export function sqlAtMysql(m: Model, req: Req): void {
  if (dbOf(req).stopped) return databaseRefused(m, req);
  m.at(m.now + m.s.query, K.SQL_DONE, req);
}

export function sqlDone(m: Model, req: Req): void {
  const srv = req.srv!;
  if (dbOf(req).stopped) return databaseRefused(m, req);
  const replica = req.toReplica;
  const t = m.hop(req, replica ? srv.h.SQL_RESULT_REPLICA : srv.h.SQL_RESULT, replica ? srv.readDbHalf : srv.dbHalf, D.sqlResult(ROWS_PER_QUERY));
  m.at(t, K.SQL_RESULT_AT_APP, req);
}

/** MySQL is stopped: the application's client is refused (or loses its connection) and the page fails. */
export function databaseRefused(m: Model, req: Req): void {
  req.mysqlHeld = false;
  m.at(m.now, K.SQL_FAILED, req);
}

/** The MySQL client got its error: the application answers 500 and its worker is free again. */
export function sqlFailed(m: Model, req: Req): void {
  const srv = req.srv!;
  // The application restarted meanwhile: the worker is no longer this request's.
  if (req.appEpoch !== srv.app.epoch) return;
  srv.app.releaseWorker(req);
  if (!req.silent) {
    m.reasonEvent(req, 'refused', 'app-server', m.reasons.databaseStopped);
    m.hop(req, srv.h.PROXY_RESPONSE, m.s.loopback, m.proxyResponseDetail);
    respond(m, req, 'server-error');
  }
  takeNextFromBacklog(m, srv.app);
}

export function sqlResultAtApp(m: Model, req: Req): void {
  req.queryIndex++;
  nextQuery(m, req);
}

export function releaseMysql(m: Model, req: Req): void {
  req.mysqlHeld = false;
  // The connection passes straight to the request waiting longest.
  const next = dbOf(req).release();
  if (next) {
    next.mysqlHeld = true;
    nextQuery(m, next);
  }
}

/**
 * After its queries the request waits on other I/O (the part `app-slow` slows), then computes on the
 * cores. Each part is exponential; a part of mean 0 takes no draw, so the waiting-only model stays M/M/c.
 */
function compute(m: Model, req: Req): void {
  req.serviceFactor = req.srv!.app.serviceFactor;
  req.cpuLeft = m.s.appCpu > 0 ? m.serviceRng.exponential(m.s.appCpu) : 0;
  const wait = m.s.appWait > 0 ? m.serviceRng.exponential(m.s.appWait) : 0;
  req.serviceEnd = m.now + wait * req.serviceFactor;
  scheduleServiceEnd(m, req);
}

export function scheduleServiceEnd(m: Model, req: Req): void {
  req.serviceToken++;
  m.q.push(req.serviceEnd, K.SERVICE_DONE, req, req.serviceToken);
  if (req.serviceEnd > req.proxySentAt + m.config.proxyReadTimeoutS) armDeadline(m, req);
}

export function serviceDone(m: Model, req: Req, token: number): void {
  const app = req.srv!.app;
  if (token !== req.serviceToken || req.appEpoch !== app.epoch) return;
  if (req.cpuLeft > 0) {
    // Sharing the cores, no request computes slower than workers ÷ cores times its own CPU time.
    const latest = m.now + req.cpuLeft * Math.max(1, m.config.appWorkers / m.config.cpuCores);
    if (latest > req.proxySentAt + m.config.proxyReadTimeoutS) armDeadline(m, req);
    return app.cores.start(req);
  }
  workDone(m, req);
}

/** The worker is free: the response goes to Nginx and the next connection in the accept queue is taken. */
export function workDone(m: Model, req: Req): void {
  const srv = req.srv!;
  srv.app.releaseWorker(req);
  const t = m.hop(req, srv.h.PROXY_RESPONSE, m.s.loopback, m.proxyResponseDetail);
  if (!req.silent) m.at(t, K.PROXY_RESP_AT_NGINX, req);
  takeNextFromBacklog(m, srv.app);
}

/** A worker came free: the next connection in the accept queue gets it. */
function takeNextFromBacklog(m: Model, app: AppServer): void {
  const next = app.dequeue();
  if (next) {
    if (!next.silent) m.queueEvent(next, false, 'app-server', app.queueLength);
    startWorker(m, next);
  }
}

export function proxyRespAtNginx(m: Model, req: Req): void {
  if (req.silent) return;
  respond(m, req, 'ok');
}

// --- Nginx's proxy_read_timeout ----------------------------------------------------------------------

function armDeadline(m: Model, req: Req): void {
  if (req.deadlineArmed || req.silent) return;
  req.deadlineArmed = true;
  m.at(Math.max(m.now, req.proxySentAt + m.config.proxyReadTimeoutS), K.DEADLINE, req);
}

/** Queued requests past proxy_read_timeout, found by the application server's one watchdog. */
export function queueWatchdog(m: Model, app: AppServer, token: number): void {
  app.watchdog(token, (r) => deadline(m, r));
}

export function deadline(m: Model, req: Req): void {
  if (req.silent || req.phase !== PHASE.AT_APP) return;
  m.reasonEvent(req, 'timeout', 'nginx', m.reasons.proxyTimeout);
  respond(m, req, 'gateway-timeout');
  req.abandoned = true;
}
