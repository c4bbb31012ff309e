/**
 * Checkpoints of a running simulation: a copy of its whole state except the events it keeps (a
 * restored run records only from where it resumes). Restoring one and running on gives exactly what
 * running on from the original would have given, events' sequence numbers included.
 */
import { deepClone, deepCloneCounting } from './deepClone';
import type { Simulation } from './simulation.types';
import { createSimulation, stateOf, type SimulationState } from './simulation';

export interface Checkpoint {
  /** Simulated time of the copy. */
  readonly t: number;
  /** Never run: each restore copies it again. */
  readonly state: SimulationState;
  /** Objects copied: what it weighs. */
  readonly objects: number;
}

function liveState(sim: Simulation): SimulationState {
  const state = stateOf(sim);
  if (!state) throw new TypeError('not a simulation made by createSimulation');
  return state;
}

/** A copy of `sim`'s state now, holding no events. */
export function takeCheckpoint(sim: Simulation): Checkpoint {
  const state = liveState(sim);
  const store = state.model.store;
  const { copy, objects } = deepCloneCounting(state, new Map([[store, store.emptied()]]));
  return { t: sim.now, state: copy, objects };
}

/** About how many objects a checkpoint of `sim` would copy now (requests held and actions scheduled). */
export function checkpointWeight(sim: Simulation): number {
  const { model } = liveState(sim);
  return model.requests.length + model.q.length + model.browsers.length;
}

/** A new simulation going on from `cp`; it is not recording events (see `setRecording`). */
export function resumeFrom(cp: Checkpoint): Simulation {
  return createSimulation({}, deepClone(cp.state));
}

/** A new simulation going on from `sim` as it is now (one copy, not two), not recording events. */
export function forkOf(sim: Simulation): Simulation {
  const state = liveState(sim);
  const store = state.model.store;
  return createSimulation({}, deepClone(state, new Map([[store, store.emptied()]])));
}

/** Keep events (the default) or only count them, fast-forwarding through time no one will draw. */
export function setRecording(sim: Simulation, on: boolean): void {
  liveState(sim).model.store.setRecording(on);
}
