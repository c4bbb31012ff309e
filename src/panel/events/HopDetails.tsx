import { getLink } from '../../sim/topology';
import type { HopEvent } from '../../sim/types';
import { labelOf } from '../../content/narration/labels';
import { ms } from '../format';
import { formatSimTime } from '../speed';
import { t, tx } from '../../i18n/t';
import { detailText } from './detailText';

/** What happened to the packet, in words (never colour alone). */
function fate(e: HopEvent): string {
  const to = labelOf(e.to);
  if (e.lost) return t('✗ Lost on the way: {to} never answers.', { to });
  if (e.refused) return t('✗ Refused at {to}: the connection is reset.', { to });
  return t('✓ Delivered to {to}.', { to });
}

/** A packet's headers and its trip, as a capture tool lists them. */
export function HopDetails({ event }: { event: HopEvent }) {
  const { detail } = event;
  const trouble = event.lost || event.refused;
  return (
    <>
      {detail.fields.length > 0 && (
        <dl className="inspector__fields" aria-label={t('{protocol} fields', { protocol: detail.protocol })}>
          {detail.fields.map(([label, value], i) => (
            <div key={`${i}-${label}`} className="inspector__field">
              <dt>{detailText(label)}</dt>
              <dd>
                <code>{detailText(value)}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h4 className="inspector__subheading">{t('Trip')}</h4>
      <dl className="inspector__fields inspector__fields--trip">
        <div className="inspector__field">
          <dt>{t('From')}</dt>
          <dd>{labelOf(event.from)}</dd>
        </div>
        <div className="inspector__field">
          <dt>{t('To')}</dt>
          <dd>{labelOf(event.to)}</dd>
        </div>
        <div className="inspector__field">
          <dt>{t('Link')}</dt>
          <dd>{tx(getLink(event.link)?.label ?? event.link)}</dd>
        </div>
        <div className="inspector__field">
          <dt>{t('Direction')}</dt>
          <dd>{event.direction === 'request' ? t('request') : t('response')}</dd>
        </div>
        <div className="inspector__field">
          <dt>{t('Sent at')}</dt>
          <dd>
            <code>{formatSimTime(event.t)}</code>
          </dd>
        </div>
        <div className="inspector__field">
          <dt>{event.lost ? t('Lost at') : event.refused ? t('Refused at') : t('Arrives at')}</dt>
          <dd>
            <code>{formatSimTime(event.arrive)}</code> {t('(after {time})', { time: ms(Math.max(0, event.arrive - event.t)) })}
          </dd>
        </div>
      </dl>
      <p className={trouble ? 'inspector__fate inspector__fate--bad' : 'inspector__fate'}>{fate(event)}</p>
    </>
  );
}
