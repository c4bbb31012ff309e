/**
 * The app's one player, wired to the store: it reads the learner's choices from `useUi` and publishes
 * its snapshots there. Loaded after the first paint (see playerHandle.ts).
 */
import { Player, localTraffic } from '../playback/player';
import { WorkerLink, trafficVia } from '../playback/remote/workerLink';
import { startTrafficWorker } from '../playback/remote/startWorker';
import { ReplayJob, type Design, type ReplayListener, type ReplayScript } from '../playback/compare/replay';
import type { Cancellable } from '../playback/track';
import type { PlaybackSink } from '../playback/sink';
import { useUi } from './ui';
import { followDesign } from './designActions';
import { onLangChange } from '../i18n/t';

/** The sink that makes the store the one place views read playback from. */
export const uiSink: PlaybackSink = {
  read: () => useUi.getState(),
  write: (patch) => useUi.setState(patch),
  publish: (snapshot) => useUi.setState(snapshot),
};

let player: Player | null = null;
let link: WorkerLink | null = null;

/** The app's one player, created on first use. */
export function getPlayer(): Player {
  if (player) return player;
  // Traffic runs in a worker where the page allows one; if it fails to start, on this thread, sliced.
  const worker = startTrafficWorker();
  link = worker && new WorkerLink(worker, () => created.rebuildWhereShown());
  const created: Player = new Player(uiSink, link ? trafficVia(link, localTraffic) : localTraffic);
  if (typeof document !== 'undefined') {
    created.setPageHidden(document.hidden);
    document.addEventListener('visibilitychange', () => created.setPageHidden(document.hidden));
  }
  followDesign(created);
  // The caption in the store was written in the old language: write it again (the worker hears the switch first).
  onLangChange(() => created.refresh());
  player = created;
  return created;
}

/** "Replay the same traffic" in the traffic worker when there is one, else on this thread in slices. */
export function startReplay(designs: readonly Design[], script: ReplayScript, listener: ReplayListener): Cancellable {
  getPlayer();
  return link ? link.replay(designs, script, listener) : new ReplayJob(designs, script, listener);
}
