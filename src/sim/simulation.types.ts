/**
 * The contract of the running model (implemented in `simulation.ts`).
 * Views advance it to the playback clock and read events, state and metrics; they never change it
 * except through `apply`.
 */
import type { PoolChange } from './loadBalancer';
import type { PartNow } from './parts';
import type { StackComponentId, StackLinkId } from './stackIds';
import type { ComponentId, LinkId } from './topology';
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
  /** `server`: which server (1-based, server 1 unless said) when there are several; ignored with one. */
  | { t: number; type: 'failure-start'; kind: FailureKind; factor?: number; server?: number }
  | { t: number; type: 'failure-end'; kind: FailureKind; server?: number }
  /**
   * Deploy new code: restart the application on every server. With `rolling`, one server at a time,
   * drained first and put back after; otherwise all at once. Ignored while one is under way.
   */
  | { t: number; type: 'deploy' }
  /** One request from one browser (journey mode). Browser 0 unless said otherwise. */
  | { t: number; type: 'request'; browserId?: number; path?: string; dynamic?: boolean };

/** What HAProxy decided: servers leaving and rejoining its pool, and the backup balancer taking the address. */
export interface BalancerLog {
  /** `backend` is the server's index (server 1 is 0). */
  poolChanges: readonly PoolChange[];
  /** When the backup took the site's address over, each time. */
  failovers: readonly number[];
}

/**
 * `C` and `L` are the ids its events use: the one-server stack's (`createSimulation`, what the views
 * draw) or any topology's (`createStackSimulation`).
 */
export interface Simulation<C extends string = ComponentId, L extends string = LinkId> {
  readonly config: Readonly<SimConfig>;
  /** Everything before `now` has been computed. */
  readonly now: number;
  /**
   * Compute every event up to and including `t` (no-op when `t <= now`). The model tidies up where it
   * stops (idle connections close, old events go), so where it stops shapes the run; `tidy: false`
   * computes the events without stopping there (a later call at the same `t` may still stop), for a
   * caller that shows any time but stops the model only on a grid (the timeline).
   */
  advanceTo(t: number, tidy?: boolean): void;
  /** Advance to `input.t` and apply it. Throws `ConfigError` for bad input or `t < now`. */
  apply(input: SimInput): void;
  /** Events with `t1 <= e.t < t2` that are still retained (the last `windowS` seconds, at least). */
  events(t1: number, t2: number): SimEvent<C, L>[];
  /** All retained events of one request, in order. */
  eventsOf(requestId: number): SimEvent<C, L>[];
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
  /** Each part of a fixed design at `now`, by its own id (the one-server stack: the database only). */
  partsNow(): PartNow[];
  /** A deploy (the `deploy` input) is under way; another one asked now would be ignored. */
  deploying(): boolean;
  /** With a load balancer, what it decided so far (the whole run); null without one. */
  balancerLog(): BalancerLog | null;
}

/** A model of any topology: its events name `lb`, `server-1`, `nginx-2`, … */
export type StackSimulation = Simulation<StackComponentId, StackLinkId>;
