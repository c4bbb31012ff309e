/**
 * The learner's work kept by the LMS too, in `cmi.suspend_data`: localStorage belongs to one browser,
 * the LMS follows the learner to the next machine. SCORM 1.2 gives it 4,096 characters (CMIString4096),
 * so long whiteboard answers are shortened to fit; predictions and ticks always fit.
 */
import { readProgress, MAX_TEXT, type ProgressState } from '../store/progress';

/** SCORM 1.2, RTE 3.4.2: cmi.suspend_data is a CMIString4096. */
export const SUSPEND_DATA_MAX = 4096;

const withTextsCut = (state: ProgressState, chars: number): ProgressState => ({
  ...state,
  rehearsal: Object.fromEntries(Object.entries(state.rehearsal).map(([id, r]) => [id, { ...r, text: r.text.slice(0, chars) }])),
});

/** The fullest encoding of `state` within the limit: whole texts if they fit, else each cut to the same length. */
export function encodeSuspendData(state: ProgressState): string {
  const whole = JSON.stringify(state);
  if (whole.length <= SUSPEND_DATA_MAX) return whole;
  let fits = 0;
  let tooLong = MAX_TEXT + 1;
  while (tooLong - fits > 1) {
    const mid = (fits + tooLong) >> 1;
    if (JSON.stringify(withTextsCut(state, mid)).length <= SUSPEND_DATA_MAX) fits = mid;
    else tooLong = mid;
  }
  const cut = JSON.stringify(withTextsCut(state, fits));
  // Only far more questions and items than today's could miss even with empty texts: then the LMS keeps nothing.
  return cut.length <= SUSPEND_DATA_MAX ? cut : '';
}

/**
 * This browser's work and the LMS's copy together: what this browser has wins (it is the newer or
 * the longer text), the LMS fills in what it lacks. The LMS's string is read like any stored value:
 * field by field, nothing malformed trusted.
 */
export function mergeSuspendData(local: ProgressState, fromLms: string): ProgressState {
  if (!fromLms) return local;
  const saved = readProgress(fromLms);
  return {
    predictions: { ...saved.predictions, ...local.predictions },
    rehearsal: { ...saved.rehearsal, ...local.rehearsal },
    tallyShown: local.tallyShown || saved.tallyShown,
  };
}
