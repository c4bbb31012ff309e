/**
 * A simulation that can be sought anywhere cheaply. It stands for the model (it is a `Simulation`),
 * keeps every input given to it on a timeline, and runs long seeks on a fork of the model: the part of
 * the run no one will draw is fast-forwarded (events counted, not kept; metrics and gauges as usual),
 * and checkpoints taken on the way let a seek back restore the nearest one and replay the rest.
 *
 * The model only ever stops (tidies up, see `Simulation.advanceTo`) on multiples of `CHUNK_S` and at
 * inputs, whether it plays, seeks or replays, and whatever the slicing: between stops it runs on
 * untidied. So a run reached by fast-forward and replay is exactly the run played, or a straight seek.
 *
 * While it plays, a run behind it (the shadow) takes checkpoints in the spare time of frames, so a
 * seek back after long play restores one near rather than replaying from the last seek.
 */
import { RETENTION_MARGIN_S, createSimulation, type BalancerLog, type Simulation, type SimInput } from '../sim';
import { forkInSteps, resumeInSteps, setRecording, type Checkpoint } from '../sim/checkpoint';
import type { Metrics, RequestRecord, SeriesPoint, SimConfig, SimEvent, SimState } from '../sim/types';
import type { PartNow } from '../sim/parts';
import { retainedOf, type Retained } from '../sim/retained';
import { CheckpointShelf } from './checkpointShelf';
import { CHUNK_S, alignedAfter, alignedAtOrBefore, stepRun, type SeekRun } from './seekRun';

/** A seek copies the live model only if that saves replaying more than this (simulated s). */
const COPY_WORTH_S = 120;
/** Main-thread time a frame gives the shadow at most (it runs as fast as the live model in a fraction of that). */
const SHADOW_MS_PER_FRAME = 3;
/** During Play, the shadow starts once the live model is this far past the newest checkpoint (simulated s). */
const SHADOW_AFTER_S = 120;
/** A run that goes this much further than the drawn window forks and fast-forwards. */
const FORK_AFTER_S = 60;

export interface TimelineOptions {
  /** Simulated seconds before the time shown that the views read events from. */
  drawnS: number;
  /** Off: seeks record every event and take no checkpoint (the straight run tests compare with). */
  fastForward?: boolean;
}

export class Timeline implements Simulation {
  private live: Simulation;
  /** Every input, in time order; the live model has had the first `applied`. */
  private readonly inputs: SimInput[] = [];
  private applied = 0;
  /** Events of the live model are complete from here on (it may have fast-forwarded to there). */
  private completeFrom = 0;
  private run: SeekRun | null = null;
  /** A run behind the live model, taking checkpoints during Play (see `catchUp`). */
  private shadow: SeekRun | null = null;
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

  /** How far the shadow has got (null: none runs). */
  get shadowAt(): number | null {
    return this.shadow ? (this.shadow.sim?.now ?? this.shadow.startAt) : null;
  }

  /** Checkpoints held now (memory is bounded by the shelf). */
  get checkpointCount(): number {
    return this.shelf.size;
  }

  /** What the timeline holds, counted: the live model's, the shadow's (null: none runs), and the checkpoints'. */
  retained(): { live: Retained; shadow: Retained | null; checkpoints: number; checkpointObjects: number; checkpointBytes: number } {
    const shadow = this.shadow?.sim;
    const { size, objects, bytes } = this.shelf;
    return { live: retainedOf(this.live), shadow: shadow ? retainedOf(shadow) : null, checkpoints: size, checkpointObjects: objects, checkpointBytes: bytes };
  }

  /** Runs the live model on to `t`, applying the timeline's inputs on the way. */
  advanceTo(t: number): void {
    this.run = null;
    for (;;) {
      const input = this.inputs[this.applied];
      const end = alignedAfter(this.live.now);
      if (input && input.t <= Math.min(end, t)) {
        this.live.apply(input);
        this.applied++;
      } else if (end <= t) this.live.advanceTo(end);
      else break;
    }
    this.live.advanceTo(t, t === alignedAtOrBefore(t));
  }

  /** An input now: it goes into the timeline before any later one already there. */
  apply(input: SimInput): void {
    this.run = null;
    // Inputs before it and whole chunks first; the model stops at the input itself, as in a seek.
    for (;;) {
      const next = this.inputs[this.applied];
      if ((next && next.t <= input.t) || alignedAfter(this.live.now) < input.t) this.liveChunk();
      else break;
    }
    this.live.apply(input);
    this.inputs.splice(this.applied++, 0, input);
    this.dropAfter(this.live.now, this.applied - 1);
  }

  /** An input for later (the end of a maintenance window): applied when the model gets there. */
  schedule(input: SimInput): void {
    this.run = null;
    let i = this.inputs.length;
    while (i > this.applied && this.inputs[i - 1]!.t > input.t) i--;
    this.inputs.splice(i, 0, input);
    this.dropAfter(input.t, i);
  }

  /** Forgets the scheduled inputs (not yet applied) that `drop` picks. */
  unschedule(drop: (input: SimInput) => boolean): void {
    for (let i = this.inputs.length - 1; i >= this.applied; i--) {
      const input = this.inputs[i]!;
      if (!drop(input)) continue;
      this.inputs.splice(i, 1);
      this.dropAfter(input.t, i);
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
    this.run ??= this.startRun(t);
    const run = this.run;
    const arrived = stepRun(run, budgetMs, this.inputs, this.fastForward ? this.shelf : null);
    // The live model's inputs are counted as it has them, even in a slice that did not get there.
    if (!run.forked) this.applied = run.applied;
    if (!arrived) return false;
    const sim = run.sim!;
    setRecording(sim, true);
    this.run = null;
    if (run.forked) {
      this.live = sim;
      this.applied = run.applied;
      this.completeFrom = run.recordFrom;
    }
    return true;
  }

  /**
   * Spare time while playing, about `budgetMs` (3 ms at most): the shadow, a run behind the live model, goes on
   * towards it, taking checkpoints as a seek does near its target. It starts from the newest
   * checkpoint once the live model is `SHADOW_AFTER_S` past it, and never touches the live model.
   */
  catchUp(budgetMs: number): void {
    if (!this.fastForward || this.run || budgetMs <= 0 || !this.shelf.canKeep(this.live)) return;
    const target = alignedAtOrBefore(this.live.now);
    if (!this.shadow) {
      const cp = this.shelf.newestAtOrBefore(target);
      if (target - (cp?.t ?? 0) < SHADOW_AFTER_S) return;
      this.shadow = this.runFrom(cp ?? 'origin', target, Infinity);
    }
    const shadow = this.shadow;
    shadow.target = target;
    stepRun(shadow, Math.min(budgetMs, SHADOW_MS_PER_FRAME), this.inputs, this.shelf);
  }

  /** One chunk of the live model: to the next aligned time, or the next input. */
  private liveChunk(): void {
    const input = this.inputs[this.applied];
    const end = alignedAfter(this.live.now);
    if (input && input.t <= end) {
      this.live.apply(input);
      this.applied++;
      return;
    }
    this.live.advanceTo(end);
  }

  /** Forgets what an input at `t`, at position `index` of the timeline, makes wrong: checkpoints after it, the shadow past it. */
  private dropAfter(t: number, index: number): void {
    this.shelf.dropAfter(t, index);
    const shadow = this.shadow;
    if (shadow && (shadow.applied > index || (shadow.sim?.now ?? shadow.startAt) > t)) this.shadow = null;
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
    const fresh = { target: t, copying: null, copiedAt: -1, startAt: this.live.now, applied: this.applied };
    if (from === 'live') return { ...fresh, sim: this.live, starting: null, recordFrom: this.completeFrom, forked: false };
    if (from === 'copy') return { ...fresh, sim: null, starting: forkInSteps(this.live), recordFrom: this.recordFrom(t), forked: true };
    return this.runFrom(from, t, this.recordFrom(t));
  }

  /** A run to `target` from a checkpoint or from the beginning, recording events after `recordFrom`. */
  private runFrom(from: Checkpoint | 'origin', target: number, recordFrom: number): SeekRun {
    const run = { target, copying: null, copiedAt: -1, recordFrom, forked: true };
    if (from === 'origin') return { ...run, sim: createSimulation(this.partial), startAt: 0, starting: null, applied: 0 };
    return { ...run, sim: null, startAt: from.t, starting: resumeInSteps(from), applied: this.shelf.inputsOf(from) };
  }


}
