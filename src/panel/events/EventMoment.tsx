import { useId } from 'react';
import type { SimEvent } from '../../sim/types';
import { jumpToEvent } from '../../store/queries';
import { useUi, type UiState } from '../../store/ui';
import { formatSimTime } from '../speed';

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
    return <p className="inspector__moment">The diagram shows this moment now ({formatSimTime(simTime)}).</p>;
  }
  const direction = event.t > simTime ? 'forward' : 'back';
  return (
    <div className="inspector__moment">
      <p>
        Happened at <code>{formatSimTime(event.t)}</code>; the diagram shows <code>{formatSimTime(simTime)}</code>, with this event’s
        components lit.
      </p>
      <button type="button" className="btn inspector__jump" aria-describedby={describedBy} onClick={() => jumpToEvent(event)}>
        Move the diagram to this moment
      </button>
      <p id={describedBy} className="inspector__jump-note muted">
        Moves the diagram, gauges and figures {direction} to this event and pauses there. The events after it stay listed, and Play
        continues from that moment.
      </p>
    </div>
  );
}
