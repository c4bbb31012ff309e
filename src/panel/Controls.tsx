import { restart, setSpeed, stepBack, stepForward, togglePlay } from '../store/actions';
import { useUi, type UiState } from '../store/ui';
import { TEACHING_STRETCH } from '../playback/journey';
import { fullViewHref } from '../embed/fullView';
import { t } from '../i18n/t';
import { SPEEDS, decimal, formatSimTime, speedIndex, speedText } from './speed';

const selectPlaying = (s: UiState) => s.playing;
const selectSpeed = (s: UiState) => s.speed;
const selectMode = (s: UiState) => s.mode;
const selectSimTime = (s: UiState) => s.live.simTime;
const selectStep = (s: UiState) => (s.live.stepCount ? t('Step {i} of {n}', { i: s.live.stepIndex + 1, n: s.live.stepCount }) : '');
const selectRunningAt = (s: UiState) => (s.live.runningAt === null ? null : Math.max(1, Math.round(s.live.runningAt)));
const selectEmbed = (s: UiState) => s.embed || s.scene !== null;

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

/** Play, step, restart and speed: every one a real button or slider, each with a shortcut. */
export function Controls() {
  const playing = useUi(selectPlaying);
  const speed = useUi(selectSpeed);
  const mode = useUi(selectMode);
  const simTime = useUi(selectSimTime);
  const step = useUi(selectStep);
  const embed = useUi(selectEmbed);
  const runningAt = useUi(selectRunningAt);
  const clock =
    mode === 'journey'
      ? t('teaching clock: network hops shown {n}× slower than real', { n: Math.round(TEACHING_STRETCH / speed) })
      : speed === 1
        ? t('real time')
        : speed < 1
          ? t('slowed {n}× against real time', { n: Math.round(1 / speed) })
          : t('sped up {n}× against real time', { n: decimal(speed) });
  return (
    <div className="controls" role="group" aria-label={t('Playback')}>
      <button type="button" className="btn btn--primary" onClick={togglePlay} aria-keyshortcuts="Space">
        <Icon d={playing ? 'M4 3h3v10H4z M9 3h3v10H9z' : 'M4 2.5v11l9-5.5z'} />
        {playing ? t('Pause') : t('Play')}
      </button>
      <button type="button" className="btn" onClick={stepBack} aria-keyshortcuts="ArrowLeft">
        <Icon d="M3 3h2v10H3z M13 3v10L6 8z" />
        {t('Step back')}
      </button>
      <button type="button" className="btn" onClick={stepForward} aria-keyshortcuts="ArrowRight">
        {t('Step forward')}
        <Icon d="M11 3h2v10h-2z M3 3v10l7-5z" />
      </button>
      <button type="button" className="btn" onClick={restart} aria-keyshortcuts="R">
        <Icon d="M8 3a5 5 0 1 1-4.6 3H1.5L4.5 2.5 7.5 6H5.6A3.2 3.2 0 1 0 8 4.8z" />
        {t('Restart')}
      </button>
      <label className="field field--speed">
        <span>{t('Speed')}</span>
        <input
          type="range"
          min={0}
          max={SPEEDS.length - 1}
          step={1}
          value={speedIndex(speed)}
          aria-valuetext={speedText(speed)}
          onChange={(e) => setSpeed(SPEEDS[Number(e.target.value)] ?? 1)}
        />
        <output>{decimal(speed)}×</output>
      </label>
      <p className="clock" aria-live="off">
        <span className="clock__sim">
          {t('Simulated time')} <strong data-testid="sim-time">{formatSimTime(simTime)}</strong>
        </span>
        <span className="clock__note">{clock}</span>
        {runningAt !== null && (
          <span className="clock__behind" data-testid="running-at" title={t('The model cannot keep up with the chosen speed on this device')}>
            {t('running at {n}×', { n: runningAt })}
          </span>
        )}
        {step && <span className="clock__step">{step}</span>}
      </p>
      {embed && (
        <a className="open-full" href={fullViewHref()} target="_blank" rel="noopener">
          {t('Open full view')}<span className="visually-hidden"> {t('(opens in a new tab)')}</span> ↗
        </a>
      )}
    </div>
  );
}
