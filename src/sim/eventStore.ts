/**
 * The retained event stream, appended in time order; `seq` = position in the whole run. Every event
 * but the rare `state` one is stored as numbers in typed columns and turned into an object only when
 * a view asks for it (then cached for a while, see `BUILT_KEEP_S`), so a long run allocates nothing per
 * event. Old events are dropped from the front by time; lookups by time use binary search.
 */
import { BASE_COMPONENTS, BASE_LINKS, MAX_SERVERS, numbered, numberedLink, type BaseComponentId, type BaseLinkId } from './stackIds';
import { detailOf, type DetailId } from './details';
import type { HopEvent, Outcome, PacketKind, StackEvent as SimEvent } from './types';
import type { StackComponentId, StackLinkId } from './stackIds';

const PACKETS: readonly PacketKind[] = [
  'dns-query', 'dns-response', 'tcp-syn', 'tcp-syn-ack', 'tcp-ack', 'tcp-rst', 'tls-client-hello', 'tls-server-hello',
  'http-request', 'http-response', 'proxy-request', 'proxy-response', 'file-read', 'file-data', 'sql-query', 'sql-result',
];
export const OUTCOMES: readonly Outcome[] = ['ok', 'timeout', 'refused', 'bad-gateway', 'gateway-timeout', 'reset', 'server-error'];
const LAYERS = ['browser', 'os', 'resolver'] as const;
const indexOf = <T extends string>(list: readonly T[]): Record<T, number> =>
  Object.fromEntries(list.map((v, i) => [v, i])) as Record<T, number>;
export const COMPONENT = indexOf(BASE_COMPONENTS);
const LINK = indexOf(BASE_LINKS);
const PACKET = indexOf(PACKETS);
export const OUTCOME = indexOf(OUTCOMES);
export const LAYER = indexOf(LAYERS);

// Hop rows: from | to << 4 | link << 8 | packet << 12, flags above. Other rows: kind << 24 | fields.
// Both carry the number of the server (0: the one-server stack) in bits 16–18.
const SERVER_SHIFT = 16;
export const LOST = 1 << 21;
export const REFUSED = 1 << 22;
const RESPONSE = 1 << 20;
const KIND_SHIFT = 24;
/** Row kinds. Fields of the others: bits 0–3 a component, 4–5 a cache layer, bit 6 a flag, 8–10 an outcome. */
export const EK = { HOP: 0, OBJECT: 1, START: 2, CACHE: 3, QUEUED: 4, DEQUEUED: 5, REFUSED: 6, TIMEOUT: 7, END: 8 } as const;
export const FLAG = 1 << 6;

/** The code of a hop, computed once per kind of hop rather than per packet. */
export function hopCode(from: BaseComponentId, to: BaseComponentId, link: BaseLinkId, packet: PacketKind, direction: 'request' | 'response'): number {
  return COMPONENT[from] | (COMPONENT[to] << 4) | (LINK[link] << 8) | (PACKET[packet] << 12) | (direction === 'response' ? RESPONSE : 0);
}

/** What to add to a hop's or note's code for a part of server `n` (1–4; 0 adds nothing). */
export const serverBits = (n: number): number => n << SERVER_SHIFT;

// Names by server number, then base index: built once, so decoding allocates no string.
const COMPONENT_NAMES = Array.from({ length: MAX_SERVERS + 1 }, (_, n) => BASE_COMPONENTS.map((id) => numbered(id, n)));
const LINK_NAMES = Array.from({ length: MAX_SERVERS + 1 }, (_, n) => BASE_LINKS.map((id) => numberedLink(id, n)));

export const noteCode = (kind: number, fields: number): number => (kind << KIND_SHIFT) | fields;

/**
 * Events built for a view stay cached (a view reading one again gets the same object) while read within
 * this many simulated seconds, and at most about twice `BUILT_KEEP` of them: the views read the few
 * seconds they draw, and Play builds every event once, so a cache of the whole retained window
 * (tens of thousands of objects) kept what nobody would read again.
 */
const BUILT_KEEP_S = 5;
const BUILT_KEEP = 16_384;

export class EventStore {
  private cap = 4096;
  private n = 0;
  private head = 0;
  /** `seq` of row 0. */
  private base = 0;
  private time = new Float64Array(this.cap);
  /**
   * A hop's arrival time; for other events the same 8 bytes hold (through `ints`) a browser id or
   * queue length at 2r and a string (path, reason, symptom) by index in `strings` at 2r + 1.
   */
  private arrive = new Float64Array(this.cap);
  private ints = new Int32Array(this.arrive.buffer);
  private req = new Int32Array(this.cap);
  private code = new Int32Array(this.cap);
  /** A hop's detail (`DetailId`). */
  private detailIx = new Int32Array(this.cap);
  /** Events given as objects, by `seq` (no per-row array to grow). */
  private objs = new Map<number, SimEvent>();
  /**
   * Encoded events built for a view, by `seq`, in two generations: `built` since `builtFrom` (time of
   * the newest row then), `older` the generation before. A read from `older` moves the object to `built`.
   */
  private built = new Map<number, SimEvent>();
  private older = new Map<number, SimEvent>();
  private builtFrom = 0;
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  /** Off while fast-forwarding: events are only counted, so `seq` stays what a full run gives. */
  private recording = true;

  get nextSeq(): number {
    return this.base + this.n;
  }

  /** Rows kept, and room for rows. */
  get retained(): number {
    return this.n - this.head;
  }
  get capacity(): number {
    return this.cap;
  }
  /** Bytes the typed columns take. */
  get bytes(): number {
    return this.time.byteLength + this.arrive.byteLength + this.req.byteLength + this.code.byteLength + this.detailIx.byteLength;
  }
  /** Events held as objects (given so, or built and cached). */
  get objects(): number {
    return this.objs.size + this.built.size + this.older.size;
  }

  /** A store that goes on from this one's sequence numbers and strings, holding no events and not recording. */
  emptied(): EventStore {
    const s = new EventStore();
    s.base = this.nextSeq;
    s.recording = false;
    for (const str of this.strings) s.intern(str);
    return s;
  }

  /** Stop or resume keeping events. Stopping drops every retained one (nobody will draw them). */
  setRecording(on: boolean): void {
    if (on === this.recording) return;
    this.recording = on;
    if (on) return;
    this.base += this.n;
    this.n = 0;
    this.head = 0;
    this.objs = new Map();
    this.built = new Map();
    this.older = new Map();
  }

  /** Index of `s` in the string table (added the first time). */
  intern(s: string): number {
    let ix = this.stringIndex.get(s);
    if (ix === undefined) {
      ix = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, ix);
    }
    return ix;
  }

  /** The row written, or -1 when only counting. */
  private row(t: number, requestId: number, code: number): number {
    if (!this.recording) {
      this.base++;
      return -1;
    }
    if (this.n === this.cap) {
      // Reuse the dead prefix when it is big enough, so the columns grow only with what is retained.
      if (this.head * 4 >= this.cap) this.copyDown();
      else this.grow();
    }
    const r = this.n++;
    this.time[r] = t;
    this.req[r] = requestId;
    this.code[r] = code;
    return r;
  }

  append(e: SimEvent): void {
    const r = this.row(e.t, e.requestId, noteCode(EK.OBJECT, 0));
    if (r >= 0) this.objs.set(this.base + r, e);
  }

  /** A hop; `code` from `hopCode`, with `LOST` or `REFUSED` added. */
  appendHop(t: number, requestId: number, code: number, arrive: number, detail: DetailId): void {
    const r = this.row(t, requestId, code);
    if (r < 0) return;
    this.arrive[r] = arrive;
    this.detailIx[r] = detail;
  }

  /** A non-hop event; `code` from `noteCode`, `str` from `intern` (or -1). */
  appendNote(t: number, requestId: number, code: number, aux: number, str: number): void {
    const r = this.row(t, requestId, code);
    if (r < 0) return;
    this.ints[2 * r] = aux;
    this.ints[2 * r + 1] = str;
  }

  private at(r: number): SimEvent {
    const seq = this.base + r;
    const c = this.code[r]!;
    if (c >>> KIND_SHIFT === EK.OBJECT) return this.objs.get(seq)!;
    let e = this.built.get(seq);
    if (e !== undefined) return e;
    e = this.older.get(seq);
    if (e === undefined) e = this.build(r);
    else this.older.delete(seq);
    if (this.built.size >= BUILT_KEEP) this.nextGeneration();
    this.built.set(seq, e);
    return e;
  }

  /** The built events not read lately are let go. */
  private nextGeneration(): void {
    this.older = this.built;
    this.built = new Map();
    this.builtFrom = this.n > 0 ? this.time[this.n - 1]! : 0;
  }

  // Keys in the order the model used to write them, so serialised streams are unchanged.
  private build(r: number): SimEvent {
    const c = this.code[r]!;
    const seq = this.base + r;
    const t = this.time[r]!;
    const requestId = this.req[r]!;
    const names = COMPONENT_NAMES[(c >> SERVER_SHIFT) & 7]!;
    const at = names[c & 15]!;
    const aux = this.ints[2 * r]!;
    const s = this.strings[this.ints[2 * r + 1]!]!;
    switch (c >>> KIND_SHIFT) {
      case EK.START:
        return { seq, t, requestId, kind: 'request-start', browserId: aux, path: s, dynamic: (c & FLAG) !== 0 };
      case EK.CACHE:
        return { seq, t, requestId, kind: 'cache', at, layer: LAYERS[(c >> 4) & 3]!, hit: (c & FLAG) !== 0 };
      case EK.QUEUED:
        return { seq, t, requestId, kind: 'queued', at, queueLength: aux };
      case EK.DEQUEUED:
        return { seq, t, requestId, kind: 'dequeued', at, queueLength: aux };
      case EK.REFUSED:
        return { seq, t, requestId, kind: 'refused', at, reason: s };
      case EK.TIMEOUT:
        return { seq, t, requestId, kind: 'timeout', at, reason: s };
      case EK.END:
        return { seq, t, requestId, kind: 'request-end', outcome: OUTCOMES[(c >> 8) & 7]!, symptom: s };
    }
    const e: HopEvent<StackComponentId, StackLinkId> = {
      seq,
      t,
      requestId,
      kind: 'hop',
      from: at,
      to: names[(c >> 4) & 15]!,
      link: LINK_NAMES[(c >> SERVER_SHIFT) & 7]![(c >> 8) & 15]!,
      arrive: this.arrive[r]!,
      packet: PACKETS[(c >> 12) & 15]!,
      direction: c & RESPONSE ? 'response' : 'request',
      detail: detailOf(this.detailIx[r]!),
    };
    if (c & LOST) e.lost = true;
    if (c & REFUSED) e.refused = true;
    return e;
  }

  /** Row of the first retained event with `t >= time`. */
  private lowerBound(time: number): number {
    let lo = this.head;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.time[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Events with `t1 <= t < t2`. */
  range(t1: number, t2: number): SimEvent[] {
    if (!(t2 > t1)) return [];
    const out: SimEvent[] = [];
    for (let r = this.lowerBound(t1), end = this.lowerBound(t2); r < end; r++) out.push(this.at(r));
    return out;
  }

  /** Events of one request between two sequence numbers (inclusive). */
  ofRequest(requestId: number, fromSeq: number, toSeq: number): SimEvent[] {
    const out: SimEvent[] = [];
    const end = Math.min(this.n - 1, toSeq - this.base);
    for (let r = Math.max(this.head, fromSeq - this.base); r <= end; r++) if (this.req[r] === requestId) out.push(this.at(r));
    return out;
  }

  /** Drops events with `t < cutoff`, but keeps at least the newest `minKeep`. */
  dropBefore(cutoff: number, minKeep: number): void {
    if (this.n > 0 && this.time[this.n - 1]! - this.builtFrom >= BUILT_KEEP_S) this.nextGeneration();
    this.head = Math.max(this.head, Math.min(this.lowerBound(cutoff), this.n - minKeep));
    // Copy down once the dead prefix is large, so the cost stays amortised O(1) per event.
    if (this.head > 4096 && this.head * 2 > this.n) this.copyDown();
  }

  private copyDown(): void {
    const h = this.head;
    for (const col of [this.time, this.arrive, this.req, this.code, this.detailIx]) col.copyWithin(0, h, this.n);
    this.n -= h;
    this.base += h;
    this.head = 0;
    if (this.objs.size === 0) return;
    const kept = new Map<number, SimEvent>();
    for (const [seq, e] of this.objs) if (seq >= this.base) kept.set(seq, e);
    this.objs = kept;
  }

  private grow(): void {
    this.cap *= 2;
    const g = <A extends Float64Array | Int32Array>(a: A, make: (n: number) => A): A => {
      const b = make(this.cap);
      b.set(a);
      return b;
    };
    this.time = g(this.time, (n) => new Float64Array(n));
    this.arrive = g(this.arrive, (n) => new Float64Array(n));
    this.req = g(this.req, (n) => new Int32Array(n));
    this.code = g(this.code, (n) => new Int32Array(n));
    this.ints = new Int32Array(this.arrive.buffer);
    this.detailIx = g(this.detailIx, (n) => new Int32Array(n));
  }
}
