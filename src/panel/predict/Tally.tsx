import { setTallyShown } from '../../store/progressActions';
import { useProgress, type ProgressState } from '../../store/progress';
import { summarise } from '../../store/progressSummary';

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
        {shown ? 'Hide my tally' : 'Show my tally'}
      </button>
      {shown && (
        <span role="status">
          {' '}
          {right} of {made} {made === 1 ? 'prediction' : 'predictions'} right
        </span>
      )}
    </span>
  );
}
