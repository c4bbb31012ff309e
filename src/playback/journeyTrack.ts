/**
 * One request's journey on the teaching clock: a cold request, then a warm one from the same browser.
 * The whole journey is simulated once to list its steps; a second, live model follows the step shown,
 * so gauges and metrics match the moment on screen.
 */
import { createSimulation, type Simulation, type SimInput } from '../sim';
import type { RequestRecord, SimConfig, SimEvent } from '../sim/types';
import { narrate } from '../content/narration';
import { AUTO_PAUSE_MAX_SPEED, journeySteps, stepAtTime, stepSimTime, stepWallSeconds, travelSeconds } from './journey';
import { chapterEnds, chaptersOf, type Chapter } from './chapters';
import type { Sprite } from './sprite';
import { DEPLOY_WINDOW_S, JOURNEY_WARM_GAP_S } from './traffic';
import { INITIAL_CAPTION, type DeployMethod } from './snapshot';
import { IDLE_TAB, tabOf } from './browserTabs';
import type { Advanced, Cancellable, SnapshotContext, Track, TrackSnapshot } from './track';

/** Long enough for a journey to end, even one that waits out a connect timeout. */
const JOURNEY_HORIZON_S = 200;
/** A lost packet stays half-visible where it was lost. */
const LOST_OPACITY = 0.35;

export class JourneyTrack implements Track {
  readonly steps: SimEvent[];
  /** Each step's caption ('' when it has none): its length sets how long the step stays on screen. */
  readonly captions: string[];
  readonly chapters: Chapter[];
  private readonly ends: Set<number>;
  index = 0;
  /** 0..1 through the current step's time on screen (the packet arrives earlier; see `packetProgress`). */
  progress = 0;
  sim: Simulation;
  private readonly inputs: SimInput[];
  /** How many of `inputs` the live model has been given. */
  private applied = 0;
  /** The furthest step shown so far: the event table keeps listing up to it after a step or jump back. */
  private reached = 0;

  constructor(
    private readonly seed: number,
    spof: boolean,
    deploy: DeployMethod | null,
    startAt: number,
  ) {
    this.inputs = journeyInputs(seed, spof, deploy);
    const full = runInputs({ seed }, this.inputs);
    this.steps = journeySteps(full.events(0, full.now + 1));
    this.captions = this.steps.map((e) => narrate(e) ?? '');
    this.chapters = chaptersOf(this.steps);
    this.ends = chapterEnds(this.steps);
    this.sim = createSimulation({ seed });
    if (startAt > 0) this.index = stepAtTime(this.steps, startAt);
    this.sync();
  }

  time(): number {
    const e = this.steps[this.index];
    return e ? stepSimTime(e, this.packetProgress()) : 0;
  }

  /** How far the current step's packet is along its link: it crosses first, then waits while the caption is read. */
  packetProgress(): number {
    const e = this.steps[this.index];
    if (!e) return 0;
    const wall = stepWallSeconds(e, this.captions[this.index]!, 1);
    const trip = travelSeconds(e, 1);
    return trip > 0 && wall > trip ? Math.min(1, (this.progress * wall) / trip) : this.progress;
  }

  /** The chapter the current step ends, when it is a chapter's last step and has been shown in full. */
  pausedAfter(): Chapter | null {
    return this.progress >= 1 && this.ends.has(this.index) ? this.chapters[this.index]! : null;
  }

  /** The chapter that follows the current one, if any. */
  nextChapter(): Chapter | null {
    return this.chapters[this.index + 1] ?? null;
  }

  current(): SimEvent | null {
    return this.steps[this.index] ?? null;
  }

  atEnd(): boolean {
    return this.index >= this.steps.length - 1 && this.progress >= 1;
  }

  rewindIfEnded(): void {
    if (this.atEnd()) this.rewind();
  }

  rewind(): void {
    this.index = 0;
    this.progress = 0;
    this.reached = 0;
    this.sync();
  }

  /**
   * Move the clock on by `dt` wall seconds (the journey costs little: no time budget). At slow speeds the
   * clock stops once the last step of a chapter has been shown in full, and reports that chapter; the next
   * call moves on to the next one.
   */
  advance(dt: number, speed: number): Advanced {
    const stopAtChapters = speed <= AUTO_PAUSE_MAX_SPEED;
    let remaining = dt;
    let stepped = false;
    let ended = false;
    let chapterEnd: Chapter | null = null;
    while (remaining > 0) {
      const step = this.steps[this.index];
      if (!step) break;
      if (this.progress >= 1 && this.index < this.steps.length - 1) {
        this.index++;
        this.progress = 0;
        stepped = true;
        continue;
      }
      const wall = stepWallSeconds(step, this.captions[this.index]!, speed);
      const left = (1 - this.progress) * wall;
      if (remaining < left) {
        this.progress += remaining / wall;
        break;
      }
      remaining -= left;
      this.progress = 1;
      if (this.index >= this.steps.length - 1) {
        ended = true;
        break;
      }
      if (stopAtChapters && this.ends.has(this.index)) {
        chapterEnd = this.chapters[this.index]!;
        break;
      }
    }
    this.sync();
    const chapterPause = chapterEnd && { after: chapterEnd, next: this.nextChapter(), nextRequest: this.current()?.kind === 'request-end' };
    return { shown: null, stepped, ended, chapterPause };
  }

  stepForward(): void {
    if (this.progress < 1 && this.steps[this.index]?.kind === 'hop') this.progress = 1;
    else this.seekStep(this.index + 1);
    this.sync();
  }

  stepBack(): void {
    this.seekStep(this.index - 1);
  }

  /** Go to step `i`, showing its packet arrived. */
  seekStep(i: number): void {
    if (!this.steps.length) return;
    this.index = Math.min(Math.max(i, 0), this.steps.length - 1);
    this.progress = 1;
    this.sync();
  }

  seekTime(t: number): void {
    this.seekStep(stepAtTime(this.steps, t));
  }

  /** Every step is simulated when the journey is built: any seek is instant. */
  seek(t: number): Cancellable | null {
    this.seekTime(t);
    return null;
  }

  /** The first step carrying a kind of packet (or an event kind such as `request-end`). */
  seekToPacket(anchor: string): void {
    const i = this.steps.findIndex((e) => (e.kind === 'hop' ? e.packet === anchor : e.kind === anchor));
    if (i >= 0) this.seekStep(i);
  }

  /** The journey's inputs are fixed when it is built: a new failure needs a new journey. */
  setFailure(): boolean {
    return false;
  }

  failFor(): number | null {
    return null;
  }

  /** The journey's rate is its two requests. */
  setRate(): void {}

  sprites(): Sprite[] {
    const e = this.steps[this.index];
    if (e?.kind !== 'hop') return [];
    const progress = this.packetProgress();
    return [{ event: e, progress, opacity: e.lost && progress >= 1 ? LOST_OPACITY : 1 }];
  }

  recentEvents(limit: number): SimEvent[] {
    return this.steps.slice(Math.max(0, this.reached + 1 - limit), this.reached + 1);
  }

  request(id: number): RequestRecord | undefined {
    return this.sim.request(id);
  }

  snapshot({ playing, previousCaption }: SnapshotContext): TrackSnapshot {
    const current = this.current();
    const now = this.time();
    const sim = this.sim;
    const started = this.index > 0 || this.progress > 0 || playing;
    const lastRequest =
      this.sim
        .recentRequests(4)
        .reverse()
        .find((r) => r.end !== undefined && r.end <= now) ?? null;
    return {
      metrics: sim.metrics(),
      status: sim.stateAt(Math.min(now, sim.now)).status,
      current,
      caption: started && current ? (narrate(current) ?? previousCaption) : INITIAL_CAPTION,
      stepIndex: this.index,
      stepCount: this.steps.length,
      series: [],
      lastRequest,
      tab: started ? tabOf(this.sim.newestRequestBy(now), now) : IDLE_TAB,
      users: [],
    };
  }

  /** Bring the live model to the time shown; inputs are sorted, and each is applied exactly once. */
  private sync(): void {
    this.reached = Math.max(this.reached, this.index);
    const t = this.time();
    if (t < this.sim.now) {
      this.sim = createSimulation({ seed: this.seed });
      this.applied = 0;
    }
    while (this.applied < this.inputs.length && this.inputs[this.applied]!.t <= t) this.sim.apply(this.inputs[this.applied++]!);
    this.sim.advanceTo(t);
  }
}

/** The journey's inputs: failures first, the cold request, then the warm one once the cold one ended. */
function journeyInputs(seed: number, spof: boolean, deploy: DeployMethod | null): SimInput[] {
  const inputs: SimInput[] = [];
  if (spof) inputs.push({ t: 0, type: 'failure-start', kind: 'server-down' });
  if (deploy) {
    inputs.push({ t: 0, type: 'failure-start', kind: deploy });
    inputs.push({ t: DEPLOY_WINDOW_S[deploy], type: 'failure-end', kind: deploy });
  }
  inputs.push({ t: 0, type: 'request', browserId: 0, path: '/', dynamic: true });
  const first = runInputs({ seed }, inputs).recentRequests(1)[0];
  const warmAt = Math.max((first?.end ?? 0) + JOURNEY_WARM_GAP_S, deploy ? DEPLOY_WINDOW_S[deploy] + 0.5 : 0);
  inputs.push({ t: warmAt, type: 'request', browserId: 0, path: '/', dynamic: true });
  return inputs.sort((a, b) => a.t - b.t);
}

/** Replay inputs into a fresh model until nothing is left to happen. */
function runInputs(config: Partial<SimConfig>, inputs: readonly SimInput[]): Simulation {
  const sim = createSimulation(config);
  for (const input of [...inputs].sort((a, b) => a.t - b.t)) sim.apply(input);
  sim.advanceTo(inputs.reduce((m, i) => Math.max(m, i.t), 0) + JOURNEY_HORIZON_S);
  return sim;
}
