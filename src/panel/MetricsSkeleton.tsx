import { FAILING_AFTER_S } from '../sim/failingNow';
import { t } from '../i18n/t';
import { figures } from '../i18n/figures';

/** The strip as it reads before any request: the figures a run starts from. */
const start = (): [string, string][] => [
  [t('Availability'), figures('100 %')],
  [t('Served'), '0'],
  [t('Failing now (> {s} s)', { s: FAILING_AFTER_S }), '0'],
  [t('Timed out'), '0'],
  [t('Refused'), '0'],
  ['502', '0'],
  ['504', '0'],
  [t('Throughput'), figures('0.0 req/s')],
  [t('Page p50'), figures('0.0 ms')],
  [t('Page p95'), figures('0.0 ms')],
];

/**
 * The metrics strip's place, held from the first paint until the player's figures arrive (the strip
 * itself loads after the first paint): the diagram above is fitted once, and nothing moves later.
 */
export function MetricsSkeleton() {
  return (
    <section className="metrics" aria-hidden="true" data-pending="">
      <dl className="metrics__list">
        {start().map(([label, value]) => (
          <div key={label} className="metric">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
