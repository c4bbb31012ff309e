/**
 * The bridge between the URL (or a custom element's attributes) and the store: read once at start,
 * written back as the learner changes things, so a link always reproduces the view.
 */
import { useEffect } from 'react';
import { isBreakScene, type SceneId } from '../content/sceneIds';
import { readUrlState, type ViewMode } from '../url/params';
import type { Notice } from '../url/notice';
import { loadPlayer } from './playerHandle';
import { INITIAL_UI, useUi } from './ui';

/** A scene decides the mode: its chart counts many users' requests, the journey follows one. */
export function sceneMode(scene: SceneId | null, asked: ViewMode): ViewMode {
  if (scene === null) return asked;
  return scene === 'journey' ? 'journey' : 'traffic';
}

/** Set the store from a query string; notices for bad values are shown, nothing else changes. */
export function initFromSearch(search: string): Promise<void> {
  const { state, notes } = readUrlState(search);
  const mode = sceneMode(state.scene, state.mode);
  useUi.setState({
    ...INITIAL_UI,
    selected: state.select,
    spof: state.failure === 'spof',
    faults: state.failure === 'lb' ? ['lb-down'] : [],
    scene: state.scene,
    breakScene: isBreakScene(state.scene) ? state.scene : INITIAL_UI.breakScene,
    panelTab: isBreakScene(state.scene) || state.compare ? 'failures' : INITIAL_UI.panelTab,
    mode,
    rps: state.rps,
    speed: state.speed,
    seed: state.seed,
    motionReduce: state.motion === 'reduce',
    theme: state.theme,
    embed: state.embed,
    panelVisible: state.panel,
    controlsVisible: state.controls,
    origins: state.origin,
    quiz: state.quiz,
    rehearseOpen: state.rehearse,
    compare: state.compare,
    fixes: state.fixes,
    servers: state.servers,
    workers: state.workers,
    cores: state.cores,
    balance: state.balance,
    lang: state.lang,
    notices: [],
  });
  void loadPlayer().then((player) => {
    player.rebuild(state.t);
    if (mode === 'traffic' && state.t === 0 && state.motion !== 'reduce') player.play();
  });
  return showNotes(notes);
}

/** Show the address's notices; their words load only when there is one (the promise is for tests). */
export function showNotes(notes: readonly Notice[]): Promise<void> {
  if (notes.length === 0) return Promise.resolve();
  return import('../url/noticeText').then(({ noticeText }) => useUi.setState((s) => ({ notices: [...new Set([...notes.map(noticeText), ...s.notices])] })));
}

/** Keep the address bar in step with the state; the writer loads with the first change it may write. */
export function useUrlSync(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./urlWriter').then((writer) => {
      if (!cancelled) stop = writer.startUrlWriter();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [enabled]);
}
