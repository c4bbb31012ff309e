import { getLink } from '../../sim/topology';
import type { HopEvent } from '../../sim/types';
import { labelOf } from '../../content/narration/labels';
import { ms } from '../format';
import { formatSimTime } from '../speed';

/** What happened to the packet, in words (never colour alone). */
function fate(e: HopEvent): string {
  if (e.lost) return `✗ Lost on the way: ${labelOf(e.to)} never answers.`;
  if (e.refused) return `✗ Refused at ${labelOf(e.to)}: the connection is reset.`;
  return `✓ Delivered to ${labelOf(e.to)}.`;
}

/** A packet's headers and its trip, as a capture tool lists them. */
export function HopDetails({ event }: { event: HopEvent }) {
  const { detail } = event;
  const trouble = event.lost || event.refused;
  return (
    <>
      {detail.fields.length > 0 && (
        <dl className="inspector__fields" aria-label={`${detail.protocol} fields`}>
          {detail.fields.map(([label, value], i) => (
            <div key={`${i}-${label}`} className="inspector__field">
              <dt>{label}</dt>
              <dd>
                <code>{value}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h4 className="inspector__subheading">Trip</h4>
      <dl className="inspector__fields inspector__fields--trip">
        <div className="inspector__field">
          <dt>From</dt>
          <dd>{labelOf(event.from)}</dd>
        </div>
        <div className="inspector__field">
          <dt>To</dt>
          <dd>{labelOf(event.to)}</dd>
        </div>
        <div className="inspector__field">
          <dt>Link</dt>
          <dd>{getLink(event.link)?.label ?? event.link}</dd>
        </div>
        <div className="inspector__field">
          <dt>Direction</dt>
          <dd>{event.direction}</dd>
        </div>
        <div className="inspector__field">
          <dt>Sent at</dt>
          <dd>
            <code>{formatSimTime(event.t)}</code>
          </dd>
        </div>
        <div className="inspector__field">
          <dt>{event.lost ? 'Lost at' : event.refused ? 'Refused at' : 'Arrives at'}</dt>
          <dd>
            <code>{formatSimTime(event.arrive)}</code> (after {ms(Math.max(0, event.arrive - event.t))})
          </dd>
        </div>
      </dl>
      <p className={trouble ? 'inspector__fate inspector__fate--bad' : 'inspector__fate'}>{fate(event)}</p>
    </>
  );
}
