/**
 * The playback controller: owns the track being watched (a journey or traffic), the clock and the one
 * animation loop. The store's actions call this; the packet layer registers a draw function that the
 * loop calls each frame. The sink gets a snapshot a few times a second, never per frame.
 */
import type { RequestRecord, SimEvent } from '../sim/types';
import { highlightFor } from './highlight';
import { JourneyTrack } from './journeyTrack';
import { TrafficTrack } from './trafficTrack';
import { designOf, scaleConfig } from './design';
import { SyntheticLoad } from './syntheticLoad';
import type { Sprite } from './sprite';
import { EMPTY_LIVE, type DeployMethod, type DesignFault, type Live } from './snapshot';
import type { PlaybackSink } from './sink';
import type { Cancellable, SnapshotContext, Track, TrafficFactory } from './track';
import { DEPLOY_WINDOW_S } from './traffic';
import { PaceMeter, modelBudgetMs } from './pace';
import { sameTab, sameTabs } from './browserTabs';
import { yieldThen } from './yieldThen';

export type { Sprite } from './sprite';
export type DrawFn = (sprites: readonly Sprite[]) => void;

export const localTraffic: TrafficFactory = ({ seed, rps, spof, design, faults, scale }) => new TrafficTrack(seed, rps, spof, 0, design, faults, scale);

const PUBLISH_EVERY_MS = 250;
/** Reduced-motion traffic lights busy links; they change at most this often so nothing flashes. */
const HIGHLIGHT_EVERY_MS = 1000;
/** A frame longer than this (a stall, a background tab) does not jump the clock. */
const MAX_FRAME_S = 0.1;

export class Player {
  private track!: Track;
  /** Set once the first track is built (the one before is let go on each rebuild). */
  private built = false;
  private synthetic: SyntheticLoad | null = null;
  private sprites: Sprite[] = [];
  private raf = 0;
  private lastTs = 0;
  private lastPublish = 0;
  private publishQueued = false;
  private lastHighlight = 0;
  private visible = true;
  /** The page is in a background tab (the host says so through `setPageHidden`). */
  private pageHidden = false;
  private drawFn: DrawFn | null = null;
  private lastRequest: RequestRecord | null = null;
  /** The snapshot published last: its objects are kept while they look the same. */
  private live: Live = EMPTY_LIVE;
  /** A seek under way (long, or in a worker); a new one replaces it. */
  private seekJob: Cancellable | null = null;
  private seekTarget = 0;
  private pace = new PaceMeter();

  constructor(
    private readonly sink: PlaybackSink,
    private readonly traffic: TrafficFactory = localTraffic,
  ) {
    this.rebuild();
  }

  /** rAF stops in a hidden tab; pick the loop up again when the learner comes back. */
  setPageHidden(hidden: boolean): void {
    this.pageHidden = hidden;
    if (!hidden) this.kick();
  }

  private get ui() {
    return this.sink.read();
  }

  /** A fresh model from the learner's current choices, starting at simulated time `startAt`. */
  rebuild(startAt = 0): void {
    const { mode, seed, rps, spof, faults, deploys, fixes, servers, workers, cores, balance } = this.ui;
    // A new run: request ids start again, so nothing from the old one may stay on screen.
    this.sink.write(mode === 'traffic' ? { inspected: null, deploys: [], chapterPause: null } : { inspected: null, chapterPause: null });
    this.lastRequest = null;
    this.cancelSeek();
    this.pace = new PaceMeter();
    this.publishQueued = false;
    if (this.built) this.track.dispose?.();
    this.built = true;
    const track: Track =
      mode === 'journey'
        ? new JourneyTrack(seed, spof, deploys[0]?.method ?? null, startAt)
        : this.traffic({ seed, rps, spof, design: designOf(fixes, servers, balance), faults, scale: scaleConfig(workers, cores) });
    // A model in a worker answers later: what it says is shown when it arrives.
    track.onChange = () => {
      if (this.track === track) this.refresh();
    };
    track.onSnapshot = () => {
      if (this.track === track) yieldThen(this.publishQueuedNow);
    };
    track.onFailStart = (start) => {
      const last = this.ui.deploys.at(-1);
      if (this.track !== track || !last) return;
      this.sink.write({ deploys: [...this.ui.deploys.slice(0, -1), { ...last, start, end: start + (last.end - last.start) }] });
      this.publish(true);
    };
    this.track = track;
    this.refresh();
    if (mode === 'traffic' && startAt > 0) this.seekTime(startAt);
    this.kick();
  }

  /** The same run again from scratch, where it is shown or where a seek under way was going (after a worker failed). */
  rebuildWhereShown(): void {
    // A journey never ran in the worker: it goes on as it is.
    if (this.ui.mode !== 'traffic') return;
    this.rebuild(this.seekJob ? this.seekTarget : this.track.time());
  }

  setDrawFn(fn: DrawFn | null): void {
    this.drawFn = fn;
    this.kick();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.kick();
  }

  /** Play, or continue after a chapter's end. */
  play(): void {
    this.cancelSeek();
    this.track.rewindIfEnded();
    this.sink.write({ playing: true, chapterPause: null });
    this.kick();
  }

  pause(): void {
    this.sink.write({ playing: false, chapterPause: null });
    this.publish(true);
  }

  stepForward(): void {
    this.cancelSeek();
    this.pause();
    this.track.stepForward();
    this.refresh();
  }

  stepBack(): void {
    this.cancelSeek();
    this.pause();
    this.track.stepBack();
    this.refresh();
  }

  /** Journey: go to step `i`, showing its packet arrived. */
  seekStep(i: number): void {
    if (!this.track.steps.length) return;
    this.cancelSeek();
    this.track.seekStep(i);
    this.jumped();
  }

  /** Go to simulated time `t` (traffic), or the step at `t` (journey); `focus` is the event to describe. */
  seekTime(t: number, focus?: SimEvent): void {
    this.cancelSeek();
    const track = this.track;
    const job = track.seek(t, focus, {
      progress: (seeking) => this.sink.write({ seeking }),
      done: () => {
        if (this.seekJob !== job) return;
        this.seekJob = null;
        this.sink.write({ seeking: null });
        this.jumped();
        this.kick();
      },
    });
    this.seekJob = job;
    this.seekTarget = t;
    if (!job) this.jumped();
  }

  /** Stop a long seek where it got to; the time shown stays where it was before the seek. */
  cancelSeek(): void {
    if (!this.seekJob) return;
    this.seekJob.cancel();
    this.seekJob = null;
    this.sink.write({ seeking: null });
  }

  /** Journey: the first step of a kind of packet (the walkthrough uses this). */
  seekToPacket(anchor: string): void {
    if (!this.track.steps.length) return;
    this.cancelSeek();
    this.track.seekToPacket(anchor);
    this.jumped();
  }

  restart(): void {
    this.rebuild();
  }

  setRate(rps: number): void {
    this.sink.write({ rps });
    this.track.setRate(rps);
    this.publish(true);
  }

  /** A fixed design deploys new code (traffic only; the one-server stack has its maintenance windows). */
  deployCode(): void {
    this.track.deployCode?.();
    this.publish(true);
  }

  /** Something in a fixed design stops (or comes back): the active balancer, the primary MySQL, the replica. */
  setFault(kind: DesignFault, on: boolean): void {
    const faults = this.ui.faults.filter((f) => f !== kind);
    this.sink.write({ faults: on ? [...faults, kind] : faults });
    if (this.ui.mode === 'traffic' && designOf(this.ui.fixes, this.ui.servers)) this.track.setFailure(kind, on);
    this.publish(true);
  }

  setSpof(on: boolean): void {
    this.sink.write({ spof: on });
    if (!this.track.setFailure('server-down', on)) return this.rebuild();
    this.publish(true);
  }

  /** A maintenance window of the chosen kind, starting now (traffic) or with the journey; it ends by itself. */
  deploy(method: DeployMethod): void {
    const seconds = DEPLOY_WINDOW_S[method];
    const start = this.track.failFor(method, seconds);
    if (start === null) {
      this.sink.write({ deploys: [{ method, start: 0, end: seconds }] });
      return this.rebuild();
    }
    this.sink.write({ deploys: [...this.ui.deploys.slice(-19), { method, start, end: start + seconds }] });
    this.publish(true);
  }

  /** Events up to the time shown, newest last (the event table). */
  recentEvents(limit: number): SimEvent[] {
    return this.track.recentEvents(limit);
  }

  /** Every step of the journey; empty in traffic mode. */
  journeyEvents(): readonly SimEvent[] {
    return this.track.steps;
  }

  requestRecord(id: number) {
    return this.track.request(id);
  }

  /** What is drawn now (the packet hit-test and tests read this). */
  currentSprites(): readonly Sprite[] {
    return this.sprites;
  }

  /** Benchmarks only: `n` packets looping on the links, drawn by the real loop; 0 ends it. */
  syntheticLoad(n: number): void {
    this.synthetic = n > 0 ? new SyntheticLoad(n) : null;
    this.sink.write({ playing: n > 0 });
    this.kick();
  }


  /** After a jump the journey no longer waits at a chapter's end. */
  private jumped(): void {
    if (this.ui.chapterPause) this.sink.write({ chapterPause: null });
    this.refresh();
  }

  /** Recompute, draw and tell the store at once (after a jump, or when reduced motion changes). */
  refresh(): void {
    this.sprites = this.computeSprites();
    this.drawFn?.(this.sprites);
    this.publish(true);
  }

  /** Start the loop if something needs drawing; it stops itself when nothing moves. */
  private kick(): void {
    // No diagram on screen (unmounted, or not yet drawn): nothing to animate.
    if (this.raf || !this.drawFn || typeof requestAnimationFrame === 'undefined') return;
    this.lastTs = 0;
    this.raf = requestAnimationFrame(this.frame);
  }

  private frame = (ts: number): void => {
    this.raf = 0;
    const wall = this.lastTs ? (ts - this.lastTs) / 1000 : 0;
    const dt = Math.min(wall, MAX_FRAME_S);
    this.lastTs = ts;
    // A long seek owns the model until it is done; the frame only draws.
    if (this.ui.playing && !this.seekJob) this.advance(dt, wall);
    this.sprites = this.computeSprites();
    this.drawFn?.(this.sprites);
    this.publishSoon(ts);
    if (this.ui.playing && this.visible && !this.pageHidden && this.drawFn) this.raf = requestAnimationFrame(this.frame);
    else if (!this.ui.playing) this.publish(true);
  };

  private advance(dt: number, wall: number): void {
    if (this.synthetic) return this.synthetic.advance(dt);
    const { speed } = this.ui;
    const { shown, stepped, ended, chapterPause } = this.track.advance(dt, speed, modelBudgetMs(wall));
    if (shown !== null) this.pace.add(wall, shown, speed);
    if (ended) this.sink.write({ playing: false });
    if (chapterPause) this.sink.write({ playing: false, chapterPause });
    if (stepped || ended || chapterPause) this.publish(true);
  }

  private computeSprites(): Sprite[] {
    if (this.synthetic) return this.synthetic.sprites();
    return this.track.sprites(this.ui.speed);
  }

  /**
   * A snapshot due during Play goes out in a task of its own after the frame: the views it re-renders
   * then do not add their time to the frame's drawing in one long task.
   */
  private publishSoon(ts: number): void {
    if (this.publishQueued || ts - this.lastPublish < PUBLISH_EVERY_MS) return;
    this.publishQueued = true;
    this.lastPublish = ts;
    const track = this.track;
    // A snapshot made in a worker: asked for now, published when it comes (see `onSnapshot`).
    if (track.prefetch) return track.prefetch(this.context());
    yieldThen(this.publishQueuedNow);
  }

  private publishQueuedNow = (): void => {
    if (!this.publishQueued) return;
    this.publishQueued = false;
    this.publish(false, performance.now(), true);
  };

  private context(): SnapshotContext {
    const { playing, rps, speed } = this.ui;
    return { playing, rps, speed, previousCaption: this.live.caption };
  }

  /** `force`: now, whatever was published last (the highlight too); `due`: the time for one has come. */
  private publish(force: boolean, ts = performance.now(), due = false): void {
    if (!force && !due && ts - this.lastPublish < PUBLISH_EVERY_MS) return;
    this.lastPublish = ts;
    const { mode, playing } = this.ui;
    const track = this.track;
    const simTime = track.time();
    const prev = this.live;
    const view = track.snapshot(this.context());
    // The model hands out new objects each time; keep the old ones while they look the same, so the
    // views that show them don't re-render four times a second.
    const found = view.lastRequest;
    const same = found && this.lastRequest && found.id === this.lastRequest.id && found.end === this.lastRequest.end;
    const lastRequest = same ? this.lastRequest : found;
    this.lastRequest = lastRequest;
    const live: Live = {
      simTime,
      stepIndex: view.stepIndex,
      stepCount: view.stepCount,
      current: view.current,
      caption: view.caption,
      metrics: view.metrics,
      series: view.series,
      lastRequest,
      tab: sameTab(view.tab, prev.tab) ? prev.tab : view.tab,
      users: sameTabs(view.users, prev.users) ? prev.users : view.users,
      packetsInFlight: this.sprites.length,
      runningAt: playing ? this.pace.runningAt : null,
      status: view.status,
      parts: view.parts ?? null,
      deploying: view.deploying ?? false,
    };
    this.live = live;
    const reduce = this.ui.motionReduce || this.ui.systemReducedMotion;
    // WCAG 2.3.1: nothing may flash more than three times a second.
    const steady = !force && mode === 'traffic' && reduce && ts - this.lastHighlight < HIGHLIGHT_EVERY_MS;
    if (!steady) this.lastHighlight = ts;
    this.sink.publish(
      steady ? { live } : { live, highlight: highlightFor(mode, view.current, this.sprites, reduce, { event: this.ui.inspected, playing }) },
    );
  }
}
