/**
 * The checkpoints a timeline keeps, and when to take them: often just before a seek's target (where a
 * seek back lands), sparsely elsewhere, never so often that copying costs more than a few per cent of
 * the run, and never more than a few at once, nor more bytes than `MAX_BYTES` (each holds the model's
 * state: about 5 MB at 100 req/s, half of it the gauge log's columns).
 */
import type { Simulation } from '../sim';
import { checkpointWeight, type Checkpoint } from '../sim/checkpoint';

/** Checkpoints fall on multiples of this (simulated s). */
const EVERY_S = 30;
/** Far from the target, only on multiples of this. */
const SPARSE_EVERY_S = 300;
/** This close before a seek's target, on every multiple of `EVERY_S`. */
const NEAR_TARGET_S = 150;
const MAX_CHECKPOINTS = 16;
/**
 * The checkpoints' bytes at most (their estimate, `Checkpoint.bytes`): six or so at 100 req/s. Sixteen
 * there kept 77 MB (36 MB of it JS heap), most of what an hour of Play left in the tab (issue 14).
 */
export const MAX_BYTES = 32e6;
/** Away from the target, the run goes on for this many times a copy's cost before the next copy. */
const COST_SPACING = 50;
/**
 * A model with more objects than this is too big to keep copies of: saturated traffic holds tens of
 * thousands of requests, and copying them would take hundreds of milliseconds and megabytes each.
 * (100 req/s holds about 4,500.)
 */
const MAX_COPY_OBJECTS = 40_000;

interface Kept {
  cp: Checkpoint;
  /** How many of the timeline's inputs the copied model had had. */
  inputs: number;
}

export class CheckpointShelf {
  private kept: Kept[] = [];
  private nextSparseAt = 0;

  get size(): number {
    return this.kept.length;
  }

  /** Objects the checkpoints hold copied. */
  get objects(): number {
    return this.kept.reduce((n, k) => n + k.cp.objects, 0);
  }

  /** About how many bytes the checkpoints hold. */
  get bytes(): number {
    return this.kept.reduce((n, k) => n + k.cp.bytes, 0);
  }

  /** Whether now is a good time for a checkpoint of `sim` (a seek to `target` runs it). */
  wants(sim: Simulation, target: number): boolean {
    const t = sim.now;
    if (t <= 0 || t % EVERY_S !== 0) return false;
    const near = target - t <= NEAR_TARGET_S;
    if (!near && (t % SPARSE_EVERY_S !== 0 || performance.now() < this.nextSparseAt)) return false;
    return !this.kept.some((k) => k.cp.t === t) && this.canKeep(sim);
  }

  /** Whether `sim` is small enough to keep copies of. */
  canKeep(sim: Simulation): boolean {
    return checkpointWeight(sim) <= MAX_COPY_OBJECTS;
  }

  /** Keeps `cp`, of a model that had had the first `inputs` of the timeline's inputs; it took `costMs` to copy. */
  add(cp: Checkpoint, inputs: number, costMs: number): void {
    this.nextSparseAt = performance.now() + costMs * COST_SPACING;
    const i = this.kept.findIndex((k) => k.cp.t > cp.t);
    this.kept.splice(i < 0 ? this.kept.length : i, 0, { cp, inputs });
    while (this.kept.length > 1 && (this.kept.length > MAX_CHECKPOINTS || this.bytes > MAX_BYTES)) this.evict();
  }

  /** The newest checkpoint at or before `t`. */
  newestAtOrBefore(t: number): Checkpoint | undefined {
    return this.kept.findLast((k) => k.cp.t <= t)?.cp;
  }

  inputsOf(cp: Checkpoint): number {
    return this.kept.find((k) => k.cp === cp)!.inputs;
  }

  /** Forgets the checkpoints an input at `t`, at position `index` of the timeline, makes wrong. */
  dropAfter(t: number, index: number): void {
    this.kept = this.kept.filter((k) => k.cp.t <= t && k.inputs <= index);
  }

  /** Drops the checkpoint whose loss widens the gaps least, gaps near the newest counting more. */
  private evict(): void {
    const k = this.kept;
    const newest = k.at(-1)!.cp.t;
    let worst = 0;
    let best = Infinity;
    for (let i = 0; i < k.length - 1; i++) {
      const gap = k[i + 1]!.cp.t - (i > 0 ? k[i - 1]!.cp.t : 0);
      const score = gap / (newest - k[i]!.cp.t + EVERY_S);
      if (score < best) {
        best = score;
        worst = i;
      }
    }
    k.splice(worst, 1);
  }
}
