/**
 * The app's one player, wired to the store: it reads the learner's choices from `useUi` and publishes
 * its snapshots there. Loaded after the first paint (see playerHandle.ts).
 */
import { Player } from '../playback/player';
import type { PlaybackSink } from '../playback/sink';
import { useUi } from './ui';
import { followDesign } from './designActions';

/** The sink that makes the store the one place views read playback from. */
export const uiSink: PlaybackSink = {
  read: () => useUi.getState(),
  write: (patch) => useUi.setState(patch),
  publish: (snapshot) => useUi.setState(snapshot),
};

let player: Player | null = null;

/** The app's one player, created on first use. */
export function getPlayer(): Player {
  if (player) return player;
  const created = new Player(uiSink);
  if (typeof document !== 'undefined') {
    created.setPageHidden(document.hidden);
    document.addEventListener('visibilitychange', () => created.setPageHidden(document.hidden));
  }
  followDesign(created);
  player = created;
  return created;
}
