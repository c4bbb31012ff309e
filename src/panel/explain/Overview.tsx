import { Suspense, lazy } from 'react';
import { SERVER_IP, SITE_HOST } from '../../sim/topology';
import { setWalkthrough } from '../../store/actions';
import { useUi, type UiState } from '../../store/ui';
import { Outline } from './Outline';

// Loaded just after the first paint: it shows the result of a page load, and none has happened yet.
const BrowserView = lazy(() => import('./BrowserView').then((m) => ({ default: m.BrowserView })));
// Predict, then watch, in the journey: in the panel, so the diagram never moves for it.
const JourneyPredict = lazy(() => import('../predict/JourneyPredict'));
const selectJourneyQuiz = (s: UiState) => s.quiz && s.mode === 'journey';

/** The panel before anything is selected: what the user sees, how to start, and the stack as text. */
export function Overview() {
  const journeyQuiz = useUi(selectJourneyQuiz);
  return (
    <div className="overview">
      <h2>How {SITE_HOST} is served</h2>
      <p>
        A user types <strong>{SITE_HOST}</strong>. DNS answers with an <strong>A record</strong> pointing to the one server, <strong>{SERVER_IP}</strong>.
        On that server Nginx serves static files itself and passes dynamic requests to the application server, which runs the code and
        asks MySQL for data. Press <strong>Play</strong> to follow one request, or select any component or link to read about it.
      </p>
      <button type="button" className="btn" onClick={() => setWalkthrough(true)}>
        Walk me through it
      </button>
      {journeyQuiz && (
        <Suspense fallback={null}>
          <JourneyPredict />
        </Suspense>
      )}
      <h3>What the user sees</h3>
      <Suspense fallback={<div className="browser-view-placeholder" />}>
        <BrowserView />
      </Suspense>
      <h3>The stack, as a list</h3>
      <Outline />
    </div>
  );
}
