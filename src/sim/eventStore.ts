/**
 * The retained event stream, appended in time order; `seq` = position in the whole run. Hops, the
 * bulk of the stream, are stored as numbers in typed columns and turned into `HopEvent` objects only
 * when a view asks for them (then cached), so a long run allocates little. Old events are dropped
 * from the front by time; lookups by time use binary search.
 */
import { COMPONENT_IDS, LINK_IDS, type ComponentId, type LinkId } from './topology';
import type { HopEvent, PacketDetail, PacketKind, SimEvent } from './types';

const PACKETS: readonly PacketKind[] = [
  'dns-query', 'dns-response', 'tcp-syn', 'tcp-syn-ack', 'tcp-ack', 'tcp-rst', 'tls-client-hello', 'tls-server-hello',
  'http-request', 'http-response', 'proxy-request', 'proxy-response', 'file-read', 'file-data', 'sql-query', 'sql-result',
];
const indexOf = <T extends string>(list: readonly T[]): Record<T, number> =>
  Object.fromEntries(list.map((v, i) => [v, i])) as Record<T, number>;
const COMPONENT = indexOf(COMPONENT_IDS);
const LINK = indexOf(LINK_IDS);
const PACKET = indexOf(PACKETS);
const LOST = 1 << 21;
const REFUSED = 1 << 22;
const RESPONSE = 1 << 20;

export class EventStore {
  private cap = 4096;
  private n = 0;
  private head = 0;
  /** `seq` of row 0. */
  private base = 0;
  private time = new Float64Array(this.cap);
  private arrive = new Float64Array(this.cap);
  private req = new Int32Array(this.cap);
  private code = new Int32Array(this.cap);
  private detailIx = new Int32Array(this.cap);
  /** Non-hop events, and hops once materialised. */
  private objs: (SimEvent | undefined)[] = [];
  private details: PacketDetail[] = [];
  private detailIndex = new Map<PacketDetail, number>();

  get nextSeq(): number {
    return this.base + this.n;
  }

  private row(t: number, requestId: number): number {
    if (this.n === this.cap) this.grow();
    const r = this.n++;
    this.time[r] = t;
    this.req[r] = requestId;
    return r;
  }

  append(e: SimEvent): void {
    const r = this.row(e.t, e.requestId);
    this.code[r] = -1;
    this.objs[r] = e;
  }

  appendHop(t: number, requestId: number, from: ComponentId, to: ComponentId, link: LinkId, arrive: number, packet: PacketKind, response: boolean, detail: PacketDetail, fate: 0 | 1 | 2): void {
    const r = this.row(t, requestId);
    this.arrive[r] = arrive;
    this.code[r] = COMPONENT[from] | (COMPONENT[to] << 4) | (LINK[link] << 8) | (PACKET[packet] << 12) | (response ? RESPONSE : 0) | (fate === 1 ? LOST : fate === 2 ? REFUSED : 0);
    let ix = this.detailIndex.get(detail);
    if (ix === undefined) {
      ix = this.details.length;
      this.details.push(detail);
      this.detailIndex.set(detail, ix);
    }
    this.detailIx[r] = ix;
    this.objs[r] = undefined;
  }

  private at(r: number): SimEvent {
    const cached = this.objs[r];
    if (cached) return cached;
    const c = this.code[r]!;
    const e: HopEvent = {
      seq: this.base + r,
      t: this.time[r]!,
      requestId: this.req[r]!,
      kind: 'hop',
      from: COMPONENT_IDS[c & 15]!,
      to: COMPONENT_IDS[(c >> 4) & 15]!,
      link: LINK_IDS[(c >> 8) & 15]!,
      arrive: this.arrive[r]!,
      packet: PACKETS[(c >> 12) & 31]!,
      direction: c & RESPONSE ? 'response' : 'request',
      detail: this.details[this.detailIx[r]!]!,
    };
    if (c & LOST) e.lost = true;
    if (c & REFUSED) e.refused = true;
    this.objs[r] = e;
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
    this.head = Math.max(this.head, Math.min(this.lowerBound(cutoff), this.n - minKeep));
    // Copy down once the dead prefix is large, so the cost stays amortised O(1) per event.
    if (this.head > 4096 && this.head * 2 > this.n) {
      const h = this.head;
      for (const col of [this.time, this.arrive, this.req, this.code, this.detailIx]) col.copyWithin(0, h, this.n);
      this.objs = this.objs.slice(h, this.n);
      this.n -= h;
      this.base += h;
      this.head = 0;
    }
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
    this.detailIx = g(this.detailIx, (n) => new Int32Array(n));
  }
}
