/**
 * What the main thread and the traffic worker say to each other. Every message names the track it is
 * for (`gen`): after a rebuild, what the worker still says about the old one is ignored.
 */
import type { FailureKind, RequestRecord, SimEvent } from '../../sim/types';
import type { Seeking } from '../snapshot';
import type { SnapshotContext, TrackSnapshot, TrafficSpec } from '../track';
import type { HopRows } from './hopRows';
import type { Design, DesignResult, ReplayScript } from '../compare/replay';
import type { Lang } from '../../i18n/lang';
import type { Dictionary } from '../../i18n/t';

/** What the main thread wants in the next answer besides the packets. */
export interface SnapshotAsk {
  context: SnapshotContext;
  /** The event table's length (0: closed). */
  recent: number;
  /** The request the waterfall shows (-1: none). */
  request: number;
}

/** Something done to the running model; answered by a frame once done. */
export type Command =
  /** From the time shown on the main thread (the worker may have run a frame further since). */
  | { op: 'step'; forward: boolean; from: number }
  | { op: 'rate'; rps: number }
  | { op: 'failure'; kind: FailureKind; on: boolean }
  | { op: 'fail-for'; kind: FailureKind; seconds: number }
  | { op: 'deploy' }
  /** Nothing to do: only the snapshot is wanted. */
  | { op: 'look' };

export type ToWorker =
  | { type: 'build'; gen: number; spec: TrafficSpec }
  | { type: 'advance'; gen: number; dt: number; speed: number; budgetMs: number; ask: SnapshotAsk | null }
  | { type: 'command'; gen: number; version: number; command: Command; ask: SnapshotAsk }
  | { type: 'seek'; gen: number; version: number; id: number; t: number; focus: SimEvent | null; ask: SnapshotAsk }
  | { type: 'cancel'; gen: number; id: number }
  /** The track is not shown any more (rebuilt as a journey): its model can go. */
  | { type: 'drop'; gen: number }
  /** "Replay the same traffic" on several designs (no track of its own). */
  | { type: 'replay'; id: number; designs: readonly Design[]; script: ReplayScript }
  | { type: 'replay-cancel'; id: number }
  /** The language the captions are written in: the main thread's dictionary for it (null for English and the pseudo-locale). */
  | { type: 'lang'; lang: Lang; dict: Dictionary | null };

/** What the views read, as of the answer it came with. */
export interface RemoteSnapshot {
  view: TrackSnapshot;
  recent: SimEvent[];
  request: RequestRecord | null;
  /** The message it answers (see `RemoteTrack.version`) and the ask it followed. */
  version: number;
  ask: SnapshotAsk;
}

/** Why the worker answers. */
export type Cause =
  | { kind: 'advance' }
  /** `failStart`: where a `fail-for` window really began (the worker's model time when it came). */
  | { kind: 'command'; failStart?: number }
  | { kind: 'seek'; id: number; workerMs: number };

export type FromWorker =
  | {
      type: 'frame';
      gen: number;
      cause: Cause;
      viewTime: number;
      /** How far the model has run (past the time shown after a step back). */
      modelNow: number;
      /** Simulated seconds the time shown moved on (an advance). */
      shown: number;
      /** The hops in flight replace the ones held (after a jump) rather than add to them. */
      replace: boolean;
      hops: HopRows;
      snapshot: RemoteSnapshot | null;
    }
  | { type: 'seeking'; gen: number; id: number; seeking: Seeking }
  | { type: 'replay-progress'; id: number; done: number }
  | { type: 'replay-done'; id: number; results: DesignResult[] }
  | { type: 'error'; message: string };
