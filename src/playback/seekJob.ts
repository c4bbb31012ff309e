/**
 * A long seek (in traffic): the model runs on in slices of main-thread time, yielding between them so
 * the page keeps drawing and answering clicks, and reports how far it got. Cancelling stops it where it
 * is; the model keeps what it computed (a later seek there is quicker).
 */
import type { Seeking } from './snapshot';
import type { Track } from './track';
import { yieldThen } from './yieldThen';

/** Main-thread time per slice: well under the 50 ms of a long task, long enough that yielding costs little. */
export const SEEK_SLICE_MS = 24;
/** Progress reaches the store at most this often. */
const PROGRESS_EVERY_MS = 100;
/**
 * A seek that makes the model start more requests than this runs in slices; a shorter one (about 30 ms
 * of model time) happens at once, as stepping and the event table's jumps do.
 */
const SYNC_SEEK_MAX_REQUESTS = 2_000;

/** Whether running the model `seconds` further at `rps` is long enough to slice. */
export function needsSlicing(seconds: number, rps: number): boolean {
  return seconds * Math.max(rps, 1) > SYNC_SEEK_MAX_REQUESTS;
}

export interface SeekListener {
  progress(seeking: Seeking): void;
  done(): void;
}

export class SeekJob {
  private cancelled = false;
  private lastProgress = 0;
  private readonly from: number;

  constructor(
    private readonly track: Track,
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

  private slice = (): void => {
    if (this.cancelled) return;
    const arrived = this.track.runAhead(this.target, SEEK_SLICE_MS);
    if (arrived) return this.listener.done();
    const now = performance.now();
    if (now - this.lastProgress >= PROGRESS_EVERY_MS) {
      this.lastProgress = now;
      this.listener.progress({ from: this.from, at: this.target - this.track.behindBy(this.target), target: this.target });
    }
    yieldThen(this.slice);
  };
}
