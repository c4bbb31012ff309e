/**
 * The same traffic and the same fault, replayed on several designs: each design is a model with its own
 * config, fed the same seed and the same inputs, so any difference in the figures comes from the design.
 * Runs in slices of main-thread time (no long task) and can be cancelled; `replayNow` runs it at once
 * for tests.
 */
import {
  figuresOf,
  runScript,
  scriptEndS,
  scriptModel,
  type DesignFigures,
  type FailureScript,
  type SeriesPoint,
  type SimConfig,
  type StackSimulation as Simulation,
} from '../../sim';
import { yieldThen } from '../yieldThen';

export interface Design {
  id: string;
  config: Partial<SimConfig>;
}

/** Traffic and faults before `untilS`; the run then goes on without traffic until every request has ended. */
export type ReplayScript = FailureScript;

/** One design's figures, as `compare` counts them (availability: answered OK within 3 s), and its timeline. */
export interface DesignResult extends DesignFigures {
  id: string;
  /** One sample per simulated second of the script, for the timeline chart. */
  series: SeriesPoint[];
}

/** Model time advanced per step: small enough that a step at 400 req/s takes a few milliseconds. */
const STEP_S = 0.25;
export const REPLAY_SLICE_MS = 24;

interface Run {
  sim: Simulation;
  /** The next input to apply; past the script's, the traffic stops and the requests drain. */
  next: number;
  endS: number;
}

function startRun(design: Design, script: ReplayScript): Run {
  return { sim: scriptModel(design.config, script), next: 0, endS: scriptEndS(design.config, script) };
}

/** Advances the run one step, applying the script's inputs as their time comes; true when it is over. */
function step(run: Run, script: ReplayScript): boolean {
  const { sim } = run;
  const input = script.inputs[run.next];
  const stop = input ? input.t : run.next === script.inputs.length ? script.untilS : run.endS;
  sim.advanceTo(Math.min(sim.now + STEP_S, stop));
  if (sim.now < stop) return false;
  if (input) sim.apply(input);
  else if (run.next === script.inputs.length) sim.apply({ t: sim.now, type: 'rate', rps: 0 });
  else return true;
  run.next++;
  return false;
}

function summarise(id: string, sim: Simulation, script: ReplayScript): DesignResult {
  const series = sim.series().filter((p) => p.t <= script.untilS);
  return { id, ...figuresOf(sim, script), series };
}

/** Runs every design to the end at once, as `compare` does (tests; the sliced job must give the same). */
export function replayNow(designs: readonly Design[], script: ReplayScript): DesignResult[] {
  return designs.map((d) => summarise(d.id, runScript(d.config, script), script));
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
  private run: Run;
  private readonly results: DesignResult[] = [];

  constructor(
    private readonly designs: readonly Design[],
    private readonly script: ReplayScript,
    private readonly listener: ReplayListener,
  ) {
    this.run = startRun(designs[0]!, script);
    yieldThen(this.slice);
  }

  cancel(): void {
    this.cancelled = true;
  }

  private slice = (): void => {
    if (this.cancelled) return;
    const start = performance.now();
    while (performance.now() - start < REPLAY_SLICE_MS) {
      if (!step(this.run, this.script)) continue;
      this.results.push(summarise(this.designs[this.index]!.id, this.run.sim, this.script));
      this.index++;
      if (this.index === this.designs.length) {
        this.listener.done(this.results);
        return;
      }
      this.run = startRun(this.designs[this.index]!, this.script);
    }
    this.listener.progress((this.index + this.run.sim.now / this.run.endS) / this.designs.length);
    yieldThen(this.slice);
  };
}

/** Answered OK within the 3 s a user waits. */
export const servedInTime = (r: DesignFigures): number => r.succeeded - r.late;

/** Failed requests by how they failed, only the kinds that happened, most first. */
export function failedKinds(r: DesignFigures): [kind: string, count: number][] {
  return Object.entries(r.failed as Record<string, number>)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
}

export const failedTotal = (r: DesignFigures): number => failedKinds(r).reduce((sum, [, n]) => sum + n, 0);
