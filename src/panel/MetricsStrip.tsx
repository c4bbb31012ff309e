import { useUi, type UiState } from '../store/ui';
import { ms, percent, rate } from './format';

const selectMetrics = (s: UiState) => s.live.metrics;

/** The figures that matter in every mode, straight from the model. */
export function MetricsStrip() {
  const m = useUi(selectMetrics);
  if (!m) return null;
  // [key, label, value, whether it is bad news (marked by a sign as well as colour)]
  const items: [string, string, string, boolean][] = [
    ['availability', 'Availability since start', percent(m.availability), m.availability < 0.999],
    ['served', 'Served', String(m.completed), false],
    ['timeout', 'Timed out', String(m.failed.timeout), m.failed.timeout > 0],
    ['refused', 'Refused', String(m.failed.refused), m.failed.refused > 0],
    ['502', '502 Bad Gateway', String(m.failed['bad-gateway']), m.failed['bad-gateway'] > 0],
    ['504', '504 Gateway Timeout', String(m.failed['gateway-timeout']), m.failed['gateway-timeout'] > 0],
    ['throughput', 'Throughput', rate(m.throughput), false],
    ['p50', 'Latency p50', ms(m.p50), false],
    ['p95', 'Latency p95', ms(m.p95), false],
  ];
  return (
    <section className="metrics" aria-label="Metrics">
      <dl className="metrics__list">
        {items.map(([key, label, value, bad]) => (
          <div key={key} className="metric" data-metric={key} data-bad={bad || undefined}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
