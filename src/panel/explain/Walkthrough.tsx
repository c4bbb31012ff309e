import { useEffect } from 'react';
import { WALKTHROUGH, type WalkStep } from '../../content/walkthrough';
import { deploy, setRate, setSpof, setWalkStep, setWalkthrough, showWalkStep } from '../../store/actions';
import { OVERLOAD_RPS, SCENE_RPS, enterScene, leaveScene } from '../../store/tour';
import { useUi, type UiState } from '../../store/ui';
import { t } from '../../i18n/t';
import { localize } from '../../i18n/localize';
import { statusWord } from '../status';

const selectStep = (s: UiState) => s.walkStep;
const selectSpof = (s: UiState) => s.spof;
const selectRps = (s: UiState) => s.rps;
const selectAppStatus = (s: UiState) => s.live.status['app-server'];

/**
 * "Walk me through it" as a guided tour: one step at a time, Back and Next in a bar that never moves,
 * the step's text right under it, the list of all steps folded away. The three issue steps break the
 * stack for real while they are shown, and put the learner's own settings back when left.
 */
export default function Walkthrough() {
  const index = useUi(selectStep);
  const step = WALKTHROUGH[index] ?? WALKTHROUGH[0]!;
  const count = WALKTHROUGH.length;
  // Only the titles and texts are read from the localized copy; ids, highlights and scenes stay the source's.
  const steps = localize(WALKTHROUGH);
  const shown = steps[index] ?? steps[0]!;
  useEffect(() => {
    showWalkStep(index, step.highlight, step.anchor);
  }, [index, step]);
  const scene = step.scene;
  useEffect(() => {
    if (!scene) return;
    enterScene(scene);
    return leaveScene;
  }, [scene]);
  return (
    <section className="walkthrough tour" aria-labelledby="walk-title">
      <div className="explanation__head">
        <h2 id="walk-title">{t('Walk me through it')}</h2>
        <button type="button" className="btn btn--small" onClick={() => setWalkthrough(false)}>
          {t('Close')}
        </button>
      </div>
      {/* Focus stays on Back or Next, which never move; the new step's title is announced instead. */}
      <div className="tour-nav" role="group" aria-label={t('Tour steps')}>
        <button type="button" className="btn tour-nav__back" disabled={index === 0} onClick={() => setWalkStep(index - 1)}>
          ◀ {t('Previous step')}
        </button>
        <span className="tour-nav__count" aria-hidden="true">
          {index + 1} / {count}
        </span>
        <button type="button" className="btn btn--primary tour-nav__next" disabled={index === count - 1} onClick={() => setWalkStep(index + 1)}>
          {t('Next step')} ▶
        </button>
      </div>
      <div aria-live="polite">
        <h3 className="tour-step__title">
          {t('Step {i} of {n}: {title}', { i: index + 1, n: count, title: shown.title })}
        </h3>
      </div>
      <p className="tour-step__text">{shown.text}</p>
      {scene && <SceneControls scene={scene} />}
      <details className="tour-contents">
        <summary>{t('All {n} steps', { n: count })}</summary>
        <ol className="walk-steps">
          {steps.map((s, i) => (
            <li key={s.id}>
              <button type="button" className="walk-steps__btn" aria-current={i === index ? 'step' : undefined} onClick={() => setWalkStep(i)}>
                {s.title}
              </button>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** What the issue step broke, as it happens, and the control that recovers it (or breaks it again). */
function SceneControls({ scene }: { scene: NonNullable<WalkStep['scene']> }) {
  const spof = useUi(selectSpof);
  const rps = useUi(selectRps);
  const app = useUi(selectAppStatus);
  return (
    <div className="tour-scene" data-scene={scene}>
      {scene === 'spof' && (
        <p>
          <strong>{spof ? t('Now: the server is down.') : t('Now: the server is up.')}</strong>{' '}
          <button type="button" className="btn" onClick={() => setSpof(!spof)}>
            {spof ? t('Switch the server back on') : t('Switch it off again')}
          </button>
        </p>
      )}
      {scene === 'deploy' && (
        <p>
          <strong>{app === 'up' ? t('Now: the application server is up again.') : t('Now: the application server is {status}.', { status: statusWord(app) })}</strong>{' '}
          <button type="button" className="btn" onClick={() => deploy('app-restart')}>
            {t('Restart it again')}
          </button>{' '}
          <button type="button" className="btn" onClick={() => deploy('nginx-reload')}>
            {t('Reload Nginx gracefully')}
          </button>
        </p>
      )}
      {scene === 'scale' && (
        <p>
          <strong>{t('Now: {n} requests per second.', { n: rps })}</strong>{' '}
          <button type="button" className="btn" onClick={() => setRate(rps > SCENE_RPS ? SCENE_RPS : OVERLOAD_RPS)}>
            {rps > SCENE_RPS ? t('Back to {n} per second', { n: SCENE_RPS }) : t('Raise to {n} per second', { n: OVERLOAD_RPS })}
          </button>
        </p>
      )}
      <p className="tour-scene__note">{t('The tour switched to Traffic to show this; leaving the step puts your own settings back.')}</p>
    </div>
  );
}
