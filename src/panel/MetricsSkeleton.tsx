import { FAILING_AFTER_S } from '../sim/failingNow';

/** The strip as it reads before any request: the figures a run starts from. */
const START: [string, string][] = [
  ['Availability', '100 %'],
  ['Served', '0'],
  [`Failing now (> ${FAILING_AFTER_S} s)`, '0'],
  ['Timed out', '0'],
  ['Refused', '0'],
  ['502', '0'],
  ['504', '0'],
  ['Throughput', '0.0 req/s'],
  ['Page p50', '0.0 ms'],
  ['Page p95', '0.0 ms'],
];

/**
 * The metrics strip's place, held from the first paint until the player's figures arrive (the strip
 * itself loads after the first paint): the diagram above is fitted once, and nothing moves later.
 */
export function MetricsSkeleton() {
  return (
    <section className="metrics" aria-hidden="true" data-pending="">
      <dl className="metrics__list">
        {START.map(([label, value]) => (
          <div key={label} className="metric">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
