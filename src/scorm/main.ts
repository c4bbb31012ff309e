/**
 * Entry of the SCORM 1.2 package (`npm run build:scorm`): the app, plus a session with the LMS that
 * reports the learner's progress. Only this build includes it; the normal entry is `src/main.tsx`.
 */
import '../main';
import { useProgress } from '../store/progress';
import { summarise } from '../store/progressSummary';
import { findApi } from './api';
import { startSession } from './session';
import { encodeSuspendData, mergeSuspendData } from './suspendData';

const session = startSession(findApi(window));
if (session.connected) {
  // Work saved in the LMS from another browser joins this one's before anything is reported.
  useProgress.setState(mergeSuspendData(useProgress.getState(), session.suspendData), true);
  const report = () => {
    const state = useProgress.getState();
    const s = summarise(state);
    session.report({ score: s.score, complete: s.complete, suspendData: encodeSuspendData(state) });
  };
  report();
  useProgress.subscribe(report);
  // pagehide covers closing, navigating away and the LMS removing the frame; unload for older LMS players.
  window.addEventListener('pagehide', () => session.finish());
  window.addEventListener('unload', () => session.finish());
}
