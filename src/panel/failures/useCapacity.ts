/**
 * The capacity the charts, the slider and the formulas quote: the one server's, or with a fixed design
 * playing, that many servers' (round robin gives each the same share, `sim/balanced.test.ts`; the
 * workers hold at most one MySQL connection each, far below max_connections).
 */
import { selectDesign } from '../../store/design';
import { useUi, type UiState } from '../../store/ui';
import { MODEL_CAPACITY_INPUTS, deriveCapacity, type Capacity } from './capacity';

export interface SiteCapacity extends Capacity {
  /** Servers sharing the traffic: 1 on the one-server stack. */
  servers: number;
}

const cache = new Map<string, SiteCapacity>();

/**
 * `servers` identical servers behind a balancer, each with `workers` and `cores` (null: the model's):
 * the same rates each, so N times one server's.
 */
export function capacityFor(servers: number, workers: number | null = null, cores: number | null = null): SiteCapacity {
  const key = `${servers} ${workers} ${cores}`;
  let c = cache.get(key);
  if (!c) {
    const one = deriveCapacity({ ...MODEL_CAPACITY_INPUTS, appWorkers: workers ?? MODEL_CAPACITY_INPUTS.appWorkers, cpuCores: cores ?? MODEL_CAPACITY_INPUTS.cpuCores });
    c = Object.freeze({ ...one, servers, appRps: one.appRps * servers, siteRps: one.siteRps * servers });
    cache.set(key, c);
  }
  return c;
}

const selectServers = (s: UiState) => (s.mode === 'traffic' ? (selectDesign(s)?.servers ?? 1) : 1);
const selectWorkers = (s: UiState) => s.workers;
const selectCores = (s: UiState) => s.cores;

export function useCapacity(): SiteCapacity {
  return capacityFor(useUi(selectServers), useUi(selectWorkers), useUi(selectCores));
}

/** One server of the stack playing, with the workers and cores chosen: what the formulas derive. */
export function useServerCapacity(): SiteCapacity {
  return capacityFor(1, useUi(selectWorkers), useUi(selectCores));
}
