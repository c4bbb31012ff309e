/**
 * "Replay the same traffic" for the views: the model runs in the traffic worker (store/appPlayer.ts),
 * which loads with the player if it has not yet.
 */
import type { Design, ReplayListener, ReplayScript } from '../playback/compare/replay';
import type { Cancellable } from '../playback/track';

export function runReplay(designs: readonly Design[], script: ReplayScript, listener: ReplayListener): Cancellable {
  let inner: Cancellable | null = null;
  let cancelled = false;
  void import('./appPlayer').then(({ startReplay }) => {
    if (!cancelled) inner = startReplay(designs, script, listener);
  });
  return {
    cancel: () => {
      cancelled = true;
      inner?.cancel();
    },
  };
}
