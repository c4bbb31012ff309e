/**
 * The same traffic and the same fault, replayed on several designs: each design is a model with its own
 * config, fed the same seed and the same inputs, so any difference in the figures comes from the design.
 * Runs in slices of main-thread time (no long task) and can be cancelled; `replayNow` runs it at once
 * for tests.
 */
import { createStackSimulation, type SeriesPoint, type SimConfig, type SimInput, type StackSimulation as Simulation } from '../../sim';
import { yieldThen } from '../yieldThen';

export interface Design {
  id: string;
  config: Partial<SimConfig>;
}

export interface ReplayScript {
  /** The run ends here, simulated seconds: late enough for every request to have ended. */
  untilS: number;
  inputs: readonly SimInput[];
}

export interface DesignResult {
  id: string;
  arrived: number;
  ok: number;
  /** Failed requests by how they failed (only kinds that happened), most first. */
  failed: [kind: string, count: number][];
  failedTotal: number;
  /** Successful ÷ finished, 0..1. */
  availability: number;
  /** Latency of the successful requests over the whole run, s. */
  p50: number;
  p95: number;
  /** First and last simulated second in which a request failed or was failing; null when none did. */
  failingFrom: number | null;
  failingTo: number | null;
  /** One sample per simulated second of the whole run, for the timelines. */
  series: SeriesPoint[];
  /** With a balancer: when its health checks first took a server out of the pool, and put one back. */
  poolOut: number | null;
  poolIn: number | null;
}

/** Model time advanced per step: small enough that a step at 400 req/s takes a few milliseconds. */
const STEP_S = 0.25;
export const REPLAY_SLICE_MS = 24;

function startRun(design: Design, script: ReplayScript): Simulation {
  // The whole run stays in the window, so the percentiles and the per-second series cover all of it.
  return createStackSimulation({ ...design.config, windowS: Math.ceil(script.untilS) });
}

/** Advances `sim` one step, applying the script's inputs as their time comes; true when the run is over. */
function step(sim: Simulation, script: ReplayScript, next: { i: number }): boolean {
  const input = script.inputs[next.i];
  const to = Math.min(sim.now + STEP_S, input ? input.t : script.untilS, script.untilS);
  sim.advanceTo(to);
  if (input && sim.now >= input.t) {
    sim.apply(input);
    next.i++;
  }
  return !script.inputs[next.i] && sim.now >= script.untilS;
}

export function summarise(id: string, sim: Simulation): DesignResult {
  const m = sim.metrics();
  const failed = Object.entries(m.failed as Record<string, number>)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  let failingFrom: number | null = null;
  let failingTo: number | null = null;
  const series = sim.series();
  for (const p of series) {
    if (p.errors > 0 || p.failingNow > 0) {
      failingFrom ??= p.t - 1;
      failingTo = p.t;
    }
  }
  return {
    id,
    arrived: m.arrived,
    ok: m.completed,
    failed,
    failedTotal: failed.reduce((sum, [, n]) => sum + n, 0),
    availability: m.availability,
    p50: m.p50,
    p95: m.p95,
    failingFrom,
    failingTo,
    series,
    ...poolTimes(sim),
  };
}

function poolTimes(sim: Simulation): Pick<DesignResult, 'poolOut' | 'poolIn'> {
  const changes = sim.balancerLog()?.poolChanges ?? [];
  const out = changes.find((c) => !c.up);
  const back = out ? changes.find((c) => c.up && c.t > out.t) : undefined;
  return { poolOut: out?.t ?? null, poolIn: back?.t ?? null };
}

/** Runs every design to the end at once (tests, and workers where blocking is harmless). */
export function replayNow(designs: readonly Design[], script: ReplayScript): DesignResult[] {
  return designs.map((d) => {
    const sim = startRun(d, script);
    const next = { i: 0 };
    while (!step(sim, script, next));
    return summarise(d.id, sim);
  });
}

export interface ReplayListener {
  /** 0..1 over all designs. */
  progress(done: number): void;
  done(results: DesignResult[]): void;
}

/** The replay in slices: one design after the other, yielding to the page between slices. */
export class ReplayJob {
  private cancelled = false;
  private index = 0;
  private sim: Simulation;
  private next = { i: 0 };
  private readonly results: DesignResult[] = [];

  constructor(
    private readonly designs: readonly Design[],
    private readonly script: ReplayScript,
    private readonly listener: ReplayListener,
  ) {
    this.sim = startRun(designs[0]!, script);
    yieldThen(this.slice);
  }

  cancel(): void {
    this.cancelled = true;
  }

  private slice = (): void => {
    if (this.cancelled) return;
    const start = performance.now();
    while (performance.now() - start < REPLAY_SLICE_MS) {
      if (!step(this.sim, this.script, this.next)) continue;
      this.results.push(summarise(this.designs[this.index]!.id, this.sim));
      this.index++;
      if (this.index === this.designs.length) {
        this.listener.done(this.results);
        return;
      }
      this.sim = startRun(this.designs[this.index]!, this.script);
      this.next = { i: 0 };
    }
    const total = this.designs.length * this.script.untilS;
    this.listener.progress((this.index * this.script.untilS + this.sim.now) / total);
    yieldThen(this.slice);
  };
}
