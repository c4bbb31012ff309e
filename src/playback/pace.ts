/**
 * How much main-thread time a frame gives the model, and whether the model keeps up with the speed chosen
 * (the controls say "running at 37×" when it does not).
 */

/**
 * Main-thread time a frame may spend running the model: half the time since the last frame, so the rest
 * draws and answers input, at least a share of a 60 Hz frame and never near a 50 ms long task.
 */
const MODEL_SHARE_OF_FRAME = 0.5;
const MIN_MODEL_MS_PER_FRAME = 8;
const MAX_MODEL_MS_PER_FRAME = 30;
/** The achieved speed is measured over this much wall time before the controls say it fell behind. */
const PACE_WINDOW_S = 1;
/** Falling behind by less than this share of the chosen speed is not worth a word. */
const PACE_TOLERANCE = 0.9;

/** Milliseconds of model time for a frame that came `wallS` seconds after the last one. */
export function modelBudgetMs(wallS: number): number {
  return Math.min(MAX_MODEL_MS_PER_FRAME, Math.max(MIN_MODEL_MS_PER_FRAME, wallS * 1000 * MODEL_SHARE_OF_FRAME));
}

/** Compares the simulated time shown with the wall time passed, a second at a time. */
export class PaceMeter {
  private wall = 0;
  private shown = 0;
  /** The speed last reached when it fell short of the one chosen; null when it keeps up. */
  runningAt: number | null = null;

  add(wallS: number, shownS: number, speed: number): void {
    this.wall += wallS;
    this.shown += shownS;
    if (this.wall < PACE_WINDOW_S) return;
    const reached = this.shown / this.wall;
    this.runningAt = reached < speed * PACE_TOLERANCE ? reached : null;
    this.wall = 0;
    this.shown = 0;
  }
}
