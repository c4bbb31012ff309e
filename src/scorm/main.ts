/**
 * Entry of the SCORM 1.2 package (`npm run build:scorm`): the app, plus a session with the LMS that
 * reports the learner's progress. Only this build includes it; the normal entry is `src/main.tsx`.
 */
import '../main';
import { useProgress } from '../store/progress';
import { summarise } from '../store/progressSummary';
import { findApi } from './api';
import { startSession } from './session';

const session = startSession(findApi(window));
if (session.connected) {
  const report = () => {
    const s = summarise(useProgress.getState());
    session.report({ score: s.score, complete: s.complete });
  };
  report();
  useProgress.subscribe(report);
  // pagehide covers closing, navigating away and the LMS removing the frame; unload for older LMS players.
  window.addEventListener('pagehide', () => session.finish());
  window.addEventListener('unload', () => session.finish());
}
