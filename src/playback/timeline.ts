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
import { forkOf, resumeFrom, setRecording, type Checkpoint } from '../sim/checkpoint';
import type { Metrics, RequestRecord, SeriesPoint, SimConfig, SimEvent, SimState } from '../sim/types';
import type { PartNow } from '../sim/parts';
import { CheckpointShelf } from './checkpointShelf';

/** A seek's chunk of simulated time: short enough to check the time budget often. */
export const CHUNK_S = 0.25;
/** A copy (about 20 ms at 100 req/s) is made only in the first third of a slice's time budget. */
const COPY_SHARE_OF_SLICE = 1 / 3;
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
  sim: Simulation;
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
    return this.run?.sim.now ?? this.live.now;
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
    if (this.run?.target === t) return t - this.run.sim.now;
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
    // Starting (copying a model) and checkpoints each cost a copy: each starts a slice of its own,
    // so no slice runs a whole budget and a copy too.
    const early = (): boolean => performance.now() - began < budgetMs * COPY_SHARE_OF_SLICE;
    if (!this.run) {
      this.run = this.startRun(t);
      if (!early()) return false;
    }
    const run = this.run;
    while (run.sim.now < t) {
      if (this.fastForward && this.shelf.wants(run.sim, t)) {
        if (!early()) return false;
        this.shelf.take(run.sim, run.applied);
      }
      this.chunk(run);
      if (performance.now() - began > budgetMs) return false;
    }
    setRecording(run.sim, true);
    this.run = null;
    if (run.forked) {
      this.live = run.sim;
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
    const { from } = this.plan(t);
    const recordFrom = this.recordFrom(t);
    if (from === 'live') return { target: t, sim: this.live, applied: this.applied, recordFrom: this.completeFrom, forked: false };
    if (from === 'copy') return { target: t, sim: forkOf(this.live), applied: this.applied, recordFrom, forked: true };
    if (from === 'origin') return { target: t, sim: createSimulation(this.partial), applied: 0, recordFrom, forked: true };
    return { target: t, sim: resumeFrom(from), applied: this.shelf.inputsOf(from), recordFrom, forked: true };
  }

  /** One chunk of a seek: to the next aligned time, the next input, or the target. */
  private chunk(run: SeekRun): void {
    const sim = run.sim;
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
