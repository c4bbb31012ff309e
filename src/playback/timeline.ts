/**
 * A simulation that can be sought anywhere cheaply. It stands for the model (it is a `Simulation`),
 * keeps every input given to it on a timeline, and runs long seeks on a fork of the model: the part of
 * the run no one will draw is fast-forwarded (events counted, not kept; metrics and gauges as usual),
 * and checkpoints taken on the way let a seek back restore the nearest one and replay the rest.
 *
 * Seeks run the model in chunks that end on multiples of `CHUNK_S` (and at inputs), whatever the
 * slicing, so a run reached by fast-forward and replay is exactly the run a straight seek gives.
 */
import { RETENTION_MARGIN_S, createSimulation, type BalancerLog, type Simulation, type SimInput } from '../sim';
import { checkpointInSteps, forkInSteps, resumeInSteps, setRecording, type Checkpoint, type CopyInSteps } from '../sim/checkpoint';
import type { Metrics, RequestRecord, SeriesPoint, SimConfig, SimEvent, SimState } from '../sim/types';
import type { PartNow } from '../sim/parts';
import { CheckpointShelf } from './checkpointShelf';

/** A seek's chunk of simulated time: short enough to check the time budget often. */
export const CHUNK_S = 0.25;
/** A seek copies the live model only if that saves replaying more than this (simulated s). */
const COPY_WORTH_S = 120;
/** A run that goes this much further than the drawn window forks and fast-forwards. */
const FORK_AFTER_S = 60;

export interface TimelineOptions {
  /** Simulated seconds before the time shown that the views read events from. */
  drawnS: number;
  /** Off: seeks record every event and take no checkpoint (the straight run tests compare with). */
  fastForward?: boolean;
}

/** A seek under way: the model it runs (the live one, or a fork) and the inputs that model has had. */
interface SeekRun {
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
  applied: number;
  /** Events after this time are all kept. */
  recordFrom: number;
  forked: boolean;
}

const alignedAfter = (t: number): number => (Math.floor(t / CHUNK_S) + 1) * CHUNK_S;
const alignedAtOrBefore = (t: number): number => Math.floor(t / CHUNK_S) * CHUNK_S;

export class Timeline implements Simulation {
  private live: Simulation;
  /** Every input, in time order; the live model has had the first `applied`. */
  private readonly inputs: SimInput[] = [];
  private applied = 0;
  /** Events of the live model are complete from here on (it may have fast-forwarded to there). */
  private completeFrom = 0;
  private run: SeekRun | null = null;
  private readonly shelf = new CheckpointShelf();
  private readonly partial: Partial<SimConfig>;
  private readonly drawnS: number;
  private readonly fastForward: boolean;
  /** Simulated seconds recorded before a seek's target: what a straight run keeps. */
  private readonly recordS: number;

  constructor(partial: Partial<SimConfig>, options: TimelineOptions) {
    this.partial = partial;
    this.live = createSimulation(partial);
    this.drawnS = options.drawnS;
    this.fastForward = options.fastForward ?? true;
    this.recordS = this.live.config.windowS + RETENTION_MARGIN_S;
  }

  get config(): Simulation['config'] {
    return this.live.config;
  }

  get now(): number {
    return this.live.now;
  }

  /** How far the model running the current seek has got (the live model's time when none runs). */
  get seekAt(): number {
    return this.run ? (this.run.sim?.now ?? this.run.startAt) : this.live.now;
  }

  /** Checkpoints held now (memory is bounded by the shelf). */
  get checkpointCount(): number {
    return this.shelf.size;
  }

  /** Runs the live model on to `t`, applying the timeline's inputs on the way. */
  advanceTo(t: number): void {
    this.run = null;
    while (this.applied < this.inputs.length && this.inputs[this.applied]!.t <= t) this.live.apply(this.inputs[this.applied++]!);
    this.live.advanceTo(t);
  }

  /** An input now: it goes into the timeline before any later one already there. */
  apply(input: SimInput): void {
    this.run = null;
    this.advanceTo(input.t);
    this.live.apply(input);
    this.inputs.splice(this.applied++, 0, input);
    this.shelf.dropAfter(this.live.now, this.applied - 1);
  }

  /** An input for later (the end of a maintenance window): applied when the model gets there. */
  schedule(input: SimInput): void {
    this.run = null;
    let i = this.inputs.length;
    while (i > this.applied && this.inputs[i - 1]!.t > input.t) i--;
    this.inputs.splice(i, 0, input);
    this.shelf.dropAfter(input.t, i);
  }

  /** Forgets the scheduled inputs (not yet applied) that `drop` picks. */
  unschedule(drop: (input: SimInput) => boolean): void {
    for (let i = this.inputs.length - 1; i >= this.applied; i--) {
      const input = this.inputs[i]!;
      if (!drop(input)) continue;
      this.inputs.splice(i, 1);
      this.shelf.dropAfter(input.t, i);
    }
  }

  // Reading: the live model's.
  events(t1: number, t2: number): SimEvent[] {
    return this.live.events(t1, t2);
  }
  eventsOf(requestId: number): SimEvent[] {
    return this.live.eventsOf(requestId);
  }
  stateAt(t: number): SimState {
    return this.live.stateAt(t);
  }
  partsNow(): PartNow[] {
    return this.live.partsNow();
  }
  deploying(): boolean {
    return this.live.deploying();
  }
  metrics(): Metrics {
    return this.live.metrics();
  }
  series(): SeriesPoint[] {
    return this.live.series();
  }
  request(id: number): RequestRecord | undefined {
    return this.live.request(id);
  }
  recentRequests(n: number): RequestRecord[] {
    return this.live.recentRequests(n);
  }
  newestRequestBy(t: number): RequestRecord | undefined {
    return this.live.newestRequestBy(t);
  }
  latestRequests(browserIds: readonly number[], t: number): (RequestRecord | undefined)[] {
    return this.live.latestRequests(browserIds, t);
  }
  balancerLog(): BalancerLog | null {
    return this.live.balancerLog();
  }

  /** Simulated seconds of model a seek to `t` must run (0: the live model can show it at once). */
  costTo(t: number): number {
    if (this.run?.target === t) return t - this.seekAt;
    if (this.showsAt(t)) return 0;
    const plan = this.plan(t);
    return t - plan.startAt;
  }

  /**
   * Runs a seek to `t` for about `budgetMs` (Infinity: to the end); true once the live model can show
   * `t`. A seek to another time, or anything else done meanwhile, abandons a seek that was under way.
   */
  seekToward(t: number, budgetMs: number): boolean {
    if (this.run && this.run.target !== t) this.run = null;
    if (!this.run && this.showsAt(t)) return true;
    const began = performance.now();
    const left = (): number => budgetMs - (performance.now() - began);
    this.run ??= this.startRun(t);
    const run = this.run;
    // Copies go in steps like the model, each step within what is left of the slice.
    if (run.starting) {
      const sim = run.starting.step(left());
      if (!sim) return false;
      run.sim = sim;
      run.starting = null;
    }
    const sim = run.sim!;
    while (sim.now < t) {
      if (run.copying) {
        const stepBegan = performance.now();
        const cp = run.copying.job.step(left());
        run.copying.spentMs += performance.now() - stepBegan;
        if (!cp) return false;
        this.shelf.add(cp, run.copying.inputs, run.copying.spentMs);
        run.copying = null;
        if (left() <= 0) return false;
      } else if (this.fastForward && run.copiedAt !== sim.now && this.shelf.wants(sim, t)) {
        run.copiedAt = sim.now;
        run.copying = { job: checkpointInSteps(sim), inputs: run.applied, spentMs: 0 };
        continue;
      }
      this.chunk(run, sim);
      if (left() <= 0) return false;
    }
    setRecording(sim, true);
    this.run = null;
    if (run.forked) {
      this.live = sim;
      this.applied = run.applied;
      this.completeFrom = run.recordFrom;
    }
    return true;
  }

  /** Whether the live model holds the events drawn at `t`. */
  private showsAt(t: number): boolean {
    return t <= this.live.now && Math.max(0, t - this.drawnS) >= Math.max(this.completeFrom, this.live.now - this.recordS);
  }

  /** Where a seek to `t` starts: the live model itself, a copy of it, a checkpoint, or the beginning. */
  private plan(t: number): { startAt: number; from: 'live' | 'copy' | Checkpoint | 'origin' } {
    const live = this.live;
    // Near ahead of the live model, whose events are complete: run it on, keeping every event.
    if (t >= live.now && t - this.recordS - FORK_AFTER_S <= live.now && this.completeFrom <= live.now) {
      return { startAt: live.now, from: 'live' };
    }
    if (!this.fastForward) return t >= live.now ? { startAt: live.now, from: 'live' } : { startAt: 0, from: 'origin' };
    const recordFrom = this.recordFrom(t);
    const cp = this.shelf.newestAtOrBefore(recordFrom);
    // A copy runs somewhat slower than a model built from scratch: worth it only to skip a long replay.
    if (live.now <= recordFrom && live.now - (cp?.t ?? 0) > COPY_WORTH_S) return { startAt: live.now, from: 'copy' };
    return cp ? { startAt: cp.t, from: cp } : { startAt: 0, from: 'origin' };
  }

  /** Events after this time are recorded by a seek to `t`: the window a straight run keeps. */
  private recordFrom(t: number): number {
    return this.fastForward ? alignedAtOrBefore(t - this.recordS) - CHUNK_S : -Infinity;
  }

  private startRun(t: number): SeekRun {
    const { from, startAt } = this.plan(t);
    const run = { target: t, startAt, copying: null, copiedAt: -1, recordFrom: this.recordFrom(t), forked: true };
    if (from === 'live') return { ...run, sim: this.live, starting: null, applied: this.applied, recordFrom: this.completeFrom, forked: false };
    if (from === 'copy') return { ...run, sim: null, starting: forkInSteps(this.live), applied: this.applied };
    if (from === 'origin') return { ...run, sim: createSimulation(this.partial), starting: null, applied: 0 };
    return { ...run, sim: null, starting: resumeInSteps(from), applied: this.shelf.inputsOf(from) };
  }

  /** One chunk of a seek: to the next aligned time, the next input, or the target. */
  private chunk(run: SeekRun, sim: Simulation): void {
    const input = this.inputs[run.applied];
    const end = Math.min(run.target, alignedAfter(sim.now));
    setRecording(sim, sim.now >= run.recordFrom);
    if (input && input.t <= end) {
      sim.apply(input);
      run.applied++;
      if (!run.forked) this.applied = run.applied;
      return;
    }
    sim.advanceTo(end);
  }
}
