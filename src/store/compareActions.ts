/**
 * `?compare=`: the page opens at a fix's side-by-side replay and runs it once. Loaded with "Break it",
 * not with the first view.
 */
import type { BreakSceneId } from '../content/sceneIds';
import type { UrlCompare } from '../url/params';
import { useUi, type UiState } from './ui';

/** The scene of "Break it" whose fixes list each replay. */
export const COMPARE_SCENE: Readonly<Record<UrlCompare, BreakSceneId>> = { lb: 'spof', replica: 'spof', rolling: 'deploy', 'scale-up': 'scale', 'scale-out': 'scale' };

/** The scene "Break it" shows: the asked replay's until it has started, then the one picked. */
export const selectBreakScene = (s: UiState): BreakSceneId => (s.compare ? COMPARE_SCENE[s.compare] : s.breakScene);

/** The replay the page asked for has started: it does not start again when its card is shown again. */
export function compareStarted(): void {
  useUi.setState((s) => ({ compare: null, breakScene: selectBreakScene(s) }));
}
