/**
 * The traffic track as the main thread sees it when the model runs in a worker: it sends what the
 * learner does and keeps what the worker last answered (the time shown, the packets in flight, the
 * snapshot), so the player draws and publishes without waiting. What a command changes arrives a few
 * milliseconds later and is shown then (`onChange`).
 */
import type { FailureKind, HopEvent, RequestRecord, SimEvent } from '../../sim/types';
import { spritesAt } from '../inFlight';
import type { Sprite } from '../sprite';
import type { Advanced, Cancellable, SeekListener, SnapshotContext, Track, TrackSnapshot, TrafficSpec } from '../track';
import { TrafficTrack } from '../trafficTrack';
import { SEEK_MEASURE } from '../seekJob';

/** The name of a seek's span in the worker, in the page's performance timeline. */
export const WORKER_SEEK_MEASURE = 'seek in worker';
import type { Command, FromWorker, RemoteSnapshot, SnapshotAsk, ToWorker } from './protocol';

/** The worker's time per advance stays within these (ms): it follows the wall time the frames asked for. */
const MIN_WORKER_MS = 8;
const MAX_WORKER_MS = 100;

type Frame = Extract<FromWorker, { type: 'frame' }>;

export class RemoteTrack implements Track {
  readonly steps: readonly SimEvent[] = [];
  onChange: (() => void) | undefined;
  onFailStart: ((start: number) => void) | undefined;
  onSnapshot: (() => void) | undefined;
  private viewTime = 0;
  private modelNow = 0;
  private active: HopEvent[] = [];
  /** An advance is on its way; frames meanwhile add up their wall time for the next one. */
  private advancing = false;
  private pendingDt = 0;
  private shownSince = 0;
  /** Counts what changes the model (commands, seeks); a snapshot answering the newest is current. */
  private version = 0;
  private snap: RemoteSnapshot | null = null;
  /** The snapshot wanted with the next advance. */
  private ask: SnapshotAsk | null = null;
  private context: SnapshotContext;
  private recentLimit = 0;
  private requestId = -1;
  private looking = false;
  private seekIds = 0;
  private pendingSeek: { id: number; listener: SeekListener; startedAt: number } | null = null;
  /** The same model at its start, on this thread: what shows before the worker first answers. */
  private initial: TrafficTrack | null = null;

  constructor(
    private readonly post: (m: ToWorker) => void,
    readonly gen: number,
    private readonly spec: TrafficSpec,
  ) {
    this.context = { playing: false, rps: spec.rps, speed: 1, previousCaption: '' };
    post({ type: 'build', gen, spec });
  }

  time(): number {
    return this.viewTime;
  }

  advance(dt: number, speed: number): Advanced {
    this.pendingDt += dt;
    if (!this.advancing && !this.pendingSeek) {
      const budgetMs = Math.min(MAX_WORKER_MS, Math.max(MIN_WORKER_MS, this.pendingDt * 1000));
      this.post({ type: 'advance', gen: this.gen, dt: this.pendingDt, speed, budgetMs, ask: this.ask });
      this.advancing = true;
      this.pendingDt = 0;
      this.ask = null;
    }
    const shown = this.shownSince;
    this.shownSince = 0;
    return { shown, stepped: false, ended: false, chapterPause: null };
  }

  rewindIfEnded(): void {}
  seekStep(): void {}
  seekToPacket(): void {}

  stepForward(): void {
    this.command({ op: 'step', forward: true, from: this.viewTime });
  }

  stepBack(): void {
    this.command({ op: 'step', forward: false, from: this.viewTime });
  }

  /** The worker can let this track's model go. */
  dispose(): void {
    this.post({ type: 'drop', gen: this.gen });
  }

  seek(t: number, focus: SimEvent | undefined, listener: SeekListener): Cancellable {
    const id = ++this.seekIds;
    this.pendingDt = 0;
    this.pendingSeek = { id, listener, startedAt: performance.now() };
    this.post({ type: 'seek', gen: this.gen, version: ++this.version, id, t, focus: focus ?? null, ask: this.askNow() });
    return {
      cancel: () => {
        if (this.pendingSeek?.id !== id) return;
        this.pendingSeek = null;
        this.post({ type: 'cancel', gen: this.gen, id });
      },
    };
  }

  setRate(rps: number): void {
    this.command({ op: 'rate', rps });
  }

  setFailure(kind: FailureKind, on: boolean): boolean {
    this.command({ op: 'failure', kind, on });
    return true;
  }

  /** Starts where the model is as last heard; the worker's answer says where it really did (`onFailStart`). */
  failFor(kind: FailureKind, seconds: number): number {
    this.command({ op: 'fail-for', kind, seconds });
    return this.modelNow;
  }

  deployCode(): void {
    this.command({ op: 'deploy' });
  }

  sprites(speed: number): Sprite[] {
    return spritesAt(this.active, this.viewTime, speed);
  }

  recentEvents(limit: number): SimEvent[] {
    if (limit > this.recentLimit) {
      this.recentLimit = limit;
      this.look();
    }
    return this.snap?.recent.slice(-limit) ?? [];
  }

  request(id: number): RequestRecord | undefined {
    const snap = this.snap;
    if (snap?.request?.id === id) return snap.request;
    if (snap?.view.lastRequest?.id === id) return snap.view.lastRequest;
    if (this.requestId !== id) {
      this.requestId = id;
      this.look();
    }
    return undefined;
  }

  /** During Play: the next advance brings a snapshot, and `onSnapshot` says when it is here. */
  prefetch(context: SnapshotContext): void {
    this.context = context;
    this.ask = this.askNow();
  }

  snapshot(context: SnapshotContext): TrackSnapshot {
    this.context = context;
    if (!context.playing) {
      // Frames counted before a pause are not owed to the next Play.
      this.pendingDt = 0;
      if (!this.current()) this.look();
    }
    if (this.snap) return this.snap.view;
    this.initial ??= new TrafficTrack(this.spec.seed, this.spec.rps, this.spec.spof, 0, this.spec.design, this.spec.faults, this.spec.scale);
    return this.initial.snapshot(context);
  }

  /** What the worker said about this track. */
  receive(m: FromWorker, hops: HopEvent[]): void {
    if (m.type === 'seeking') {
      if (this.pendingSeek?.id === m.id) this.pendingSeek.listener.progress(m.seeking);
      return;
    }
    if (m.type !== 'frame') return;
    this.apply(m, hops);
    const cause = m.cause;
    if (cause.kind === 'advance') {
      this.advancing = false;
      // An advance that arrives after a pause moved the time shown: show it.
      if (m.shown > 0 && !this.context.playing) this.onChange?.();
      else if (m.snapshot) this.onSnapshot?.();
      return;
    }
    this.looking = false;
    if (cause.kind === 'command' && cause.failStart !== undefined) this.onFailStart?.(cause.failStart);
    if (cause.kind === 'seek' && this.pendingSeek?.id === cause.id) {
      const { listener, startedAt } = this.pendingSeek;
      this.pendingSeek = null;
      listener.done();
      // In the browser's performance timeline (DevTools' Timings, the benchmark): the whole seek, and
      // the worker's part of it (without its start-up and the messages).
      const end = performance.now();
      performance.measure(SEEK_MEASURE, { start: startedAt, end });
      performance.measure(WORKER_SEEK_MEASURE, { start: end - cause.workerMs, end });
      return;
    }
    this.onChange?.();
  }

  private apply(m: Frame, hops: HopEvent[]): void {
    if (m.replace) this.active = hops;
    else for (const e of hops) this.active.push(e);
    this.viewTime = m.viewTime;
    this.modelNow = m.modelNow;
    this.shownSince += m.shown;
    if (m.snapshot) {
      // The series moves once a simulated second: keep the one held while it is the same, so the
      // charts drawn from it do not re-render with every snapshot.
      const held = this.snap?.view.series;
      if (held && sameSeries(held, m.snapshot.view.series)) m.snapshot.view.series = held;
      this.snap = m.snapshot;
    }
  }

  /** Whether the snapshot held answers the newest change, as the views now want it. */
  private current(): boolean {
    const snap = this.snap;
    if (!snap || snap.version !== this.version) return false;
    const { context, recent, request } = snap.ask;
    const now = this.context;
    return context.playing === now.playing && context.speed === now.speed && context.rps === now.rps && recent >= this.recentLimit && request === this.requestId;
  }

  /** The worker writes in another language now: what it said is out of date, so ask again (shown when it answers). */
  retell(): void {
    this.command({ op: 'look' });
  }

  /** A snapshot now: while playing the next advance brings one anyway. */
  private look(): void {
    if (this.looking || (this.context.playing && !this.pendingSeek)) return;
    this.looking = true;
    this.post({ type: 'command', gen: this.gen, version: this.version, command: { op: 'look' }, ask: this.askNow() });
  }

  private command(command: Command): void {
    this.pendingDt = 0;
    this.post({ type: 'command', gen: this.gen, version: ++this.version, command, ask: this.askNow() });
  }

  private askNow(): SnapshotAsk {
    return { context: this.context, recent: this.recentLimit, request: this.requestId };
  }
}

function sameSeries(a: TrackSnapshot['series'], b: TrackSnapshot['series']): boolean {
  return a.length === b.length && JSON.stringify(a.at(-1)) === JSON.stringify(b.at(-1)) && a[0]?.t === b[0]?.t;
}
