/**
 * What the Events tab asks of the playback, kept in the store layer so views never hold the player.
 * These run only once the tab is open, when the player is loaded.
 */
import type { RequestRecord, SimEvent } from '../sim/types';
import { inspect, pause } from './actions';
import { getPlayer } from './player';
import { useUi } from './ui';

/** Events up to the time shown, newest last. */
export function recentEvents(limit: number): SimEvent[] {
  return getPlayer().recentEvents(limit);
}

export function requestRecord(id: number): RequestRecord | null {
  return id >= 0 ? (getPlayer().requestRecord(id) ?? null) : null;
}

/** Pause, open `event` in the inspector and move the playback to it. */
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
