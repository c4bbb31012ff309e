import { setTallyShown } from '../../store/progressActions';
import { useProgress, type ProgressState } from '../../store/progress';
import { summarise } from '../../store/progressSummary';
import { t, tn } from '../../i18n/t';

const selectShown = (s: ProgressState) => s.tallyShown;
const selectMade = (s: ProgressState) => summarise(s).predictionsMade;
const selectRight = (s: ProgressState) => summarise(s).predictionsRight;

/** The running tally, only on request: no score pressure by default. */
export function Tally() {
  const shown = useProgress(selectShown);
  const made = useProgress(selectMade);
  const right = useProgress(selectRight);
  return (
    <span className="predict__tally">
      <button type="button" className="linkish" aria-pressed={shown} onClick={() => setTallyShown(!shown)}>
        {shown ? t('Hide my tally') : t('Show my tally')}
      </button>
      {shown && (
        <span role="status">
          {' '}
          {tn(made, { one: '{right} of {n} prediction right', other: '{right} of {n} predictions right' }, { right })}
        </span>
      )}
    </span>
  );
}
