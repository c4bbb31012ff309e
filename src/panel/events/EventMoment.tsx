import { useId } from 'react';
import type { SimEvent } from '../../sim/types';
import { jumpToEvent } from '../../store/queries';
import { useUi, type UiState } from '../../store/ui';
import { formatSimTime } from '../speed';
import { t } from '../../i18n/t';
import { rich } from '../rich';

const selectSimTime = (s: UiState) => s.live.simTime;
const selectCurrentSeq = (s: UiState) => s.live.current?.seq ?? null;

/**
 * When the inspected event happened against the moment the diagram shows, and a separate, labelled
 * action to move the diagram there. Choosing an event never moves the playback by itself.
 */
export function EventMoment({ event }: { event: SimEvent }) {
  const simTime = useUi(selectSimTime);
  const currentSeq = useUi(selectCurrentSeq);
  const describedBy = useId();
  if (event.seq === currentSeq) {
    return <p className="inspector__moment">{t('The diagram shows this moment now ({time}).', { time: formatSimTime(simTime) })}</p>;
  }
  return (
    <div className="inspector__moment">
      <p>
        {rich(t('Happened at {then}; the diagram shows {now}, with this event’s components lit.'), {
          then: <code>{formatSimTime(event.t)}</code>,
          now: <code>{formatSimTime(simTime)}</code>,
        })}
      </p>
      <button type="button" className="btn inspector__jump" aria-describedby={describedBy} onClick={() => jumpToEvent(event)}>
        {t('Move the diagram to this moment')}
      </button>
      <p id={describedBy} className="inspector__jump-note muted">
        {event.t > simTime
          ? t('Moves the diagram, gauges and figures forward to this event and pauses there. The events after it stay listed, and Play continues from that moment.')
          : t('Moves the diagram, gauges and figures back to this event and pauses there. The events after it stay listed, and Play continues from that moment.')}
      </p>
    </div>
  );
}
