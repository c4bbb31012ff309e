import { memo } from 'react';
import { describeEvent } from '../../content/narration';
import type { SimEvent } from '../../sim/types';
import { formatSimTime } from '../speed';
import { withWordBreaks } from './wordBreaks';
import { t } from '../../i18n/t';

interface Props {
  event: SimEvent;
  /** The event the caption describes now. */
  current: boolean;
  /** The event open in the inspector. */
  inspected: boolean;
  /** After the moment the diagram shows (the learner stepped or jumped back). */
  later: boolean;
  onChoose: (event: SimEvent) => void;
}

/** One row of the event table; its "What" is a button that opens the event in the inspector. */
export const EventRow = memo(function EventRow({ event, current, inspected, later, onChoose }: Props) {
  const row = describeEvent(event);
  const marked = event.kind === 'hop' && (event.lost || event.refused);
  const className = [
    'events-row',
    current && 'events-row--current',
    inspected && 'events-row--inspected',
    later && 'events-row--later',
    marked && 'events-row--bad',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr className={className} aria-current={inspected ? 'true' : current ? 'step' : undefined} data-kind={event.kind}>
      <td className="events-row__time">
        {/* The marker is for sighted readers; aria-current says the same to a screen reader. */}
        <span className="events-row__marker" aria-hidden="true">
          {current ? '▶' : ''}
        </span>
        {formatSimTime(event.t)}
        {later && <span className="visually-hidden"> {t('(later than the diagram shows)')}</span>}
      </td>
      <td>{row.to === '—' ? row.from : `${row.from} → ${row.to}`}</td>
      <td>
        <button type="button" className="events-row__what" data-event-seq={event.seq} onClick={() => onChoose(event)}>
          {withWordBreaks(row.what)}
        </button>
      </td>
    </tr>
  );
});
