/**
 * Test-data builders for the Events tab: small hand-made events and requests, each overridable.
 * Only tests import this file.
 */
import type {
  CacheEvent,
  HopEvent,
  QueueEvent,
  RefusedEvent,
  RequestEndEvent,
  RequestRecord,
  RequestStartEvent,
  StateEvent,
  TimeoutEvent,
  Timing,
} from '../../sim/types';

let nextSeq = 1;
const seq = () => nextSeq++;

/** An HTTP request from the browser to Nginx, unless told otherwise. */
export function aHop(overrides: Partial<HopEvent> = {}): HopEvent {
  return {
    kind: 'hop',
    seq: seq(),
    t: 0.1,
    requestId: 1,
    from: 'browser',
    to: 'nginx',
    link: 'browser-nginx',
    arrive: 0.125,
    packet: 'http-request',
    direction: 'request',
    detail: {
      protocol: 'HTTP',
      summary: 'GET / HTTP/1.1',
      fields: [
        ['Host', 'www.foobar.com'],
        ['User-Agent', 'Mozilla/5.0'],
      ],
    },
    ...overrides,
  };
}

export function aDnsQuery(overrides: Partial<HopEvent> = {}): HopEvent {
  return aHop({
    from: 'browser',
    to: 'resolver',
    link: 'browser-resolver',
    packet: 'dns-query',
    detail: { protocol: 'DNS', summary: 'Standard query A www.foobar.com', fields: [['Port', 'UDP 53']] },
    ...overrides,
  });
}

export function aSyn(overrides: Partial<HopEvent> = {}): HopEvent {
  return aHop({ packet: 'tcp-syn', detail: { protocol: 'TCP', summary: 'SYN', fields: [['Port', '443']] }, ...overrides });
}

export function aSqlQuery(overrides: Partial<HopEvent> = {}): HopEvent {
  return aHop({
    from: 'app-server',
    to: 'mysql',
    link: 'app-server-mysql',
    packet: 'sql-query',
    detail: { protocol: 'SQL', summary: 'SELECT * FROM posts', fields: [] },
    ...overrides,
  });
}

export function aRequestStart(overrides: Partial<RequestStartEvent> = {}): RequestStartEvent {
  return { kind: 'request-start', seq: seq(), t: 0, requestId: 1, browserId: 0, path: '/', dynamic: true, ...overrides };
}

export function aRequestEnd(overrides: Partial<RequestEndEvent> = {}): RequestEndEvent {
  return { kind: 'request-end', seq: seq(), t: 0.2, requestId: 1, outcome: 'ok', symptom: '200 OK', ...overrides };
}

export function aCacheMiss(overrides: Partial<CacheEvent> = {}): CacheEvent {
  return { kind: 'cache', seq: seq(), t: 0, requestId: 1, at: 'browser', layer: 'browser', hit: false, ...overrides };
}

export function aQueued(overrides: Partial<QueueEvent> = {}): QueueEvent {
  return { kind: 'queued', seq: seq(), t: 0.15, requestId: 1, at: 'app-server', queueLength: 3, ...overrides };
}

export function aRefusal(overrides: Partial<RefusedEvent> = {}): RefusedEvent {
  return { kind: 'refused', seq: seq(), t: 0.1, requestId: 1, at: 'nginx', reason: 'port closed', ...overrides };
}

export function aTimeout(overrides: Partial<TimeoutEvent> = {}): TimeoutEvent {
  return { kind: 'timeout', seq: seq(), t: 127, requestId: 1, at: 'browser', reason: 'no SYN-ACK', ...overrides };
}

export function aStateChange(overrides: Partial<StateEvent> = {}): StateEvent {
  return { kind: 'state', seq: seq(), t: 5, requestId: -1, component: 'nginx', status: 'restarting', ...overrides };
}

/** A cold request's phases: 40 ms DNS, one RTT to connect, one for TLS, then the page. */
export function aTiming(overrides: Partial<Timing> = {}): Timing {
  const t = { dns: 0.04, connect: 0.03, tls: 0.032, waiting: 0.05, download: 0.008, total: 0, ...overrides };
  return overrides.total === undefined ? { ...t, total: t.dns + t.connect + t.tls + t.waiting + t.download } : t;
}

export function aRequest(overrides: Partial<RequestRecord> = {}): RequestRecord {
  const timing = overrides.timing ?? aTiming();
  return { id: 1, browserId: 0, path: '/', dynamic: true, start: 0, end: timing.total, outcome: 'ok', symptom: '200 OK', cold: true, timing, ...overrides };
}

/** A request that never got an answer. */
export function aFailure(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return aRequest({ outcome: 'refused', symptom: 'ERR_CONNECTION_REFUSED', timing: undefined, end: 0.03, ...overrides });
}
