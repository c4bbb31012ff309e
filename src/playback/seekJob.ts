/**
 * A long seek (in traffic): the model runs on in slices of main-thread time, yielding between them so
 * the page keeps drawing and answering clicks, and reports how far it got. Cancelling stops it where it
 * is; the model keeps what it computed (a later seek there is quicker).
 */
import type { Metrics, SeriesPoint } from '../sim/types';
import type { SeekListener } from './track';
import { yieldThen } from './yieldThen';

/** What a long seek runs: a model that can be run ahead without showing it. */
export interface SeekTarget {
  readonly sim: { metrics(): Metrics; series(): SeriesPoint[] };
  /** Simulated seconds the model must still run before it can show `t` (0: a seek there is instant). */
  behindBy(t: number): number;
  /** Run the model towards `target` for about `budgetMs` without showing it; true once it is there. */
  runAhead(target: number, budgetMs: number): boolean;
}

/** Main-thread time per slice: well under the 50 ms of a long task, long enough that yielding costs little. */
export const SEEK_SLICE_MS = 24;
/** A task longer than this is a long task (the browser's Long Tasks API): no slice may make one. */
const LONG_TASK_MS = 50;
/** Kept free in every slice below a long task, for what the browser does around it (input, a frame). */
const SLICE_MARGIN_MS = 12;
/** A slice is never shorter than this: yielding costs little, but not nothing. */
const MIN_SLICE_MS = 6;
/**
 * How fast a slice's overrun is forgotten, per slice. Overruns are mostly garbage collection pauses
 * (at 1,000 req/s the model keeps a minute of requests, and a scavenge copies the new ones: 10–30 ms),
 * which come every few slices; they shrink the next slices rather than lengthen them into long tasks.
 */
const OVERRUN_DECAY = 0.95;
/** Progress reaches the store at most this often. */
const PROGRESS_EVERY_MS = 100;
/**
 * A seek that makes the model start more requests than this runs in slices; a shorter one (about 30 ms
 * of model time) happens at once, as stepping and the event table's jumps do.
 */
const SYNC_SEEK_MAX_REQUESTS = 2_000;

/** Names of the spans in the browser's performance timeline: the whole seek, and each slice of it. */
export const SEEK_MEASURE = 'seek';
export const SLICE_MEASURE = 'seek slice';

/** Whether running the model `seconds` further at `rps` is long enough to slice. */
export function needsSlicing(seconds: number, rps: number): boolean {
  return seconds * Math.max(rps, 1) > SYNC_SEEK_MAX_REQUESTS;
}

export class SeekJob {
  private cancelled = false;
  private lastProgress = 0;
  /** The worst recent overrun of a slice past its budget (ms), decaying. */
  private overrunMs = 0;
  /** What is left to do once the model is there, a slice each (see `finish`). */
  private finishing: (() => unknown)[] = [];
  private readonly from: number;
  private readonly startedAt = performance.now();

  constructor(
    private readonly track: SeekTarget,
    private readonly target: number,
    private readonly listener: SeekListener,
  ) {
    // A seek back runs from a checkpoint: progress counts from where the model starts, not from `now`.
    this.from = target - track.behindBy(target);
    listener.progress({ from: this.from, at: this.from, target });
    yieldThen(this.slice);
  }

  cancel(): void {
    this.cancelled = true;
  }

  /** Main-thread time for the next slice: what keeps the slice and its worst recent overrun short of a long task. */
  private budgetMs(): number {
    return Math.min(SEEK_SLICE_MS, Math.max(MIN_SLICE_MS, LONG_TASK_MS - SLICE_MARGIN_MS - this.overrunMs));
  }

  private slice = (): void => {
    if (this.cancelled) return;
    const budgetMs = this.budgetMs();
    const began = performance.now();
    const arrived = this.track.runAhead(this.target, budgetMs);
    const now = performance.now();
    this.overrunMs = Math.max(now - began - budgetMs, this.overrunMs * OVERRUN_DECAY);
    if (arrived) {
      performance.measure(SLICE_MEASURE, { start: began });
      return this.finish();
    }
    if (now - this.lastProgress >= PROGRESS_EVERY_MS) {
      this.lastProgress = now;
      this.listener.progress({ from: this.from, at: this.target - this.track.behindBy(this.target), target: this.target });
    }
    // In the browser's performance timeline (DevTools' Timings, the benchmark): each slice's span.
    performance.measure(SLICE_MEASURE, { start: began });
    yieldThen(this.slice);
  };

  /**
   * The model is there. The figures the first snapshot reads (cached by the model until it runs on)
   * are worked out a slice each before it is taken: at 1,000 req/s each takes 10–20 ms, and together
   * with the last slice of model and the snapshot they made a long task.
   */
  private finish(): void {
    const sim = this.track.sim;
    this.finishing = [() => sim.metrics(), () => sim.series()];
    yieldThen(this.nextFinishing);
  }

  private nextFinishing = (): void => {
    if (this.cancelled) return;
    const work = this.finishing.shift();
    const began = performance.now();
    if (work) work();
    else this.listener.done();
    performance.measure(SLICE_MEASURE, { start: began });
    if (work) return yieldThen(this.nextFinishing);
    performance.measure(SEEK_MEASURE, { start: this.startedAt });
  };
}
