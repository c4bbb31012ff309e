/** The model's mutable pieces: requests in progress, browsers and their connections. */
import type { Backend } from './backend';
import type { Outcome, RequestRecord, Timing } from './types';

/** Where a request is, for deciding what a failure does to it. */
export const PHASE = { DNS: 0, STALLED: 1, CONNECTING: 2, TLS: 3, SENT: 4, AT_APP: 5, RESPONDING: 6, DONE: 7 } as const;

export class Conn {
  busy = true;
  established = false;
  /** Counted in Nginx's open connections. */
  counted = false;
  closeAfterResponse = false;
  lastUsed = 0;
  idleToken = 0;
  /** Position in Nginx's idle list, or -1. */
  idleIx = -1;
  cwndKb: number;
  constructor(
    readonly browser: Browser,
    readonly port: number,
    public serverEpoch: number,
    public nginxEpoch: number,
    initialCwndKb: number,
  ) {
    this.cwndKb = initialCwndKb;
  }
}

/**
 * The idle keep-alive connections Nginx counts, in the order they fell idle; removal is O(1) by index.
 * Removal leaves a hole: the list is packed once holes are most of it, else it grows for ever.
 */
export class IdleConns {
  private list: (Conn | null)[] = [];
  private head = 0;
  size = 0;

  /** Slots of the list: connections and the holes removed ones leave. */
  get slots(): number {
    return this.list.length - this.head;
  }

  add(c: Conn): void {
    c.idleIx = this.list.length;
    this.list.push(c);
    this.size++;
  }

  remove(c: Conn): void {
    if (c.idleIx < 0) return;
    this.list[c.idleIx] = null;
    c.idleIx = -1;
    this.size--;
    const slots = this.list.length - this.head;
    if (slots > 1024 && this.size * 2 < slots) this.compact();
  }

  /** The connection idle the longest, or undefined. */
  oldest(): Conn | undefined {
    while (this.head < this.list.length && this.list[this.head] === null) this.head++;
    const c = this.list[this.head] ?? undefined;
    if (this.head > 1024 && this.head * 2 > this.list.length) this.compact();
    return c;
  }

  clear(): void {
    for (let i = this.head; i < this.list.length; i++) {
      const c = this.list[i];
      if (c) c.idleIx = -1;
    }
    this.list = [];
    this.head = 0;
    this.size = 0;
  }

  private compact(): void {
    const kept: Conn[] = [];
    for (let i = this.head; i < this.list.length; i++) {
      const c = this.list[i];
      if (!c) continue;
      c.idleIx = kept.length;
      kept.push(c);
    }
    this.list = kept;
    this.head = 0;
  }
}

export class Browser {
  /** Browser host cache valid until. */
  dnsUntil = -Infinity;
  /** OS stub resolver cache valid until, and the TTL it was given. */
  osUntil = -Infinity;
  conns: Conn[] = [];
  pending: Req[] = [];
  pendingHead = 0;
  /** The last proxied request's detail and its path (see `proxyRequestOf`). */
  proxyDetail = -1;
  proxyPath = '';
  constructor(readonly id: number) {}
}

export class Req {
  end = NaN;
  outcome: Outcome | undefined = undefined;
  symptom: string | undefined = undefined;
  cold = false;
  tDns = NaN;
  tConnect = NaN;
  tTls = NaN;
  tFirstByte = NaN;
  /** When the browser first re-sent a packet nobody had answered (NaN: never). */
  stalledAt = NaN;
  firstSeq = -1;
  lastSeq = -1;
  phase: number = PHASE.DNS;
  /** Incremented to cancel every scheduled step of the request. */
  stage = 0;
  /** Nginx has answered for it already; the app may still be working on it, silently. */
  abandoned = false;
  done = false;
  conn: Conn | null = null;
  proxySentAt = 0;
  deadlineArmed = false;
  appEpoch = -1;
  mysqlHeld = false;
  queryIndex = 0;
  serviceEnd = 0;
  serviceFactor = 1;
  serviceToken = 0;
  retryToken = 0;
  retryIndex = 0;
  retryStart = 0;
  retrying = false;
  /** What is being retransmitted: the SYN, or the request on a reused connection. */
  retryKind: 'tcp-syn' | 'http-request' = 'tcp-syn';
  worker = -1;
  /** Nginx holds a second connection for it, to the application server. */
  upstreamHeld = false;
  /** When Nginx first tried to connect to the application server, and how many SYNs it has retransmitted. */
  connectStart = 0;
  connectTries = 0;
  /** CPU work still to do, core-seconds, and whether the request is on the cores now. */
  cpuLeft = 0;
  onCpu = false;
  /** What Nginx answered (set when the response leaves Nginx). */
  answer: Outcome = 'ok';
  /** TTL the DNS answer carried to the browser. */
  answerTtl = 0;
  /** The server that serves it: the one server, or the one HAProxy picked (null until then). */
  srv: Backend | null = null;
  /** HAProxy holds it: it counts against its server's connections until answered. */
  lbHeld = false;
  /** Forwarded to its server, HAProxy waits for the answer (`timeout server`). */
  lbWaiting = false;
  forwardedAt = 0;
  /** Connection attempts HAProxy has made to its server. */
  lbTries = 0;
  /** The server's Nginx holds a connection for HAProxy's request. */
  backendHeld = false;
  /** Writes to the database (with `replica`, only these go to the primary). */
  writes = false;
  /** Its queries go to the replica. */
  toReplica = false;
  constructor(
    readonly id: number,
    readonly browser: Browser,
    readonly path: string,
    readonly dynamic: boolean,
    readonly start: number,
  ) {}

  /** Silent requests emit no more hops (nginx has already answered the browser). */
  get silent(): boolean {
    return this.abandoned || this.done;
  }
}

/** Phases add up to the total: a boundary never reached takes the next one reached. */
export function timingOf(r: Req): Timing | undefined {
  if (!r.done) return undefined;
  const b = [r.start, r.tDns, r.tConnect, r.tTls, r.tFirstByte, r.end];
  for (let i = b.length - 2; i >= 1; i--) if (Number.isNaN(b[i]!)) b[i] = b[i + 1]!;
  const d = (i: number): number => Math.max(0, b[i + 1]! - b[i]!);
  return { dns: d(0), connect: d(1), tls: d(2), waiting: d(3), download: d(4), total: r.end - r.start };
}

export function recordOf(r: Req): RequestRecord {
  const rec: RequestRecord = { id: r.id, browserId: r.browser.id, path: r.path, dynamic: r.dynamic, start: r.start, cold: r.cold };
  if (!Number.isNaN(r.stalledAt)) rec.stalledAt = r.stalledAt;
  if (r.writes) rec.writes = true;
  if (r.done) {
    rec.end = r.end;
    rec.outcome = r.outcome;
    rec.symptom = r.symptom;
    rec.timing = timingOf(r);
  }
  return rec;
}
