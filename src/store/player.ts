/**
 * The playback controller: owns the track being watched (a journey or traffic), the clock and the one
 * animation loop. Views call the store's actions, which call this; the packet layer registers a draw
 * function that the loop calls each frame. React gets a snapshot a few times a second, never per frame.
 */
import type { RequestRecord, SeriesPoint, SimEvent } from '../sim/types';
import type { Simulation } from '../sim';
import { narrate } from '../content/narration';
import { highlightFor } from './highlight';
import { JourneyTrack } from './journeyTrack';
import { TrafficTrack } from './trafficTrack';
import { SyntheticLoad } from './syntheticLoad';
import { SeekJob, needsSlicing } from './seekJob';
import type { Sprite } from './sprite';
import { INITIAL_CAPTION, useUi, type DeployMethod, type Live } from './ui';
import { DEPLOY_WINDOW_S, trafficSummary } from './traffic';
import { AUTO_PAUSE_MAX_SPEED } from './journey';
import { IDLE_TAB, USER_IDS, nextFollowed, sameTab, sameTabs, tabOf, type BrowserTab } from './browserTabs';

export type { Sprite } from './sprite';
export type DrawFn = (sprites: readonly Sprite[]) => void;

const PUBLISH_EVERY_MS = 250;
/** Reduced-motion traffic lights busy links; they change at most this often so nothing flashes. */
const HIGHLIGHT_EVERY_MS = 1000;
/** A frame longer than this (a stall, a background tab) does not jump the clock. */
const MAX_FRAME_S = 0.1;
/**
 * Main-thread time a frame may spend running traffic's model: half the time since the last frame, so
 * the rest draws and answers input, at least a share of a 60 Hz frame and never near a 50 ms long task.
 */
const MODEL_SHARE_OF_FRAME = 0.5;
const MIN_MODEL_MS_PER_FRAME = 8;
const MAX_MODEL_MS_PER_FRAME = 30;
/** The achieved speed is measured over this much wall time before the controls say it fell behind. */
const PACE_WINDOW_S = 1;
/** Falling behind by less than this share of the chosen speed is not worth a word. */
const PACE_TOLERANCE = 0.9;


export class Player {
  private track!: JourneyTrack | TrafficTrack;
  private synthetic: SyntheticLoad | null = null;
  private sprites: Sprite[] = [];
  private raf = 0;
  private lastTs = 0;
  private lastPublish = 0;
  private lastHighlight = 0;
  private visible = true;
  private drawFn: DrawFn | null = null;
  private lastRequest: RequestRecord | null = null;
  private series: { second: number; points: SeriesPoint[] } | null = null;
  /** Traffic: the request the user's browser window follows (see browserTabs.ts). */
  private followedId = -1;
  /** Traffic: the request each user of the row follows, by position in `USER_IDS`. */
  private usersFollowed: number[] = [];
  /** A long seek running in slices; a new one replaces it. */
  private seekJob: SeekJob | null = null;
  /** Traffic: wall and simulated seconds of the current pace window, and the speed last reached when behind. */
  private pace = { wall: 0, shown: 0, runningAt: null as number | null };

  constructor() {
    this.rebuild();
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility);
  }

  /** rAF stops in a hidden tab; pick the loop up again when the learner comes back. */
  private onVisibility = () => {
    if (!document.hidden) this.kick();
  };

  private get ui() {
    return useUi.getState();
  }

  /** A fresh model from the learner's current choices, starting at simulated time `startAt`. */
  rebuild(startAt = 0): void {
    const { mode, seed, rps, spof, deploys } = this.ui;
    // A new run: request ids start again, so nothing from the old one may stay on screen.
    useUi.setState(mode === 'traffic' ? { inspected: null, deploys: [], chapterPause: null } : { inspected: null, chapterPause: null });
    this.lastRequest = null;
    this.series = null;
    this.followedId = -1;
    this.usersFollowed = [];
    this.cancelSeek();
    this.pace = { wall: 0, shown: 0, runningAt: null };
    this.track =
      mode === 'journey' ? new JourneyTrack(seed, spof, deploys[0]?.method ?? null, startAt) : new TrafficTrack(seed, rps, spof, 0);
    this.refresh();
    if (mode === 'traffic' && startAt > 0) this.seekTime(startAt);
    this.kick();
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
    if (this.track instanceof JourneyTrack && this.track.atEnd()) this.track.rewind();
    useUi.setState({ playing: true, chapterPause: null });
    this.kick();
  }

  pause(): void {
    useUi.setState({ playing: false, chapterPause: null });
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
    if (!(this.track instanceof JourneyTrack)) return;
    this.cancelSeek();
    this.track.seekStep(i);
    this.jumped();
  }

  /** Go to simulated time `t` (traffic), or the step at `t` (journey); `focus` is the event to describe. */
  seekTime(t: number, focus?: SimEvent): void {
    this.cancelSeek();
    const track = this.track;
    if (track instanceof TrafficTrack && needsSlicing(track.behindBy(t), this.ui.rps)) {
      this.seekJob = new SeekJob(track, t, {
        progress: (seeking) => useUi.setState({ seeking }),
        done: () => {
          this.seekJob = null;
          track.seekTime(t, focus);
          useUi.setState({ seeking: null });
          this.jumped();
          this.kick();
        },
      });
      return;
    }
    track.seekTime(t, focus);
    this.jumped();
  }

  /** Stop a long seek where it got to; the time shown stays where it was before the seek. */
  cancelSeek(): void {
    if (!this.seekJob) return;
    this.seekJob.cancel();
    this.seekJob = null;
    useUi.setState({ seeking: null });
  }

  /** Journey: the first step of a kind of packet (the walkthrough uses this). */
  seekToPacket(anchor: string): void {
    if (!(this.track instanceof JourneyTrack)) return;
    this.cancelSeek();
    this.track.seekToPacket(anchor);
    this.jumped();
  }

  restart(): void {
    this.rebuild();
  }

  setRate(rps: number): void {
    useUi.setState({ rps });
    if (this.track instanceof TrafficTrack) this.track.setRate(rps);
    this.publish(true);
  }

  setSpof(on: boolean): void {
    useUi.setState({ spof: on });
    if (this.track instanceof JourneyTrack) return this.rebuild();
    this.track.setFailure('server-down', on);
    this.publish(true);
  }

  /** A maintenance window of the chosen kind, starting now (traffic) or with the journey; it ends by itself. */
  deploy(method: DeployMethod): void {
    const seconds = DEPLOY_WINDOW_S[method];
    if (this.track instanceof JourneyTrack) {
      useUi.setState({ deploys: [{ method, start: 0, end: seconds }] });
      return this.rebuild();
    }
    const start = this.track.failFor(method, seconds);
    useUi.setState({ deploys: [...this.ui.deploys.slice(-19), { method, start, end: start + seconds }] });
    this.publish(true);
  }

  /** Events up to the time shown, newest last (the event table). */
  recentEvents(limit: number): SimEvent[] {
    return this.track.recentEvents(limit);
  }

  /** Every step of the journey; empty in traffic mode. */
  journeyEvents(): readonly SimEvent[] {
    return this.track instanceof JourneyTrack ? this.track.steps : [];
  }

  requestRecord(id: number) {
    return this.track.sim.request(id);
  }

  /** What is drawn now (the packet hit-test and tests read this). */
  currentSprites(): readonly Sprite[] {
    return this.sprites;
  }

  /** Benchmarks only: `n` packets looping on the links, drawn by the real loop; 0 ends it. */
  syntheticLoad(n: number): void {
    this.synthetic = n > 0 ? new SyntheticLoad(n) : null;
    useUi.setState({ playing: n > 0 });
    this.kick();
  }


  /** After a jump the journey no longer waits at a chapter's end. */
  private jumped(): void {
    if (this.ui.chapterPause) useUi.setState({ chapterPause: null });
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
    this.publish(false, ts);
    const hidden = typeof document !== 'undefined' && document.hidden;
    if (this.ui.playing && this.visible && !hidden && this.drawFn) this.raf = requestAnimationFrame(this.frame);
    else if (!this.ui.playing) this.publish(true);
  };

  private advance(dt: number, wall: number): void {
    if (this.synthetic) return this.synthetic.advance(dt);
    if (this.track instanceof TrafficTrack) {
      const budget = Math.min(MAX_MODEL_MS_PER_FRAME, Math.max(MIN_MODEL_MS_PER_FRAME, wall * 1000 * MODEL_SHARE_OF_FRAME));
      return this.keepPace(wall, this.track.advance(dt, this.ui.speed, budget));
    }
    const track = this.track;
    const { stepped, ended, chapterEnd } = track.advance(dt, this.ui.speed, this.ui.speed <= AUTO_PAUSE_MAX_SPEED);
    if (ended) useUi.setState({ playing: false });
    if (chapterEnd) {
      const next = track.nextChapter();
      const nextRequest = track.current()?.kind === 'request-end';
      useUi.setState({ playing: false, chapterPause: { after: chapterEnd, next, nextRequest } });
    }
    if (stepped || ended || chapterEnd) this.publish(true);
  }

  /** Traffic: compare the simulated time shown with the wall time passed, a second at a time. */
  private keepPace(wall: number, shown: number): void {
    this.pace.wall += wall;
    this.pace.shown += shown;
    if (this.pace.wall < PACE_WINDOW_S) return;
    const reached = this.pace.shown / this.pace.wall;
    this.pace = { wall: 0, shown: 0, runningAt: reached < this.ui.speed * PACE_TOLERANCE ? reached : null };
  }

  private computeSprites(): Sprite[] {
    if (this.synthetic) return this.synthetic.sprites();
    return this.track instanceof TrafficTrack ? this.track.sprites(this.ui.speed) : this.track.sprites();
  }

  /** Series points are whole simulated seconds: recompute them only when a second has passed. */
  private seriesOf(sim: Simulation): SeriesPoint[] {
    const second = Math.floor(sim.now);
    if (this.series?.second !== second) this.series = { second, points: sim.series() };
    return this.series.points;
  }

  /**
   * The user's browser window (journey: its one request; traffic: a followed one) and the users' row,
   * keeping the previous objects while they look the same so their views do not re-render.
   */
  private browserTabs(sim: Simulation, now: number, journeyStarted: boolean | null): { tab: BrowserTab; users: readonly BrowserTab[] } {
    const prev = this.ui.live;
    let tab: BrowserTab;
    let users: readonly BrowserTab[] = [];
    if (journeyStarted !== null) {
      tab = journeyStarted ? tabOf(sim.newestRequestBy(now), now) : IDLE_TAB;
    } else {
      const followed = nextFollowed(this.followedId >= 0 ? sim.request(this.followedId) : undefined, now, (t) => sim.newestRequestBy(t), this.ui.speed);
      this.followedId = followed?.id ?? -1;
      tab = tabOf(followed, now);
      users = USER_IDS.map((browserId, i) => {
        const id = this.usersFollowed[i] ?? -1;
        const next = nextFollowed(id >= 0 ? sim.request(id) : undefined, now, (t) => sim.latestRequests([browserId], t)[0], this.ui.speed);
        this.usersFollowed[i] = next?.id ?? -1;
        return tabOf(next, now);
      });
      if (prev.users && sameTabs(users, prev.users)) users = prev.users;
    }
    if (prev.tab && sameTab(tab, prev.tab)) tab = prev.tab;
    return { tab, users };
  }

  private publish(force: boolean, ts = performance.now()): void {
    if (!force && ts - this.lastPublish < PUBLISH_EVERY_MS) return;
    this.lastPublish = ts;
    const { mode, playing, rps } = this.ui;
    const track = this.track;
    const sim = track.sim;
    const journey = track instanceof JourneyTrack ? track : null;
    const current = journey ? journey.current() : (track as TrafficTrack).focus;
    const simTime = track.time();
    const metrics = sim.metrics();
    const found = journey
      ? (sim
          .recentRequests(4)
          .reverse()
          .find((r) => r.end !== undefined && r.end <= simTime) ?? null)
      : (sim.request((track as TrafficTrack).lastFinishedId) ?? null);
    // The model hands out a new record object each time; keep the old one while it is the same
    // request, so the views that show it don't re-render four times a second.
    const same = found && this.lastRequest && found.id === this.lastRequest.id && found.end === this.lastRequest.end;
    const lastRequest = same ? this.lastRequest : found;
    this.lastRequest = lastRequest;
    const { tab, users } = this.browserTabs(sim, simTime, journey ? journey.index > 0 || journey.progress > 0 || playing : null);
    let caption: string;
    if (journey) {
      const started = journey.index > 0 || journey.progress > 0 || playing;
      caption = started && current ? (narrate(current) ?? this.ui.live.caption) : INITIAL_CAPTION;
    } else {
      caption = playing || !current ? trafficSummary(metrics, rps) : (narrate(current) ?? trafficSummary(metrics, rps));
    }
    const live: Live = {
      simTime,
      stepIndex: journey?.index ?? 0,
      stepCount: journey?.steps.length ?? 0,
      current,
      caption,
      metrics,
      series: journey ? [] : this.seriesOf(sim),
      lastRequest,
      tab,
      users,
      packetsInFlight: this.sprites.length,
      runningAt: playing && !journey ? this.pace.runningAt : null,
      status: sim.stateAt(Math.min(simTime, sim.now)).status,
    };
    const reduce = this.ui.motionReduce || this.ui.systemReducedMotion;
    // WCAG 2.3.1: nothing may flash more than three times a second.
    const steady = !force && mode === 'traffic' && reduce && ts - this.lastHighlight < HIGHLIGHT_EVERY_MS;
    if (!steady) this.lastHighlight = ts;
    useUi.setState(steady ? { live } : { live, highlight: highlightFor(mode, current, this.sprites, reduce, { event: this.ui.inspected, playing }) });
  }
}

let player: Player | null = null;

/** The app's one player, created on first use. */
export function getPlayer(): Player {
  player ??= new Player();
  return player;
}
