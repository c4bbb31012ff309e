/**
 * Traffic from many browsers, in simulated time scaled by the speed control. The model runs just up to
 * the time shown; packets in flight are the hops that have left and not yet arrived.
 */
import type { FailureKind, HopEvent, RequestRecord, SeriesPoint, SimConfig, SimEvent } from '../sim/types';
import { narrate } from '../content/narration';
import { notState, type Sprite } from './sprite';
import { spritesAt } from './inFlight';
import { SeekJob, needsSlicing } from './seekJob';
import { TRAFFIC_CONFIG, trafficSummary } from './traffic';
import { USER_IDS, nextFollowed, tabOf } from './browserTabs';
import { Timeline } from './timeline';
import type { Advanced, Cancellable, SeekListener, SnapshotContext, Track, TrackSnapshot } from './track';
import { designConfig } from './designConfig';
import type { Design, DesignFault, PartLive } from './snapshot';

/** Longest hop the model emits, simulated seconds: how far back a seek looks for packets in flight. */
const SEEK_LOOKBACK_S = 3;
/** How far Step forward and Step back look for the next event, simulated seconds. */
const STEP_HORIZON_S = 60;
/** Searches around the time shown start this narrow (simulated s) and widen fourfold: busy traffic
 * holds thousands of events a second, and each one read is built into an object. */
const FIRST_WINDOW_S = 0.05;
/** Before the model's cost is known, a frame runs it this far (simulated s) and measures. */
const FIRST_SLICE_S = 0.05;
/** No slice of a frame's advance is shorter than this (simulated s). */
const MIN_SLICE_S = 0.005;
/** The event table looks back at most this far, simulated seconds. */
const RECENT_WINDOW_S = 5;
/** What the views read before the time shown: a seek keeps at least these events. */
const DRAWN_S = Math.max(SEEK_LOOKBACK_S, RECENT_WINDOW_S);

export class TrafficTrack implements Track {
  /** The model, seekable anywhere: long seeks fast-forward and seeks back restore a checkpoint. */
  readonly sim: Timeline;
  /** Traffic is not gone through step by step. */
  readonly steps: readonly SimEvent[] = [];
  /** Simulated time shown; the model has run at least this far. */
  viewTime = 0;
  /** The event the caption describes after a step or a row was chosen. */
  focus: SimEvent | null = null;
  private active: HopEvent[] = [];
  /** The request that finished last, as of the time shown: what the user's browser window shows. */
  lastFinishedId = -1;
  /** The furthest time shown so far: the event table keeps listing up to it after a jump back. */
  private reached = 0;
  /** Main-thread milliseconds the last slice of model and events cost per simulated second. */
  private msPerSimS = 0;
  /** The request the user's browser window follows (see browserTabs.ts). */
  private followedId = -1;
  /** The request each user of the row follows, by position in `USER_IDS`. */
  private usersFollowed: number[] = [];
  /** Requests a second started now (a seek's cost is counted in requests). */
  private rps: number;
  /** Series points are whole simulated seconds: recomputed only when a second has passed. */
  private series: { second: number; points: SeriesPoint[] } | null = null;

  /** `design`: servers behind HAProxy instead of the one server (its events then use the design's ids). */
  constructor(seed: number, rps: number, spof: boolean, startAt: number, readonly design: Design | null = null, faults: readonly DesignFault[] = [], scale: Partial<SimConfig> = {}) {
    this.sim = new Timeline({ ...TRAFFIC_CONFIG, ...scale, seed, ...(design ? designConfig(design) : {}) }, { drawnS: DRAWN_S });
    this.sim.apply({ t: 0, type: 'rate', rps });
    this.rps = rps;
    if (spof) this.sim.apply({ t: 0, type: 'failure-start', kind: 'server-down' });
    // A replica's fault needs a replica.
    if (design) for (const kind of faults) if (kind !== 'replica-down' || design.replica) this.sim.apply({ t: 0, type: 'failure-start', kind });
    if (startAt > 0) this.seekTime(startAt);
  }

  time(): number {
    return this.viewTime;
  }

  /**
   * Move the time shown on by `dt` wall seconds at `speed`, spending at most `budgetMs` of main-thread
   * time on the model: a frame that would take longer shows less time.
   */
  advance(dt: number, speed: number, budgetMs = Infinity): Advanced {
    const start = this.viewTime;
    const target = start + dt * speed;
    const began = performance.now();
    // Few slices, sized from the model's recent cost: each `advanceTo` ends with housekeeping, which
    // costs the same however short the slice.
    while (this.viewTime < target) {
      const left = budgetMs - (performance.now() - began);
      if (left <= 0) break;
      const fits = this.msPerSimS > 0 ? left / this.msPerSimS : FIRST_SLICE_S;
      const until = Math.min(target, this.viewTime + Math.max(fits, MIN_SLICE_S));
      const sliceStart = performance.now();
      // From the time shown, not from the model's clock: after a step back they differ.
      const from = this.viewTime + 1e-9;
      const ran = Math.max(0, until - this.sim.now);
      this.runTo(until);
      for (const e of this.sim.events(from, until + 1e-9)) {
        if (e.kind === 'hop') this.active.push(e);
        else if (e.kind === 'request-end') this.lastFinishedId = e.requestId;
      }
      if (ran > MIN_SLICE_S) this.msPerSimS = (performance.now() - sliceStart) / (until - from);
      this.viewTime = until;
    }
    this.reached = Math.max(this.reached, this.viewTime);
    this.focus = null;
    // Spare time goes to checkpoints behind the time shown, so a seek back after long play is quick.
    this.sim.catchUp(budgetMs - (performance.now() - began));
    return { shown: this.viewTime - start, stepped: false, ended: false, chapterPause: null };
  }

  /** Traffic never ends: Play goes on from the time shown. */
  rewindIfEnded(): void {}

  /** Traffic has no steps to go to. */
  seekStep(): void {}

  seekToPacket(): void {}

  /**
   * Run the model on towards `target` for about `budgetMs` without showing it (a seek's slice).
   * Returns true once the model has got there.
   */
  runAhead(target: number, budgetMs: number): boolean {
    return this.sim.seekToward(target, budgetMs);
  }

  /** Simulated seconds the model must still run before it can show `t` (from a checkpoint, maybe). */
  behindBy(t: number): number {
    return this.sim.costTo(Math.max(0, t));
  }

  /** The next event after the time shown, running the model on when it has not got there yet. */
  stepForward(): void {
    for (let span = FIRST_WINDOW_S; span <= STEP_HORIZON_S * 4; span *= 4) {
      const until = this.viewTime + span;
      if (until > this.sim.now) this.runTo(until);
      const next = this.sim.events(this.viewTime + 1e-9, until).find(notState);
      if (next) return this.seekTime(next.t, next);
    }
  }

  stepBack(): void {
    for (let span = FIRST_WINDOW_S; span <= STEP_HORIZON_S * 4; span *= 4) {
      const prev = this.sim.events(Math.max(0, this.viewTime - span), this.viewTime).findLast(notState);
      if (prev) return this.seekTime(prev.t, prev);
      if (this.viewTime - span <= 0) return;
    }
  }

  /** A seek the model runs at once when it is short, else in slices of main-thread time (see `SeekJob`). */
  seek(t: number, focus: SimEvent | undefined, listener: SeekListener): Cancellable | null {
    if (!needsSlicing(this.behindBy(t), this.rps)) {
      this.seekTime(t, focus);
      return null;
    }
    return new SeekJob(this, t, {
      progress: (seeking) => listener.progress(seeking),
      done: () => {
        this.seekTime(t, focus);
        listener.done();
      },
    });
  }

  seekTime(t: number, focus?: SimEvent): void {
    const target = Math.max(0, t);
    this.sim.seekToward(target, Infinity);
    this.viewTime = target;
    // After a seek back the model holds nothing past the target: the event table starts again there.
    this.reached = this.reached > this.sim.now ? target : Math.max(this.reached, target);
    const recent = this.sim.events(Math.max(0, target - SEEK_LOOKBACK_S), target + 1e-9);
    this.active = recent.filter((e): e is HopEvent => e.kind === 'hop' && e.arrive >= target);
    const lastEnd = recent.findLast((e) => e.kind === 'request-end');
    if (lastEnd) this.lastFinishedId = lastEnd.requestId;
    this.focus = focus ?? null;
  }

  /** A fixed design deploys new code now: all at once, or server by server with `rolling`. */
  deployCode(): void {
    if (this.design) this.sim.apply({ t: this.sim.now, type: 'deploy' });
  }

  setRate(rps: number): void {
    this.rps = rps;
    this.sim.apply({ t: this.sim.now, type: 'rate', rps });
  }

  setFailure(kind: FailureKind, on: boolean): boolean {
    this.sim.apply({ t: this.sim.now, type: on ? 'failure-start' : 'failure-end', kind });
    return true;
  }

  /** A failure from now for `seconds`; a second one of the same kind extends the first. Returns its start. */
  failFor(kind: FailureKind, seconds: number): number {
    const start = this.sim.now;
    this.setFailure(kind, true);
    this.sim.unschedule((p) => p.type === 'failure-end' && p.kind === kind);
    this.sim.schedule({ t: start + seconds, type: 'failure-end', kind });
    return start;
  }

  /** The hops still to draw, in time order (filtered in place by `spritesAt`). */
  inFlight(): HopEvent[] {
    return this.active;
  }

  sprites(speed: number): Sprite[] {
    return spritesAt(this.active, this.viewTime, speed);
  }

  recentEvents(limit: number): SimEvent[] {
    const until = this.reached;
    let found: SimEvent[] = [];
    for (let span = FIRST_WINDOW_S; span < RECENT_WINDOW_S * 4; span *= 4) {
      found = this.sim.events(Math.max(0, until - Math.min(span, RECENT_WINDOW_S)), until + 1e-9).filter(notState);
      if (found.length >= limit || span >= RECENT_WINDOW_S || span >= until) break;
    }
    return found.slice(-limit);
  }

  request(id: number): RequestRecord | undefined {
    return this.sim.request(id);
  }

  snapshot({ playing, rps, speed }: SnapshotContext): TrackSnapshot {
    const sim = this.sim;
    const now = this.viewTime;
    const metrics = sim.metrics();
    const followed = nextFollowed(this.followedId >= 0 ? sim.request(this.followedId) : undefined, now, (t) => sim.newestRequestBy(t), speed);
    this.followedId = followed?.id ?? -1;
    const users = USER_IDS.map((browserId, i) => {
      const id = this.usersFollowed[i] ?? -1;
      const next = nextFollowed(id >= 0 ? sim.request(id) : undefined, now, (t) => sim.latestRequests([browserId], t)[0], speed);
      this.usersFollowed[i] = next?.id ?? -1;
      return tabOf(next, now);
    });
    const current = this.focus;
    return {
      metrics,
      status: sim.stateAt(Math.min(now, sim.now)).status,
      current,
      caption: playing || !current ? trafficSummary(metrics, rps) : (narrate(current) ?? trafficSummary(metrics, rps)),
      stepIndex: 0,
      stepCount: 0,
      series: this.seriesNow(),
      lastRequest: sim.request(this.lastFinishedId) ?? null,
      tab: tabOf(followed, now),
      users,
      parts: this.design ? this.partsNow() : null,
      deploying: this.design !== null && sim.deploying(),
    };
  }

  private seriesNow(): SeriesPoint[] {
    const second = Math.floor(this.sim.now);
    if (this.series?.second !== second) this.series = { second, points: this.sim.series() };
    return this.series.points;
  }

  /** The design's parts as the model has them now (the time shown, give or take a frame). */
  private partsNow(): Record<string, PartLive> {
    const out: Record<string, PartLive> = {};
    for (const { id, ...live } of this.sim.partsNow()) out[id] = live;
    return out;
  }

  private runTo(target: number): void {
    this.sim.advanceTo(target);
  }
}
