import { FAILING_AFTER_S } from '../sim/failingNow';
import { t } from '../i18n/t';
import { fixed, unitSpace } from '../i18n/number';

/** The strip as it reads before any request: the figures a run starts from. */
const start = (): [string, string][] => {
  const zero = fixed(0, 1);
  return [
    [t('Availability'), `100${unitSpace('%')}%`],
    [t('Served'), '0'],
    [t('Failing now (> {s} s)', { s: FAILING_AFTER_S }), '0'],
    [t('Timed out'), '0'],
    [t('Refused'), '0'],
    ['502', '0'],
    ['504', '0'],
    [t('Throughput'), `${zero}${unitSpace('req/s')}req/s`],
    [t('Page p50'), `${zero}${unitSpace('ms')}ms`],
    [t('Page p95'), `${zero}${unitSpace('ms')}ms`],
  ];
};

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
