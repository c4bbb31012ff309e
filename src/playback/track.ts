/**
 * What the player asks of what it plays (a journey on the teaching clock, traffic in simulated time),
 * so it never needs to know which one it holds.
 */
import type { FailureKind, Metrics, RequestRecord, SeriesPoint, SimConfig, SimEvent, SimState } from '../sim/types';
import type { BrowserTab } from './browserTabs';
import type { ChapterPause, Design, DesignFault, PartLive, Seeking } from './snapshot';
import type { Sprite } from './sprite';

/** What a frame's `advance` did. */
export interface Advanced {
  /** Simulated seconds shown, for a track that keeps pace with the chosen speed; null on the teaching clock. */
  shown: number | null;
  /** A new step began: the snapshot is due now. */
  stepped: boolean;
  /** The track played to its end and stops. */
  ended: boolean;
  /** The track stopped after a chapter, waiting for the learner. */
  chapterPause: ChapterPause | null;
}

/** The part of a snapshot that depends on the track; the player adds the figures every track shares. */
export interface TrackSnapshot {
  /** The model's figures now. */
  metrics: Metrics;
  /** Up, down, restarting… as of the time shown. */
  status: SimState['status'];
  /** The event the caption describes, if any. */
  current: SimEvent | null;
  caption: string;
  stepIndex: number;
  stepCount: number;
  series: SeriesPoint[];
  /** The latest finished request shown (a new object each time; the player keeps identity). */
  lastRequest: RequestRecord | null;
  tab: BrowserTab;
  users: readonly BrowserTab[];
  /** A fixed design's parts, live (see `PartLive`); absent on the one-server stack. */
  parts?: Readonly<Record<string, PartLive>> | null;
  deploying?: boolean;
}

/** What a track's snapshot is made with. */
export interface SnapshotContext {
  playing: boolean;
  rps: number;
  /** The speed chosen: the browser windows hold a page longer at faster speeds. */
  speed: number;
  /** The caption shown last, kept when a step has none of its own. */
  previousCaption: string;
}

/** Told how a seek that takes a while gets on, and when it is done. */
export interface SeekListener {
  progress(seeking: Seeking): void;
  done(): void;
}

/** A seek under way (see `Track.seek`). */
export interface Cancellable {
  cancel(): void;
}

export interface Track {
  /** The steps a learner can go to one by one (the journey's); empty when the track has none. */
  readonly steps: readonly SimEvent[];
  /** Simulated time shown. */
  time(): number;
  /** Move on by `dt` wall seconds at `speed`, spending about `budgetMs` of main-thread time at most. */
  advance(dt: number, speed: number, budgetMs: number): Advanced;
  /** Before Play: start again if the track played to its end. */
  rewindIfEnded(): void;
  stepForward(): void;
  stepBack(): void;
  /** Go to step `i`, showing its packet arrived; a track without steps ignores it. */
  seekStep(i: number): void;
  /** The first step carrying a kind of packet; a track without steps ignores it. */
  seekToPacket(anchor: string): void;
  /**
   * Go to simulated time `t`; `focus` is the event to describe there. Returns null when it is there now,
   * or a seek under way that tells `listener` how it gets on (a long one, or a model in a worker).
   */
  seek(t: number, focus: SimEvent | undefined, listener: SeekListener): Cancellable | null;
  setRate(rps: number): void;
  /** Switch a failure on or off in the running model; false when the track must be rebuilt for it. */
  setFailure(kind: FailureKind, on: boolean): boolean;
  /** A fixed design deploys new code now (a track without a design ignores it). */
  deployCode?(): void;
  /** A failure from now for `seconds`; returns its start, or null when the track must be rebuilt for it. */
  failFor(kind: FailureKind, seconds: number): number | null;
  /** The packets to draw at the time shown (drops the ones gone for good). */
  sprites(speed: number): Sprite[];
  /** Events up to the furthest point reached, newest last. */
  recentEvents(limit: number): SimEvent[];
  /** A request the model still holds (the waterfall of an inspected packet). */
  request(id: number): RequestRecord | undefined;
  /** Called when the track changed by itself (a model in a worker answered): the player shows it. */
  onChange?: (() => void) | undefined;
  /** Called when a window `failFor` started turns out to have begun elsewhere than it said (a model in a worker). */
  onFailStart?: ((start: number) => void) | undefined;
  /**
   * A track whose snapshot is made elsewhere (a worker) is asked for the next one ahead, and says when
   * it has come with `onSnapshot`; the player publishes then, so the figures match the time shown.
   */
  prefetch?(context: SnapshotContext): void;
  onSnapshot?: (() => void) | undefined;
  /** Let go of what the track holds outside itself (a worker's model). */
  dispose?(): void;
  /** The track's part of the snapshot; moves on the requests the browser windows follow. */
  snapshot(context: SnapshotContext): TrackSnapshot;
}

/** What a traffic track is built from. */
export interface TrafficSpec {
  seed: number;
  rps: number;
  spof: boolean;
  design: Design | null;
  faults: readonly DesignFault[];
  scale: Partial<SimConfig>;
}

/** Builds the traffic track: the model on this thread by default, or in a worker (playback/remote). */
export type TrafficFactory = (spec: TrafficSpec) => Track;
