/**
 * What choosing a row does: pause, open the event in the inspector and move the playback to it.
 * Also where focus goes back to when the inspector closes.
 */
import { inspect, pause } from '../../store/actions';
import { getPlayer } from '../../store/player';
import { useUi } from '../../store/ui';
import type { SimEvent } from '../../sim/types';

/** Open `event` in the inspector and seek the diagram to it. */
export function showEvent(event: SimEvent): void {
  // Paused, so the packet stays on screen while the learner reads about it.
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

/** The id of the element the table scrolls in; focus falls back to it when a row is gone. */
export const EVENT_LIST_ID = 'events-table-scroll';

/** Close the inspector and give focus back to the row it came from, or else to the event list. */
export function closeInspector(): void {
  const seq = useUi.getState().inspected?.seq;
  inspect(null);
  const row = seq === undefined ? null : document.querySelector<HTMLElement>(`button[data-event-seq="${seq}"]`);
  (row ?? document.getElementById(EVENT_LIST_ID))?.focus();
}
