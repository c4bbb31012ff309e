import { useEffect, useRef } from 'react';
import { selectReducedMotion, useUi, type UiState } from '../../store/ui';
import type { SimEvent } from '../../sim/types';
import { EventRow } from './EventRow';
import { filterEvents, type EventCategory } from './filter';
import { EVENT_LIST_ID, showEvent } from './showEvent';
import { useRecentEvents } from './useRecentEvents';
import { t, tn } from '../../i18n/t';

interface Props {
  shown: ReadonlySet<EventCategory>;
}

const selectPlaying = (s: UiState) => s.playing;
const selectCurrentSeq = (s: UiState) => s.live.current?.seq ?? null;
const selectInspectedSeq = (s: UiState) => s.inspected?.seq ?? null;
const selectSimTime = (s: UiState) => s.live.simTime;

const choose = (event: SimEvent) => showEvent(event);

/** The events so far, newest at the bottom, following the playback like a packet capture. */
export function EventTable({ shown }: Props) {
  const all = useRecentEvents();
  const events = filterEvents(all, shown);
  const playing = useUi(selectPlaying);
  const currentSeq = useUi(selectCurrentSeq);
  const inspectedSeq = useUi(selectInspectedSeq);
  const simTime = useUi(selectSimTime);
  const reduceMotion = useUi(selectReducedMotion);
  const scroller = useRef<HTMLDivElement>(null);
  const newest = events[events.length - 1]?.seq;
  // Rows after the moment shown exist only after a step or a jump back; the model numbers events in time order.
  const isLater = (e: SimEvent) => (currentSeq !== null ? e.seq > currentSeq : e.t > simTime + 1e-9);
  const laterCount = events.reduce((n, e) => n + (isLater(e) ? 1 : 0), 0);

  // Open on the newest rows, like a capture that is still running.
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);

  // A packet chosen elsewhere (on the diagram): bring its row into view.
  useEffect(() => {
    const el = scroller.current;
    if (inspectedSeq === null || !el || el.contains(document.activeElement)) return;
    el.querySelector(`button[data-event-seq="${inspectedSeq}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [inspectedSeq]);

  // Follow the newest row while playing, unless the learner is working inside the list.
  useEffect(() => {
    const el = scroller.current;
    if (!el || !playing || el.contains(document.activeElement)) return;
    el.scrollTo({ top: el.scrollHeight, behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [newest, playing, reduceMotion]);

  return (
    <>
      {laterCount > 0 && (
        <p className="events-table__note" data-testid="events-later-note">
          {tn(laterCount, {
            one: 'The diagram shows the moment marked ▶. The row after it, in italics, is later; Play continues from ▶.',
            other: 'The diagram shows the moment marked ▶. The {n} rows after it, in italics, are later; Play continues from ▶.',
          })}
        </p>
      )}
      <div className="events-table__scroll" id={EVENT_LIST_ID} ref={scroller} tabIndex={-1}>
        <table className="events-table">
          <caption className="events-table__caption">
            {events.length === all.length
              ? t('Recent events, newest last ({n} shown)', { n: all.length })
              : t('Recent events, newest last ({n} of {total} shown)', { n: events.length, total: all.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Time')}</th>
              <th scope="col">{t('Where')}</th>
              <th scope="col">{t('What')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <EventRow
                key={e.seq}
                event={e}
                current={e.seq === currentSeq}
                inspected={e.seq === inspectedSeq}
                later={isLater(e)}
                onChoose={choose}
              />
            ))}
            {events.length === 0 && (
              <tr>
                <td colSpan={3} className="muted">
                  {all.length === 0 ? t('Nothing has happened yet: press Play.') : t('No event of the chosen kinds. Tick more kinds above.')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
