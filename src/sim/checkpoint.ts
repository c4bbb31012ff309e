/**
 * Checkpoints of a running simulation: a copy of its whole state except the events it keeps (a
 * restored run records only from where it resumes). Restoring one and running on gives exactly what
 * running on from the original would have given, events' sequence numbers included.
 */
import { ActionQueue } from './actionQueue';
import { AppServer } from './appServer';
import { Backend } from './backend';
import { Balancer } from './balancer';
import { CloneJob, type BlankMaker } from './deepClone';
import { Cores } from './cpu';
import { Database } from './database';
import { DeployRun } from './deploy';
import { Browser, Conn, Req } from './entities';
import { GaugeLog } from './gaugeLog';
import { Machine } from './machine';
import { WebServer } from './webServer';
import { Model } from './model';
import type { Simulation } from './simulation.types';
import { createSimulation, stateOf, type SimulationState } from './simulation';

export interface Checkpoint {
  /** Simulated time of the copy. */
  readonly t: number;
  /** Never run: each restore copies it again. */
  readonly state: SimulationState;
  /** Objects copied: what it weighs. */
  readonly objects: number;
  /** About how many bytes it holds: its objects (see `OBJECT_BYTES`) and its typed arrays. */
  readonly bytes: number;
}

/**
 * Heap bytes a copied object takes, on average: 36 MB for 72,500 objects (16 checkpoints at 100 req/s,
 * mostly requests: a request's 45 fields and its boxed numbers), measured with `npm run bench:model` in
 * Node; a browser compressing pointers takes less.
 */
const OBJECT_BYTES = 500;

function liveState(sim: Simulation): SimulationState {
  const state = stateOf(sim);
  if (!state) throw new TypeError('not a simulation made by createSimulation');
  return state;
}

/**
 * Blanks for the classes whose constructors take arguments, made with arguments of the right types
 * (see `deepClone`'s `blankLike`): a field first set to `undefined` would make the engine store that
 * field boxed in every instance of the class, the model's own included.
 */
function blanksFor(config: Model['config']): BlankMaker {
  const agenda = { now: 0, q: new ActionQueue<object>() };
  return (v) => {
    if (v instanceof Req) return new Req(v.id, v.browser, v.path, v.dynamic, v.start);
    if (v instanceof Conn) return new Conn(v.browser, v.port, v.serverEpoch, v.nginxEpoch, v.cwndKb);
    if (v instanceof Browser) return new Browser(v.id);
    if (v instanceof Model) return new Model(config);
    if (v instanceof AppServer) return new AppServer(config, new GaugeLog(), agenda);
    if (v instanceof WebServer) return new WebServer(config.nginxConnections, new GaugeLog());
    if (v instanceof Database) return new Database(config.mysqlMaxConnections, new GaugeLog(), new Machine(v.machine.address));
    if (v instanceof Backend) {
      const db = new Database(config.mysqlMaxConnections, new GaugeLog(), new Machine(''));
      const web = new WebServer(config.nginxConnections, null);
      return new Backend(v.number, new Machine(''), web, new AppServer(config, new GaugeLog(), agenda), db, db, v.dbHalf, v.readDbHalf);
    }
    if (v instanceof Balancer) return new Balancer(config.servers, config.balance, v.paired, agenda);
    if (v instanceof DeployRun) return new DeployRun(v.rolling);
    if (v instanceof Cores) return new Cores(config.cpuCores, agenda);
    if (v instanceof Machine) return new Machine(v.address);
    return undefined;
  };
}

/** A copy of `state` in steps: without its events when `withoutEvents`; its gauge log without spare room. */
function copyJob(state: SimulationState, withoutEvents: boolean): CloneJob<SimulationState> {
  const { store, gauges } = state.model;
  const trimmed = gauges.trimmed();
  const emptied = withoutEvents ? store.emptied() : null;
  const seed = new Map<object, unknown>([[gauges, trimmed]]);
  if (emptied) seed.set(store, emptied);
  const job = new CloneJob(state, seed, blanksFor(state.model.config));
  // What stands for the seeded parts is not copied by the job: its bytes are counted here.
  job.bufferBytes += trimmed.bytes + (emptied?.bytes ?? 0);
  return job;
}

const bytesOf = (job: CloneJob<SimulationState>): number => job.objects * OBJECT_BYTES + job.bufferBytes;

/** A copy of `state` at once: without its events when `withoutEvents`. */
function copyOf(state: SimulationState, withoutEvents: boolean): { copy: SimulationState; objects: number; bytes: number; plain: number } {
  const job = copyJob(state, withoutEvents);
  job.step();
  return { copy: job.copy, objects: job.objects, bytes: bytesOf(job), plain: job.count.plain };
}

/**
 * A copy made a little at a time (see `CloneJob`): `step(budgetMs)` copies on for about that long and
 * gives what it makes once done. What it copies must not change meanwhile.
 */
export interface CopyInSteps<T> {
  step(budgetMs: number): T | undefined;
}

function inSteps<T>(job: CloneJob<SimulationState>, finish: (copy: SimulationState, objects: number, bytes: number) => T): CopyInSteps<T> {
  return { step: (budgetMs) => (job.step(budgetMs) ? finish(job.copy, job.objects, bytesOf(job)) : undefined) };
}

/** A copy of `sim`'s state now, holding no events. */
export function takeCheckpoint(sim: Simulation): Checkpoint {
  const { copy, objects, bytes } = copyOf(liveState(sim), true);
  return { t: sim.now, state: copy, objects, bytes };
}

/** `takeCheckpoint` in steps: `sim` must not run until it is done. */
export function checkpointInSteps(sim: Simulation): CopyInSteps<Checkpoint> {
  const t = sim.now;
  return inSteps(copyJob(liveState(sim), true), (state, objects, bytes) => ({ t, state, objects, bytes }));
}

/** Class instances a checkpoint of `sim` would copy without their constructor (0 keeps runs fast). */
export function plainCopies(sim: Simulation): number {
  return copyOf(liveState(sim), true).plain;
}

/** About how many objects a checkpoint of `sim` would copy now (requests held and actions scheduled). */
export function checkpointWeight(sim: Simulation): number {
  const { model } = liveState(sim);
  return model.requests.length + model.q.length + model.browsers.length;
}

/** A new simulation going on from `cp`; it is not recording events (see `setRecording`). */
export function resumeFrom(cp: Checkpoint): Simulation {
  return createSimulation({}, copyOf(cp.state, false).copy);
}

/** `resumeFrom` in steps. */
export function resumeInSteps(cp: Checkpoint): CopyInSteps<Simulation> {
  return inSteps(copyJob(cp.state, false), (state) => createSimulation({}, state));
}

/** A new simulation going on from `sim` as it is now (one copy, not two), not recording events. */
export function forkOf(sim: Simulation): Simulation {
  return createSimulation({}, copyOf(liveState(sim), true).copy);
}

/** `forkOf` in steps: `sim` must not run until it is done. */
export function forkInSteps(sim: Simulation): CopyInSteps<Simulation> {
  return inSteps(copyJob(liveState(sim), true), (state) => createSimulation({}, state));
}

/** Keep events (the default) or only count them, fast-forwarding through time no one will draw. */
export function setRecording(sim: Simulation, on: boolean): void {
  liveState(sim).model.store.setRecording(on);
}
