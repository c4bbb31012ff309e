/**
 * The request records, in id order. Records finished before the retention cutoff are dropped, and
 * their outcomes folded into totals, so every count the metrics show is derived from records.
 */
import type { Req } from './entities';
import type { Outcome } from './types';

export type Totals = Record<Outcome, number> & { arrived: number };

export function emptyTotals(): Totals {
  return { arrived: 0, ok: 0, timeout: 0, refused: 0, 'bad-gateway': 0, 'gateway-timeout': 0 };
}

export class RequestStore {
  list: Req[] = [];
  /** Outcomes of the records already dropped. */
  readonly dropped = emptyTotals();

  add(r: Req): void {
    this.list.push(r);
  }

  /** Requests not finished yet. */
  active(): Req[] {
    return this.list.filter((r) => !r.done);
  }

  byId(id: number): Req | undefined {
    let lo = 0;
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

  /** Index of the first record that started at or after `t`. */
  firstStartingAt(t: number): number {
    let lo = 0;
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
    const first = this.list[0];
    const last = this.list.length - minKeep;
    if (!first || last <= 0 || !(first.done && first.end < cutoff)) return;
    const kept: Req[] = [];
    for (let i = 0; i < this.list.length; i++) {
      const r = this.list[i]!;
      if (i < last && r.done && r.end < cutoff) {
        this.dropped.arrived++;
        this.dropped[r.outcome!]++;
      } else kept.push(r);
    }
    this.list = kept;
  }
}
