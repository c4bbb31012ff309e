/**
 * Component load over time: one row per instant something changed (connections, workers, queues,
 * status), stored in typed columns, with running busy-time integrals so the utilisation over any
 * retained interval costs two binary searches. Rows before `head` are gone: where they still sit in
 * the columns (until a shift) and how big the columns are never shows, so a copy holds just the rows kept.
 */
import type { ComponentStatus } from './types';

export const STATUS_CODES: readonly ComponentStatus[] = ['up', 'down', 'restarting', 'reloading', 'slow'];
export const GAUGED = ['server', 'nginx', 'app-server', 'mysql'] as const;
export type Gauged = (typeof GAUGED)[number];

/** The live values the model mutates; `commit` writes them as a row. */
export interface Levels {
  nginxBusy: number;
  appBusy: number;
  appQueue: number;
  mysqlBusy: number;
  mysqlQueue: number;
  inFlight: number;
  /** Status codes (index in STATUS_CODES) of server, nginx, app-server, mysql, 3 bits each. */
  status: number;
}

const COLS = 7;
const CUMS = 3;

export class GaugeLog {
  private cap = 1024;
  private n = 0;
  private time = new Float64Array(this.cap);
  /** Levels are small integers. */
  private vals = new Int32Array(this.cap * COLS);
  private cums = new Float64Array(this.cap * CUMS);
  private dirty = true;
  /** The first row kept (`dropBefore` moves it on); the rows before it are shifted out when it pays. */
  private head = 0;
  readonly levels: Levels = { nginxBusy: 0, appBusy: 0, appQueue: 0, mysqlBusy: 0, mysqlQueue: 0, inFlight: 0, status: 0 };

  /** Rows kept, and room for rows. */
  get rows(): number {
    return this.n - this.head;
  }
  get capacity(): number {
    return this.cap;
  }

  markDirty(): void {
    this.dirty = true;
  }

  /** Writes the current levels at `t` (overwriting a row at the same instant). */
  commit(t: number): void {
    if (!this.dirty) return;
    this.dirty = false;
    let row = this.n;
    if (row > 0 && this.time[row - 1] === t) row--;
    else {
      if (row === this.cap) {
        if (this.head * 4 >= this.cap) row -= this.shift();
        else this.grow();
      }
      this.n++;
      if (row > 0) {
        const dt = t - this.time[row - 1]!;
        const p = (row - 1) * COLS;
        const pc = (row - 1) * CUMS;
        this.cums[row * CUMS] = this.cums[pc]! + this.vals[p]! * dt;
        this.cums[row * CUMS + 1] = this.cums[pc + 1]! + this.vals[p + 1]! * dt;
        this.cums[row * CUMS + 2] = this.cums[pc + 2]! + this.vals[p + 3]! * dt;
      }
    }
    this.time[row] = t;
    const l = this.levels;
    const o = row * COLS;
    this.vals[o] = l.nginxBusy;
    this.vals[o + 1] = l.appBusy;
    this.vals[o + 2] = l.appQueue;
    this.vals[o + 3] = l.mysqlBusy;
    this.vals[o + 4] = l.mysqlQueue;
    this.vals[o + 5] = l.inFlight;
    this.vals[o + 6] = l.status;
  }

  /** Index of the last row with time ≤ t (the first row kept when t is before every one). */
  rowAt(t: number): number {
    let lo = this.head;
    let hi = this.n - 1;
    if (hi < lo) return -1;
    if (this.time[lo]! > t) return lo;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.time[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  get firstTime(): number {
    return this.n > this.head ? this.time[this.head]! : 0;
  }

  value(row: number, col: keyof Levels): number {
    const idx = ['nginxBusy', 'appBusy', 'appQueue', 'mysqlBusy', 'mysqlQueue', 'inFlight', 'status'].indexOf(col);
    return this.vals[row * COLS + idx]!;
  }

  /** Busy-seconds of nginx (0), app-server (1) or mysql (2) from the first row to `t`. */
  integral(which: 0 | 1 | 2, t: number): number {
    const row = this.rowAt(t);
    if (row < 0) return 0;
    const busyCol = which === 2 ? 3 : which;
    const from = Math.max(t, this.time[row]!);
    return this.cums[row * CUMS + which]! + this.vals[row * COLS + busyCol]! * (from - this.time[row]!);
  }

  /** Mean busy count over `[t - windowS, t]`, clipped to the retained history. */
  meanBusy(which: 0 | 1 | 2, t: number, windowS: number): number {
    const start = Math.max(t - windowS, this.firstTime);
    if (!(t > start)) {
      const row = this.rowAt(t);
      return row < 0 ? 0 : this.vals[row * COLS + (which === 2 ? 3 : which)]!;
    }
    return (this.integral(which, t) - this.integral(which, start)) / (t - start);
  }

  /** Forgets rows wholly before `cutoff` (the row in force at `cutoff` is kept), but keeps the newest `minKeep`. */
  dropBefore(cutoff: number, minKeep: number): void {
    this.head = Math.max(this.head, Math.min(this.rowAt(cutoff), this.n - minKeep));
    if (this.head > 0 && this.head * 2 >= this.n) this.shift();
  }

  /** A copy holding the rows kept and room for little more (a copy of the whole log would hold its spare room too). */
  trimmed(): GaugeLog {
    const g = new GaugeLog();
    const rows = this.n - this.head;
    g.cap = Math.max(1024, rows);
    g.n = rows;
    g.time = this.time.slice(this.head, this.n);
    g.vals = this.vals.slice(this.head * COLS, this.n * COLS);
    g.cums = this.cums.slice(this.head * CUMS, this.n * CUMS);
    if (rows < g.cap) g.resize(g.cap, rows);
    g.dirty = this.dirty;
    Object.assign(g.levels, this.levels);
    return g;
  }

  /** Bytes the columns take. */
  get bytes(): number {
    return this.time.byteLength + this.vals.byteLength + this.cums.byteLength;
  }

  private shift(): number {
    const keepFrom = this.head;
    this.time.copyWithin(0, keepFrom, this.n);
    this.vals.copyWithin(0, keepFrom * COLS, this.n * COLS);
    this.cums.copyWithin(0, keepFrom * CUMS, this.n * CUMS);
    this.n -= keepFrom;
    this.head = 0;
    return keepFrom;
  }

  private grow(): void {
    this.resize(this.cap * 2, this.n);
  }

  /** New columns of `cap` rows holding the first `rows`. */
  private resize(cap: number, rows: number): void {
    this.cap = cap;
    const t = new Float64Array(cap);
    t.set(this.time.subarray(0, rows));
    this.time = t;
    const v = new Int32Array(cap * COLS);
    v.set(this.vals.subarray(0, rows * COLS));
    this.vals = v;
    const c = new Float64Array(cap * CUMS);
    c.set(this.cums.subarray(0, rows * CUMS));
    this.cums = c;
  }
}

export function packStatus(s: Readonly<Record<Gauged, ComponentStatus>>): number {
  let v = 0;
  GAUGED.forEach((id, i) => (v |= STATUS_CODES.indexOf(s[id]) << (3 * i)));
  return v;
}

export function unpackStatus(v: number): Record<Gauged, ComponentStatus> {
  const out = {} as Record<Gauged, ComponentStatus>;
  GAUGED.forEach((id, i) => (out[id] = STATUS_CODES[(v >> (3 * i)) & 7]!));
  return out;
}
