import { useId } from 'react';
import { describeEvent, narrate } from '../../content/narration';
import { labelOf } from '../../content/narration/labels';
import type { SimEvent } from '../../sim/types';
import { useUi, type UiState } from '../../store/ui';
import { formatSimTime } from '../speed';
import { EventMoment } from './EventMoment';
import { HopDetails } from './HopDetails';
import { closeInspector } from './showEvent';
import { t } from '../../i18n/t';
import { detailText } from './detailText';

const selectInspected = (s: UiState) => s.inspected;

/** The inspector's title: a packet as a capture names it ("HTTP · GET / HTTP/1.1"), else the row's text. */
export function inspectorTitle(event: SimEvent): string {
  if (event.kind === 'hop') return `${event.detail.protocol} · ${detailText(event.detail.summary.trim()) || labelOf(event.from)}`;
  return describeEvent(event).what;
}

/** What the chosen packet or event carries, with a close button that returns focus to its row. */
export function PacketInspector() {
  const event = useUi(selectInspected);
  const headingId = useId();
  if (!event) {
    return <p className="inspector inspector--empty muted">{t('Choose an event above, or click a packet on the diagram, to inspect it.')}</p>;
  }
  const row = describeEvent(event);
  const sentence = narrate(event);
  return (
    <section className="inspector" aria-labelledby={headingId} data-testid="packet-inspector">
      <div className="inspector__header">
        <h3 id={headingId} className="inspector__title">
          {inspectorTitle(event)}
        </h3>
        <button type="button" className="inspector__close" onClick={closeInspector}>
          {t('Close')}<span className="visually-hidden"> {t('inspector')}</span>
        </button>
      </div>
      {event.kind === 'hop' ? (
        <HopDetails event={event} />
      ) : (
        <dl className="inspector__fields">
          <div className="inspector__field">
            <dt>{t('Where')}</dt>
            <dd>{row.to === '—' ? row.from : `${row.from} → ${row.to}`}</dd>
          </div>
          <div className="inspector__field">
            <dt>{t('When')}</dt>
            <dd>
              <code>{formatSimTime(event.t)}</code>
            </dd>
          </div>
          {event.requestId >= 0 && (
            <div className="inspector__field">
              <dt>{t('Request')}</dt>
              <dd>#{event.requestId}</dd>
            </div>
          )}
        </dl>
      )}
      {sentence && <p className="inspector__narration">{sentence}</p>}
      <EventMoment event={event} />
    </section>
  );
}
