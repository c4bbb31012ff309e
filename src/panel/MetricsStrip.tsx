import { FAILING_AFTER_S } from '../sim/failingNow';
import { useUi, type UiState } from '../store/ui';
import { ms, percent, rate } from './format';
import { t } from '../i18n/t';
import UsersRow from './tabs/UsersRow';
import { MetricsSkeleton } from './MetricsSkeleton';

const selectMetrics = (s: UiState) => s.live.metrics;

/** [key, label, value, whether it is bad news (marked by a sign as well as colour)]. */
type Item = [string, string, string, boolean];
/** A way of failing that only some runs have: shown once there is one. */
const some = (n = 0, key: string, label = key): Item[] => (n > 0 ? [[key, label, String(n), true]] : []);

const fullNames = (): Partial<Record<string, string>> => ({
  availability: t('since the start: served ÷ (finished + failing now)'),
  failing: t('requests still waiting after {s} s, or re-sending packets nobody answered', { s: FAILING_AFTER_S }),
  '500': 'Internal Server Error',
  '502': 'Bad Gateway',
  '503': 'Service Unavailable',
  '504': 'Gateway Timeout',
  p50: t('median latency of successful pages'),
  p95: t('95th percentile latency of successful pages'),
});

/**
 * The figures that matter in every mode, straight from the model. Requests waiting longer than a user
 * would count as failing at once, so an outage shows the moment it starts, not when browsers give up.
 */
export function MetricsStrip() {
  const m = useUi(selectMetrics);
  if (!m) return <MetricsSkeleton />;
  // Labels are short so the row fits one line beside the diagram. Full names for screen readers are in `fullNames`.
  const full = fullNames();
  const items: Item[] = [
    ['availability', t('Availability'), percent(m.availability), m.availability < 0.999],
    ['served', t('Served'), String(m.completed), false],
    ['failing', t('Failing now (> {s} s)', { s: FAILING_AFTER_S }), String(m.failingNow), m.failingNow > 0],
    ['timeout', t('Timed out'), String(m.failed.timeout), m.failed.timeout > 0],
    ['refused', t('Refused'), String(m.failed.refused), m.failed.refused > 0],
    // Resets and 500s happen only when Nginx runs out of connections, 503s only behind a load balancer.
    ...some(m.failed.reset, 'reset', t('Reset')),
    ...some(m.failed['server-error'], '500'),
    ['502', '502', String(m.failed['bad-gateway']), m.failed['bad-gateway'] > 0],
    ...some(m.failed.unavailable, '503'),
    ['504', '504', String(m.failed['gateway-timeout']), m.failed['gateway-timeout'] > 0],
    ['throughput', t('Throughput'), rate(m.throughput), false],
    ['p50', t('Page p50'), ms(m.pageP50), false],
    ['p95', t('Page p95'), ms(m.pageP95), false],
  ];
  return (
    <section className="metrics" aria-label={t('Metrics')}>
      <dl className="metrics__list">
        {items.map(([key, label, value, bad]) => (
          <div key={key} className="metric" data-metric={key} data-bad={bad || undefined}>
            <dt>
              {label}
              {full[key] && <span className="visually-hidden"> ({full[key]})</span>}
            </dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {/* Traffic mode only: a journey has no users' row (the list is empty). */}
      <UsersRow failingAfterS={FAILING_AFTER_S} />
    </section>
  );
}
