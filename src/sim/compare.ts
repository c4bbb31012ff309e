/**
 * "Compare with the one-server stack": the same seed, the same arrivals and the same failure script
 * run on the one-server stack and on a fixed design, reduced to the figures of a table. Pure: it builds
 * both models, runs them to the end and returns numbers only.
 */
import { FAILING_AFTER_S } from './failingNow';
import { percentile } from './metrics';
import { createStackSimulation } from './simulation';
import { resolveConfig } from './validate';
import type { SimInput, StackSimulation } from './simulation.types';
import { ALL_FAILED_OUTCOMES, type FailedOutcome, type RequestRecord, type SimConfig } from './types';

/** What happens during the comparison: traffic and failures, all before `untilS`. */
export interface FailureScript {
  /** Traffic changes, failures and deploys (`server` picks one of several servers; the one server otherwise). */
  inputs: readonly SimInput[];
  /** Requests that start before this are counted; the run then goes on, without traffic, until they have all ended. */
  untilS: number;
}

/** The figures of one design. */
export interface DesignFigures {
  servers: number;
  fixes: SimConfig['fixes'];
  /** Requests started during the script. */
  requests: number;
  /** Answered 200 OK, however long it took. */
  succeeded: number;
  /** Of those, answered only after a user would have given up (`FAILING_AFTER_S`, 3 s): a SYN retransmitted until the server came back. */
  late: number;
  /**
   * Answered OK in time ÷ requests, 0..1 (1 with no request): as the live figures count it, a page
   * still loading after 3 s is failing, whatever comes later.
   */
  availability: number;
  failed: Record<FailedOutcome, number>;
  /** Time of the successful requests, s (0 when none). */
  p50: number;
  p95: number;
  /**
   * From the script's first failure to the balancer noticing it (a server leaving the pool, the backup
   * taking the address), s; null when nothing detects it (the one-server stack) or nothing failed.
   */
  detectS: number | null;
  /** From the first failure until every request started from then on succeeds in time, s; null without a failure. */
  recoverS: number | null;
  /** Per second of the script: requests started, and how many of those succeeded. */
  timeline: { t: number; started: number; succeeded: number }[];
}

export interface Comparison {
  seed: number;
  oneServer: DesignFigures;
  fixed: DesignFigures;
}

/** Time after the script for the last requests to end (a browser gives up on an unanswered SYN at 131 s). */
const drainS = (config: Readonly<SimConfig>): number => config.connectTimeoutS + config.proxyReadTimeoutS + 10;

/** When a run of `script` on `config` ends: once every request it started has ended. */
export function scriptEndS(config: Partial<SimConfig>, script: FailureScript): number {
  return script.untilS + drainS(resolveConfig(config));
}

/** A model for a run of `script`: its window holds every request's record until the end. */
export function scriptModel(config: Partial<SimConfig>, script: FailureScript): StackSimulation {
  return createStackSimulation({ ...config, windowS: scriptEndS(config, script) + 1 });
}

/** Runs `script` to its end at once: the traffic stops at `untilS`, then the requests drain. */
export function runScript(config: Partial<SimConfig>, script: FailureScript): StackSimulation {
  const sim = scriptModel(config, script);
  for (const input of [...script.inputs].sort((a, b) => a.t - b.t)) sim.apply(input);
  sim.apply({ t: Math.max(sim.now, script.untilS), type: 'rate', rps: 0 });
  sim.advanceTo(scriptEndS(config, script));
  return sim;
}

/** Runs `script` on the one-server stack and on the design `config` asks for (same seed and everything else). */
export function compare(config: Partial<SimConfig>, script: FailureScript): Comparison {
  const oneServer = run({ ...config, servers: 1, fixes: [] }, script);
  const fixed = run(config, script);
  return { seed: fixed.seed, oneServer: oneServer.figures, fixed: fixed.figures };
}

function run(config: Partial<SimConfig>, script: FailureScript): { seed: number; figures: DesignFigures } {
  const sim = runScript(config, script);
  return { seed: sim.config.seed, figures: figuresOf(sim, script) };
}

/** The figures of a run of `script` that has gone on until its requests ended (a replay in slices calls this too). */
export function figuresOf(sim: StackSimulation, script: FailureScript): DesignFigures {
  const records = sim.recentRequests(Number.MAX_SAFE_INTEGER).filter((r) => r.start < script.untilS);
  const failed = Object.fromEntries(ALL_FAILED_OUTCOMES.map((o) => [o, 0])) as Record<FailedOutcome, number>;
  const times: number[] = [];
  let late = 0;
  for (const r of records) {
    if (r.outcome === 'ok') {
      times.push(r.end! - r.start);
      if (!inTime(r)) late++;
    } else if (r.outcome !== undefined) failed[r.outcome]++;
  }
  const sorted = Float64Array.from(times).sort();
  const failureAt = firstFailure(script.inputs);
  return {
    servers: sim.config.servers,
    fixes: sim.config.fixes,
    requests: records.length,
    succeeded: times.length,
    late,
    availability: records.length > 0 ? (times.length - late) / records.length : 1,
    failed,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    detectS: failureAt === null ? null : detection(sim, failureAt),
    recoverS: failureAt === null ? null : recovery(records, failureAt),
    timeline: timelineOf(records, script.untilS),
  };
}

function firstFailure(inputs: readonly SimInput[]): number | null {
  const times = inputs.filter((i) => i.type === 'failure-start' || i.type === 'deploy').map((i) => i.t);
  return times.length > 0 ? Math.min(...times) : null;
}

/** The balancer's first reaction after the failure: a server out of its pool, or the backup taking over. */
function detection(sim: StackSimulation, failureAt: number): number | null {
  const log = sim.balancerLog();
  if (!log) return null;
  const reactions = [...log.poolChanges.filter((c) => !c.up).map((c) => c.t), ...log.failovers].filter((t) => t >= failureAt);
  return reactions.length > 0 ? Math.min(...reactions) - failureAt : null;
}

/** Until the last request to fail (or to succeed only late) started; 0 when none did from then on. */
function recovery(records: readonly RequestRecord[], failureAt: number): number {
  let last = failureAt;
  for (const r of records) if (r.start > last && !inTime(r)) last = r.start;
  return last - failureAt;
}

const inTime = (r: RequestRecord): boolean => r.outcome === 'ok' && r.end! - r.start <= FAILING_AFTER_S;

function timelineOf(records: readonly RequestRecord[], untilS: number): DesignFigures['timeline'] {
  const seconds = Math.ceil(untilS);
  const out = Array.from({ length: seconds }, (_, t) => ({ t, started: 0, succeeded: 0 }));
  for (const r of records) {
    const row = out[Math.floor(r.start)]!;
    row.started++;
    if (r.outcome === 'ok') row.succeeded++;
  }
  return out;
}

/** The scripts of issue 15, each at a steady 100 req/s unless it says otherwise. */
export const FAILURE_SCRIPTS = {
  /** Server 1 dies at 60 s for 2 minutes. */
  serverDies: { inputs: [{ t: 0, type: 'rate', rps: 100 }, { t: 60, type: 'failure-start', kind: 'server-down', server: 1 }, { t: 180, type: 'failure-end', kind: 'server-down', server: 1 }], untilS: 240 },
  /** New code deployed at 60 s. */
  deploy: { inputs: [{ t: 0, type: 'rate', rps: 100 }, { t: 60, type: 'deploy' }], untilS: 120 },
  /** Traffic stepped from 50 to 400 req/s at 60 s. */
  trafficStep: { inputs: [{ t: 0, type: 'rate', rps: 50 }, { t: 60, type: 'rate', rps: 400 }], untilS: 120 },
  /** The active load balancer stops at 60 s for a minute. */
  balancerDies: { inputs: [{ t: 0, type: 'rate', rps: 100 }, { t: 60, type: 'failure-start', kind: 'lb-down' }, { t: 120, type: 'failure-end', kind: 'lb-down' }], untilS: 180 },
} as const satisfies Record<string, FailureScript>;
