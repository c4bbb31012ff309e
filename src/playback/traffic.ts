/** Settings of traffic mode and of maintenance windows, and the one-line summary it narrates. */
import { CONNECT_TIMEOUT_S } from '../sim/defaults';
import { FAILING_AFTER_S } from '../sim/failingNow';
import { FAILED_OUTCOMES, type Metrics, type SimConfig } from '../sim/types';
import type { DeployMethod } from './snapshot';
import { t } from '../i18n/t';
import { fixed } from '../i18n/number';

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

/** The traffic caption, in the language shown: served, failed, failing now (waiting too long) and still loading, and availability. */
export function trafficSummary(m: Metrics, rps: number): string {
  const failed = FAILED_OUTCOMES.reduce((n, o) => n + m.failed[o], 0);
  return t(
    'At {rps} requests per second: {served} served, {failed} failed, {failing} failing now (waiting over {after} s or re-sending), {loading} loading, availability {availability} %, page p95 {p95} ms.',
    {
      rps,
      served: m.completed,
      failed,
      failing: m.failingNow,
      after: FAILING_AFTER_S,
      loading: m.inFlightOk,
      availability: fixed(m.availability * 100, 1),
      p95: Math.round(m.pageP95 * 1000),
    },
  );
}
