/**
 * Where the player reads the learner's choices and publishes what it shows. The store supplies the one
 * the app uses (store/appPlayer.ts); tests supply their own.
 */
import type { ModelFix } from '../sim/fixIds';
import type { SimEvent } from '../sim/types';
import type { ChapterPause, DeployWindow, Design, DesignFault, Highlight, Live, Mode, Seeking } from './snapshot';

/** The choices and playback state the player reads. */
export interface PlaybackState {
  mode: Mode;
  seed: number;
  rps: number;
  spof: boolean;
  faults: DesignFault[];
  /** The fixed design traffic plays (see `designOf`): the fixes chosen and how many servers. */
  fixes: ModelFix[];
  servers: number | null;
  /** Scaling up: each server's application workers and CPU cores (null: the model's). */
  workers: number | null;
  cores: number | null;
  balance: Design['balance'];
  deploys: DeployWindow[];
  playing: boolean;
  speed: number;
  motionReduce: boolean;
  systemReducedMotion: boolean;
  /** Packet or event row opened in the inspector. */
  inspected: SimEvent | null;
  chapterPause: ChapterPause | null;
  seeking: Seeking | null;
}

/** What the player shows a few times a second; the highlight is left out while it must stay steady. */
export interface PlaybackSnapshot {
  live: Live;
  highlight?: Highlight;
}

export interface PlaybackSink {
  read(): PlaybackState;
  /** Change playback state (playing, a chapter pause, a seek's progress) or a choice the player applies. */
  write(patch: Partial<PlaybackState>): void;
  publish(snapshot: PlaybackSnapshot): void;
}
