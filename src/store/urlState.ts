/**
 * The bridge between the URL (or a custom element's attributes) and the store: read once at start,
 * written back as the learner changes things, so a link always reproduces the view.
 */
import { useEffect } from 'react';
import { isBreakScene, type SceneId } from '../content/sceneIds';
import { parseUrlState, serializeUrlState, type UrlState, type ViewMode } from '../url/params';
import { loadPlayer } from './playerHandle';
import { INITIAL_UI, useUi, type UiState } from './ui';

/** A scene decides the mode: its chart counts many users' requests, the journey follows one. */
export function sceneMode(scene: SceneId | null, asked: ViewMode): ViewMode {
  if (scene === null) return asked;
  return scene === 'journey' ? 'journey' : 'traffic';
}

/** Set the store from a query string; notices for bad values are shown, nothing else changes. */
export function initFromSearch(search: string): void {
  const { state, notices } = parseUrlState(search);
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
    notices,
  });
  void loadPlayer().then((player) => {
    player.rebuild(state.t);
    if (mode === 'traffic' && state.t === 0 && state.motion !== 'reduce') player.play();
  });
}

/** The URL state that reproduces what the learner sees now. */
export function currentUrlState(s: UiState = useUi.getState()): UrlState {
  return {
    select: s.selected,
    failure: s.spof ? 'spof' : s.faults.includes('lb-down') ? 'lb' : null,
    scene: s.scene,
    mode: s.mode,
    rps: s.rps,
    speed: s.speed,
    seed: s.seed,
    // While a long seek runs, the link already names where it goes.
    t: s.seeking ? s.seeking.target : s.playing ? 0 : Math.round(s.live.simTime * 1000) / 1000,
    motion: s.motionReduce ? 'reduce' : 'auto',
    theme: s.theme,
    embed: s.embed,
    panel: s.panelVisible,
    controls: s.controlsVisible,
    origin: s.origins,
    quiz: s.quiz,
    rehearse: s.rehearseOpen,
    compare: s.compare,
    fixes: s.fixes,
    servers: s.servers,
    workers: s.workers,
    cores: s.cores,
    balance: s.balance,
    lang: s.lang,
  };
}

const URL_WRITE_DELAY_MS = 400;

/** Keep the address bar in step with the state (replaceState: no history entry per click). */
export function useUrlSync(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let timer = 0;
    let last = window.location.search;
    let pending = last;
    const unsubscribe = useUi.subscribe(() => {
      const search = serializeUrlState(currentUrlState());
      if (search === pending) return;
      pending = search;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (pending === last) return;
        last = pending;
        const url = `${window.location.pathname}${pending}${window.location.hash}`;
        try {
          window.history.replaceState(window.history.state, '', url);
        } catch {
          // A sandboxed or file:// page may refuse; the view still works.
        }
      }, URL_WRITE_DELAY_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [enabled]);
}
