import { useUi, type UiState } from '../store/ui';
import { ms, percent, rate } from './format';

const selectMetrics = (s: UiState) => s.live.metrics;

/** The figures that matter in every mode, straight from the model. */
export function MetricsStrip() {
  const m = useUi(selectMetrics);
  if (!m) return null;
  const items: [string, string, string][] = [
    ['availability', 'Availability since start', percent(m.availability)],
    ['served', 'Served', String(m.completed)],
    ['timeout', 'Timed out', String(m.failed.timeout)],
    ['refused', 'Refused', String(m.failed.refused)],
    ['502', '502 Bad Gateway', String(m.failed['bad-gateway'])],
    ['504', '504 Gateway Timeout', String(m.failed['gateway-timeout'])],
    ['throughput', 'Throughput', rate(m.throughput)],
    ['p50', 'Latency p50', ms(m.p50)],
    ['p95', 'Latency p95', ms(m.p95)],
  ];
  return (
    <section className="metrics" aria-label="Metrics">
      <dl className="metrics__list">
        {items.map(([key, label, value]) => (
          <div key={key} className="metric" data-metric={key} data-bad={(key === 'availability' ? m.availability < 0.999 : Number(value) > 0 && ['timeout', 'refused', '502', '504'].includes(key)) || undefined}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
