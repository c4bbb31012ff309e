import { useUi, type UiState } from '../../store/ui';
import { t, tx } from '../../i18n/t';

type GaugeId = 'nginx' | 'app-server' | 'mysql';

/** Shown through `tx`; listed for the French in i18n/registry/diagram.ts. */
export const NOUN: Record<GaugeId, string> = { nginx: 'connections', 'app-server': 'workers', mysql: 'connections' };

/** Busy workers (or connections) and the queue, drawn as bars with their figures written out. */
export function Gauge({ id }: { id: GaugeId }) {
  const busy = useUi((s: UiState) => s.live.metrics?.gauges[id].busy ?? 0);
  const capacity = useUi((s: UiState) => s.live.metrics?.gauges[id].capacity ?? 0);
  const queue = useUi((s: UiState) => s.live.metrics?.gauges[id].queue ?? 0);
  const queueCapacity = useUi((s: UiState) => s.live.metrics?.gauges[id].queueCapacity ?? 0);
  if (!capacity) return null;
  const fill = Math.min(busy / capacity, 1);
  const qfill = queueCapacity ? Math.min(queue / queueCapacity, 1) : 0;
  return (
    <div className="gauge">
      <div className="gauge__row">
        <span className="gauge__bar" aria-hidden="true">
          <span className="gauge__fill" style={{ transform: `scaleX(${fill})` }} />
        </span>
        <span className="gauge__text">
          {busy}/{capacity} {tx(NOUN[id], 'diagram')}
        </span>
      </div>
      {id === 'app-server' && (
        <div className="gauge__row">
          <span className="gauge__bar gauge__bar--queue" aria-hidden="true">
            <span className="gauge__fill" style={{ transform: `scaleX(${qfill})` }} />
          </span>
          <span className="gauge__text">
            {queue}/{queueCapacity} {t('queued')}
          </span>
        </div>
      )}
    </div>
  );
}
