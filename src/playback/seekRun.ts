/**
 * A run of the model towards a time, a slice at a time (a seek, or the timeline's shadow during Play):
 * the copy it starts from, the checkpoints it takes on the way, and its chunks, all made in steps
 * within a budget of main-thread time, so none holds the page for long.
 */
import { setRecording, checkpointInSteps, type Checkpoint, type CopyInSteps } from '../sim/checkpoint';
import type { Simulation, SimInput } from '../sim';
import type { CheckpointShelf } from './checkpointShelf';

/** A chunk of simulated time: the model stops (tidies up) only at multiples of it and at inputs. */
export const CHUNK_S = 0.25;

export const alignedAfter = (t: number): number => (Math.floor(t / CHUNK_S) + 1) * CHUNK_S;
export const alignedAtOrBefore = (t: number): number => Math.floor(t / CHUNK_S) * CHUNK_S;

/** A run under way: the model it runs (the live one, or a fork) and the inputs that model has had. */
export interface SeekRun {
  target: number;
  /** Null while the model it starts from is being copied (`starting`). */
  sim: Simulation | null;
  /** Where the model starts: what `sim.now` will be once it is made. */
  startAt: number;
  /** The copy the run starts from, made in steps (copies of a big model take tens of milliseconds). */
  starting: CopyInSteps<Simulation> | null;
  /** A checkpoint being copied in steps; the run waits for it. */
  copying: { job: CopyInSteps<Checkpoint>; inputs: number; spentMs: number } | null;
  /** The time of the last checkpoint this run made (it may have been evicted at once: not again). */
  copiedAt: number;
  /** How many of the timeline's inputs the model has had. */
  applied: number;
  /** Events after this time are all kept. */
  recordFrom: number;
  /** Runs a copy, not the live model. */
  forked: boolean;
}

/**
 * Runs `run` on for about `budgetMs` through the timeline's `inputs`, taking the checkpoints `shelf`
 * wants (none without one). True once it is at its target.
 */
export function stepRun(run: SeekRun, budgetMs: number, inputs: readonly SimInput[], shelf: CheckpointShelf | null): boolean {
  const began = performance.now();
  const left = (): number => budgetMs - (performance.now() - began);
  if (run.starting) {
    const sim = run.starting.step(left());
    if (!sim) return false;
    run.sim = sim;
    run.starting = null;
  }
  const sim = run.sim!;
  while (sim.now < run.target) {
    if (run.copying && shelf) {
      const stepBegan = performance.now();
      const cp = run.copying.job.step(left());
      run.copying.spentMs += performance.now() - stepBegan;
      if (!cp) return false;
      shelf.add(cp, run.copying.inputs, run.copying.spentMs);
      run.copying = null;
      if (left() <= 0) return false;
    } else if (shelf && run.copiedAt !== sim.now && shelf.wants(sim, run.target)) {
      run.copiedAt = sim.now;
      run.copying = { job: checkpointInSteps(sim), inputs: run.applied, spentMs: 0 };
      continue;
    }
    chunk(run, sim, inputs);
    if (left() <= 0) return false;
  }
  return true;
}

/** One chunk: to the next aligned time, the next input, or the target (not stopping there). */
function chunk(run: SeekRun, sim: Simulation, inputs: readonly SimInput[]): void {
  const input = inputs[run.applied];
  const aligned = alignedAfter(sim.now);
  const end = Math.min(run.target, aligned);
  setRecording(sim, sim.now >= run.recordFrom);
  if (input && input.t <= end) {
    sim.apply(input);
    run.applied++;
    return;
  }
  sim.advanceTo(end, end === aligned);
}
