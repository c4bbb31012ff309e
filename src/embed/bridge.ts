import { createCommandListener, postToParent, targetOriginsFor } from './listener';
import { MESSAGE_SOURCE } from './protocol';
import { watchDesign } from './designEvents';
import { answerEvent, canvasFrameResize, langChangeEvent, failureChangeEvent, fixChangeEvent, playbackEvent, progressEvent, readyEvent, resizeEvent, selectEvent, type Command } from './messages';
import { watchProgress } from './progressEvents';
import { observeHeight } from './resize';
import { pause, play, seek, selectUntrusted, setSpof, setTraffic } from '../store/actions';
import { setDesign, setFault } from '../store/designActions';
import { selectDesign } from '../store/design';
import { useUi, type UiState } from '../store/ui';
import { currentUrlState } from '../store/urlWriter';
import { maxStart, type UrlFailure } from '../url/params';
import { chooseLang } from '../store/langActions';
import { onLangChange } from '../i18n/t';

/**
 * Tell the course author, in the console, why a message meant for the tool was ignored. Messages
 * from other scripts (no `source: "web-stack-explorer"`) are none of our business: no noise for them.
 */
function warnIfOurs(reason: string, data: unknown): void {
  const source = typeof data === 'object' && data !== null ? Object.getOwnPropertyDescriptor(data, 'source')?.value : undefined;
  if (source === MESSAGE_SOURCE) console.warn(`Web Stack Explorer ignored a message: ${reason}.`);
}

function run(command: Command): void {
  switch (command.type) {
    case 'select':
      selectUntrusted(command.id);
      return;
    case 'setFailure':
      // Only a fixed design has a balancer to take down; nothing else changes without one.
      if (command.failure === 'lb' && !selectDesign(useUi.getState())) return warnIfOurs('setFailure "lb" needs a load balancer (setFixes with "lb" first)', { source: MESSAGE_SOURCE });
      setSpof(command.failure === 'spof');
      setFault('lb-down', command.failure === 'lb');
      return;
    case 'setTraffic':
      setTraffic(command.rps);
      return;
    case 'play':
      play();
      return;
    case 'pause':
      pause();
      return;
    case 'setFixes':
      setDesign(command.fixes, command.servers);
      return;
    case 'setLang':
      void chooseLang(command.lang);
      return;
    case 'seek':
      // No later than a seek reaches in a few seconds at the rate chosen, as in the URL.
      seek(Math.min(command.t, maxStart(useUi.getState().rps)));
  }
}

/** The one failure a link or a message names: the server (server 1 in a fixed design), or the balancer. */
const failureOf = (s: UiState): UrlFailure | null => currentUrlState(s).failure;

/** When framed, talk to the host page: accept its commands, tell it what changed and how tall we are. */
export function startEmbedBridge(): () => void {
  const origins = useUi.getState().origins;
  const targets = targetOriginsFor(origins);
  const post = (message: unknown) => postToParent(window, message, targets);
  const listener = createCommandListener({ win: window, allowedOrigins: origins, onCommand: run, onRejected: warnIfOurs });

  const s = useUi.getState();
  const { select, failure, mode, rps, speed, seed, fixes, servers } = currentUrlState(s);
  post(readyEvent({ select, failure, mode, rps, speed, seed, fixes, servers, t: s.live.simTime, playing: s.playing }));
  const unsubscribe = useUi.subscribe((now, prev) => {
    if (now.selected !== prev.selected) post(selectEvent(now.selected));
    if (failureOf(now) !== failureOf(prev)) post(failureChangeEvent(failureOf(now)));
    if (now.playing !== prev.playing || now.mode !== prev.mode) {
      post(playbackEvent({ playing: now.playing, t: now.live.simTime, mode: now.mode }));
    }
  });
  const stopDesign = watchDesign((design) => post(fixChangeEvent(design)));
  const stopProgress = watchProgress({
    onAnswer: (answer) => post(answerEvent(answer)),
    onProgress: (progress) => post(progressEvent(progress)),
  });
  // The tool remounts in the new language, and this bridge with it: the old one tells the host first.
  const stopLang = onLangChange((lang) => post(langChangeEvent(lang)));
  const stopHeight = observeHeight(document, (height) => {
    post(resizeEvent(height));
    post(canvasFrameResize(height));
  });
  return () => {
    listener.dispose();
    unsubscribe();
    stopDesign();
    stopProgress();
    stopHeight();
    stopLang();
  };
}
