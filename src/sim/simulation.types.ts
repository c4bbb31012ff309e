/**
 * The contract of the running model (implemented in `simulation.ts`).
 * Views advance it to the playback clock and read events, state and metrics; they never change it
 * except through `apply`.
 */
import type {
  FailureKind,
  Metrics,
  RequestRecord,
  SeriesPoint,
  SimConfig,
  SimEvent,
  SimState,
} from './types';

/** Something that changes the model's inputs at simulated time `t` (never earlier than `now`). */
export type SimInput =
  | { t: number; type: 'rate'; rps: number }
  | { t: number; type: 'failure-start'; kind: FailureKind; factor?: number }
  | { t: number; type: 'failure-end'; kind: FailureKind }
  /** One request from one browser (journey mode). Browser 0 unless said otherwise. */
  | { t: number; type: 'request'; browserId?: number; path?: string; dynamic?: boolean };

export interface Simulation {
  readonly config: Readonly<SimConfig>;
  /** Everything before `now` has been computed. */
  readonly now: number;
  /** Compute every event up to and including `t` (no-op when `t <= now`). */
  advanceTo(t: number): void;
  /** Advance to `input.t` and apply it. Throws `ConfigError` for bad input or `t < now`. */
  apply(input: SimInput): void;
  /** Events with `t1 <= e.t < t2` that are still retained (the last `windowS` seconds, at least). */
  events(t1: number, t2: number): SimEvent[];
  /** All retained events of one request, in order. */
  eventsOf(requestId: number): SimEvent[];
  /** Status, gauges and in-flight count at a retained time `t <= now`. */
  stateAt(t: number): SimState;
  /** Metrics at `now`. */
  metrics(): Metrics;
  /** One point per simulated second over the retained window. */
  series(): SeriesPoint[];
  request(id: number): RequestRecord | undefined;
  /** The most recent `n` requests (finished or not), newest last. */
  recentRequests(n: number): RequestRecord[];
  /** The newest retained request started at or before `t`. */
  newestRequestBy(t: number): RequestRecord | undefined;
  /** For each browser id, its newest retained request started at or before `t` (undefined: none). */
  latestRequests(browserIds: readonly number[], t: number): (RequestRecord | undefined)[];
}
