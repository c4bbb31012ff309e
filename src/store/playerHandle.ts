/**
 * The player (and with it the model and the narration) loads after the first paint: the diagram needs
 * none of it to appear. Actions queue until it is there, which takes a few milliseconds.
 */
import type { Player } from '../playback/player';

let player: Player | null = null;
let loading: Promise<Player> | null = null;

export function loadPlayer(): Promise<Player> {
  loading ??= import('./appPlayer').then((m) => (player = m.getPlayer()));
  return loading;
}

/** Run `fn` with the player now if it is loaded, else as soon as it is. */
export function withPlayer(fn: (p: Player) => void): void {
  if (player) fn(player);
  else void loadPlayer().then(fn);
}

