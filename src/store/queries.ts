/**
 * What the Events tab asks of the playback, kept in the store layer so views never hold the player.
 * These run only once the tab is open, when the player is loaded.
 */
import type { RequestRecord, SimEvent } from '../sim/types';
import { inspect, pause } from './actions';
import { getPlayer } from './appPlayer';
import { useUi } from './ui';

/** Events up to the furthest point the playback has reached, newest last (the event table). */
export function recentEvents(limit: number): SimEvent[] {
  return getPlayer().recentEvents(limit);
}

export function requestRecord(id: number): RequestRecord | null {
  return id >= 0 ? (getPlayer().requestRecord(id) ?? null) : null;
}

/** Journey: its requests (the cold one, then the warm one) as far as the time shown; empty in traffic. */
export function journeyRequests(): RequestRecord[] {
  const ids = getPlayer()
    .journeyEvents()
    .flatMap((e) => (e.kind === 'request-start' ? [e.requestId] : []));
  return ids.map(requestRecord).filter((r): r is RequestRecord => r !== null);
}

/**
 * Open `event` in the inspector and light its components on the diagram. The simulated time stays
 * where it is: nothing is rewound, and no event or figure is lost. Playback pauses so the lit parts
 * stay put while the learner reads.
 */
export function showEvent(event: SimEvent): void {
  inspect(event);
  pause();
}

/**
 * Move the diagram, gauges and figures to the moment of `event` (paused there). The events already
 * listed after it stay listed, and Play continues from that moment.
 */
export function jumpToEvent(event: SimEvent): void {
  pause();
  inspect(event);
  const player = getPlayer();
  if (useUi.getState().mode === 'journey') {
    const i = player.journeyEvents().findIndex((e) => e.seq === event.seq);
    if (i >= 0) player.seekStep(i);
    return;
  }
  player.seekTime(event.t, event);
}
