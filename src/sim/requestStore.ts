/**
 * The request records, in id order. Records finished before the retention cutoff are dropped, and
 * their outcomes folded into totals, so every count the metrics show is derived from records.
 */
import type { Req } from './entities';
import type { Outcome } from './types';

export type Totals = Record<Outcome, number> & { arrived: number };

export function emptyTotals(): Totals {
  return { arrived: 0, ok: 0, timeout: 0, refused: 0, reset: 0, 'bad-gateway': 0, 'gateway-timeout': 0, 'server-error': 0, unavailable: 0 };
}

export class RequestStore {
  /** The records are `list[head]` onwards: dropping from the front moves `head`, not the records. */
  list: Req[] = [];
  head = 0;
  /** Outcomes of the records already dropped. */
  readonly dropped = emptyTotals();

  add(r: Req): void {
    this.list.push(r);
  }

  get length(): number {
    return this.list.length - this.head;
  }

  /** Requests not finished yet. */
  active(): Req[] {
    const out: Req[] = [];
    for (let i = this.head; i < this.list.length; i++) if (!this.list[i]!.done) out.push(this.list[i]!);
    return out;
  }

  /** The newest `n` records, oldest first. */
  newest(n: number): Req[] {
    const from = this.list.length - n;
    return this.list.slice(from > this.head ? from : this.head); // NaN: all of them
  }

  byId(id: number): Req | undefined {
    let lo = this.head;
    let hi = this.list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.list[mid]!.id;
      if (v === id) return this.list[mid];
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Index in `list` of the first record that started at or after `t`. */
  firstStartingAt(t: number): number {
    let lo = this.head;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.list[mid]!.start < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Drops records that finished before `cutoff`, except the newest `minKeep`. */
  compact(cutoff: number, minKeep: number): void {
    const list = this.list;
    const first = list[this.head];
    // Records are in start order and end after they start: none from `firstStartingAt(cutoff)` on can go.
    const last = Math.min(list.length - minKeep, this.firstStartingAt(cutoff));
    if (!first || last <= this.head || !(first.done && first.end < cutoff)) return;
    // Survivors before `last` (requests still running) are packed against it, in order.
    let w = last;
    for (let i = last - 1; i >= this.head; i--) {
      const r = list[i]!;
      if (r.done && r.end < cutoff) {
        this.dropped.arrived++;
        this.dropped[r.outcome!]++;
      } else list[--w] = r;
    }
    (list as (Req | undefined)[]).fill(undefined, this.head, w);
    this.head = w;
    if (this.head > 1024 && this.head * 2 > list.length) {
      this.list = list.slice(this.head);
      this.head = 0;
    }
  }
}
