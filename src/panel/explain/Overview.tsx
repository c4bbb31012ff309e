import { Suspense, lazy } from 'react';
import { SERVER_IP, SITE_HOST } from '../../sim/topology';
import { setWalkthrough } from '../../store/actions';
import { useUi, type UiState } from '../../store/ui';
import { Outline } from './Outline';
import { t } from '../../i18n/t';
import { rich } from '../rich';

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
      <h2>{t('How {host} is served', { host: SITE_HOST })}</h2>
      <p>
        {rich(
          t(
            'A user types {host}. DNS answers with an {record} pointing to the one server, {ip}. On that server Nginx serves static files itself and passes dynamic requests to the application server, which runs the code and asks MySQL for data. Press {play} to follow one request, or select any component or link to read about it.',
          ),
          { host: <strong>{SITE_HOST}</strong>, record: <strong>{t('A record')}</strong>, ip: <strong>{SERVER_IP}</strong>, play: <strong>{t('Play')}</strong> },
        )}
      </p>
      <button type="button" className="btn" onClick={() => setWalkthrough(true)}>
        {t('Walk me through it')}
      </button>
      {journeyQuiz && (
        <Suspense fallback={null}>
          <JourneyPredict />
        </Suspense>
      )}
      <h3>{t('What the user sees')}</h3>
      <Suspense fallback={<div className="browser-view-placeholder" />}>
        <BrowserView />
      </Suspense>
      <h3>{t('The stack, as a list')}</h3>
      <Outline />
    </div>
  );
}
