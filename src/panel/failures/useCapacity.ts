/**
 * The capacity the charts, the slider and the formulas quote: the one server's, or with a fixed design
 * playing, that many servers' (round robin gives each the same share, `sim/balanced.test.ts`; the
 * workers hold at most one MySQL connection each, far below max_connections).
 */
import { selectDesign } from '../../store/design';
import { useUi, type UiState } from '../../store/ui';
import { MODEL_CAPACITY, type Capacity } from './capacity';

export interface SiteCapacity extends Capacity {
  /** Servers sharing the traffic: 1 on the one-server stack. */
  servers: number;
}

const cache = new Map<number, SiteCapacity>();

/** `servers` identical servers behind a balancer: the same rates each, so N times the site's. */
export function capacityFor(servers: number): SiteCapacity {
  let c = cache.get(servers);
  if (!c) {
    c = Object.freeze({ ...MODEL_CAPACITY, servers, appRps: MODEL_CAPACITY.appRps * servers, siteRps: MODEL_CAPACITY.siteRps * servers });
    cache.set(servers, c);
  }
  return c;
}

const selectServers = (s: UiState) => (s.mode === 'traffic' ? (selectDesign(s)?.servers ?? 1) : 1);

export function useCapacity(): SiteCapacity {
  return capacityFor(useUi(selectServers));
}
