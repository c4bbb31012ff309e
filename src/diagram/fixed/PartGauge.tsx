import { useUi, type UiState } from '../../store/ui';
import { t } from '../../i18n/t';

/**
 * A part's load from the player's live parts: busy out of capacity (and the application server's
 * queue), each as a bar with its figures written out. The one-server gauge's look, on one row.
 */
export function PartGauge({ id, noun, withQueue }: { id: string; noun: string; withQueue: boolean }) {
  const busy = useUi((s: UiState) => s.live.parts?.[id]?.busy ?? 0);
  const capacity = useUi((s: UiState) => s.live.parts?.[id]?.capacity ?? 0);
  const queue = useUi((s: UiState) => s.live.parts?.[id]?.queue ?? 0);
  const queueCapacity = useUi((s: UiState) => s.live.parts?.[id]?.queueCapacity ?? 0);
  if (!capacity) return null;
  return (
    <div className="gauge fixed-gauge">
      <Row fill={busy / capacity} text={`${busy}/${capacity} ${noun}`} />
      {withQueue && queueCapacity > 0 && <Row fill={queue / queueCapacity} text={`${queue}/${queueCapacity} ${t('queued')}`} queue />}
    </div>
  );
}

function Row({ fill, text, queue = false }: { fill: number; text: string; queue?: boolean }) {
  return (
    <div className="gauge__row">
      <span className="gauge__text">{text}</span>
      <span className={queue ? 'gauge__bar gauge__bar--queue' : 'gauge__bar'} aria-hidden="true">
        <span className="gauge__fill" style={{ transform: `scaleX(${Math.min(Math.max(fill, 0), 1)})` }} />
      </span>
    </div>
  );
}
