/** Writes the view into the address bar as the learner changes it, so a link always reproduces the view. */
import { serializeUrlState } from '../url/serialize';
import type { UrlState } from '../url/params';
import { useUi, type UiState } from './ui';

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

/** Follow the store and replace the address (replaceState: no history entry per click); returns the stop. */
export function startUrlWriter(): () => void {
  let timer = 0;
  let last = window.location.search;
  let pending = last;
  const check = () => {
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
  };
  const unsubscribe = useUi.subscribe(check);
  // What changed while this module loaded (a language switch remounts the app and starts a new writer).
  check();
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
  };
}
