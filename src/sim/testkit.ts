/** Test-data builders for the model's tests (not used by the app). */
import { createSimulation } from './simulation';
import type { Simulation, SimInput } from './simulation.types';
import type { RequestRecord, SimConfig, SimEvent } from './types';

/** A model with the given config that has run `inputs` and then advanced to `until`. */
export function aRun(config: Partial<SimConfig>, inputs: readonly SimInput[], until: number): Simulation {
  const sim = createSimulation(config);
  for (const input of [...inputs].sort((a, b) => a.t - b.t)) sim.apply(input);
  sim.advanceTo(until);
  return sim;
}

/** Every retained event. */
export function allEvents(sim: Simulation): SimEvent[] {
  return sim.events(-Infinity, Infinity);
}

/** Finished records of every retained request. */
export function finished(sim: Simulation): RequestRecord[] {
  return sim.recentRequests(Number.MAX_SAFE_INTEGER).filter((r) => r.end !== undefined);
}

/** A config where only the application server takes time: for queueing checks. */
export const APP_ONLY: Partial<SimConfig> = {
  rttMs: 0,
  resolverRttMs: 0,
  rootMs: 0,
  tldMs: 0,
  authoritativeMs: 0,
  tlsCpuMs: 0,
  nginxStaticMs: 0,
  loopbackMs: 0,
  queriesPerRequest: 0,
  staticFraction: 0,
  appBacklog: 1_000_000,
  browsers: 1000,
};
