/** Settings of traffic mode and of maintenance windows, and the one-line summary it narrates. */
import { CONNECT_TIMEOUT_S } from '../sim/defaults';
import { FAILING_AFTER_S } from '../sim/failingNow';
import { FAILED_OUTCOMES, type Metrics, type SimConfig } from '../sim/types';
import type { DeployMethod } from './snapshot';

/** The browser really waits about 131 s on unanswered SYNs (the model's Linux ≥ 6.5 client); the traffic
 * view compresses that wait ten times so a learner sees the timeouts arrive, and says so on screen. */
export const CONNECT_TIMEOUT_COMPRESSION = 10;
export const REAL_CONNECT_TIMEOUT_S = CONNECT_TIMEOUT_S;

export const TRAFFIC_CONFIG: Partial<SimConfig> = {
  connectTimeoutS: REAL_CONNECT_TIMEOUT_S / CONNECT_TIMEOUT_COMPRESSION,
};

/** How long each kind of maintenance keeps its component away (ESTIMATE; see content.md §2.5). */
export const DEPLOY_WINDOW_S: Record<DeployMethod, number> = {
  'nginx-restart': 2,
  'app-restart': 5,
  'nginx-reload': 2,
};

/** Gap between the cold and the warm request of the journey: well inside the 60 s browser DNS cache. */
export const JOURNEY_WARM_GAP_S = 1;

/** The traffic caption: served, failed, failing now (waiting too long) and still loading, and availability. */
export function trafficSummary(m: Metrics, rps: number): string {
  const failed = FAILED_OUTCOMES.reduce((n, o) => n + m.failed[o], 0);
  return (
    `At ${rps} requests per second: ${m.completed} served, ${failed} failed, ` +
    `${m.failingNow} failing now (waiting over ${FAILING_AFTER_S} s or re-sending), ${m.inFlightOk} loading, ` +
    `availability ${(m.availability * 100).toFixed(1)} %, page p95 ${Math.round(m.pageP95 * 1000)} ms.`
  );
}
