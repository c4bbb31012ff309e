/**
 * The guided tour's three issue steps break the stack for real, through the same actions the learner's
 * own controls use, and put back what the learner had when the step is left.
 */
import { deploy, pause, play, setMode, setRate, setSpof } from './actions';
import { useUi, type Mode } from './ui';

/** A tour step that breaks something: the single point of failure, a restart deploy, or too much traffic. */
export type TourScene = 'spof' | 'deploy' | 'scale';

/** Traffic the scenes run at: enough to see, well inside capacity (the learner's own rate is kept if set). */
export const SCENE_RPS = 20;
/** Traffic the scalability scene raises to: several times what the application's workers can serve. */
export const OVERLOAD_RPS = 600;

interface Saved {
  mode: Mode;
  rps: number;
  spof: boolean;
  playing: boolean;
}

let saved: Saved | null = null;

/** Switch to traffic and break the stack the way the scene shows, remembering what to put back. */
export function enterScene(scene: TourScene): void {
  const { mode, rps, spof, playing } = useUi.getState();
  saved ??= { mode, rps, spof, playing };
  setMode('traffic');
  setRate(SCENE_RPS);
  play();
  if (scene === 'spof') setSpof(true);
  else if (scene === 'deploy') deploy('app-restart');
  else setRate(OVERLOAD_RPS);
}

/** Put back the mode, rate, failure and playback the learner had before the scene. */
export function leaveScene(): void {
  if (!saved) return;
  const before = saved;
  saved = null;
  setSpof(before.spof);
  setRate(before.rps);
  setMode(before.mode);
  if (before.mode === 'traffic' && !before.playing) pause();
}

/** Whether a scene is showing (its state is not the learner's own). */
export function inScene(): boolean {
  return saved !== null;
}
