import { cancelSeek } from '../store/actions';
import { useUi, type UiState } from '../store/ui';
import { formatSimTime } from '../panel/speed';
import '../styles/seek.css';
import { t } from '../i18n/t';
import { unitSpace } from '../i18n/figures';

const selectSeeking = (s: UiState) => s.seeking;

/**
 * Over the diagram while a long seek runs: where it goes, how far the model has got, and Cancel.
 * Loaded only when a seek needs it.
 */
export default function SeekProgress() {
  const seeking = useUi(selectSeeking);
  if (!seeking) return null;
  const { from, at, target } = seeking;
  const share = target > from ? Math.min(1, (at - from) / (target - from)) : 1;
  const percent = Math.floor(share * 100);
  const shown = `${percent}${unitSpace('%')}%`;
  return (
    <div className="seek-progress" role="status" data-testid="seek-progress">
      <label className="seek-progress__label">
        {t('Running the model to {time}…', { time: formatSimTime(target) })}
        <progress max={100} value={percent} aria-valuetext={t('{percent}, at {time}', { percent: shown, time: formatSimTime(at) })} />
      </label>
      <span className="seek-progress__at" aria-hidden="true">
        {formatSimTime(at)} · {shown}
      </span>
      <button type="button" className="btn" onClick={cancelSeek}>
        {t('Cancel')}
      </button>
    </div>
  );
}
