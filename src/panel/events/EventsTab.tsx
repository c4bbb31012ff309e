/**
 * The Events tab: the playback as a packet capture. A filterable table of events, an inspector for the
 * chosen packet, and the Network-panel waterfall of its request.
 */
import { useState } from 'react';
import '../../styles/events.css';
import { EventTable } from './EventTable';
import { ALL_CATEGORIES, type EventCategory } from './filter';
import { KindFilter } from './KindFilter';
import { PacketInspector } from './PacketInspector';
import { TimingWaterfall } from './TimingWaterfall';
import { t } from '../../i18n/t';

/** Lazy-loaded by the side panel, hence the default export. */
export default function EventsTab() {
  const [shown, setShown] = useState<ReadonlySet<EventCategory>>(ALL_CATEGORIES);
  return (
    <div className="events">
      <h2>{t('Events')}</h2>
      <p className="muted">{t('Every packet and step so far, as a capture tool would list them. Choose one to inspect it.')}</p>
      <KindFilter shown={shown} onChange={setShown} />
      <EventTable shown={shown} />
      <PacketInspector />
      <TimingWaterfall />
    </div>
  );
}
