/**
 * The learner's progress as the course page hears it: each committed prediction once, and the counts
 * whenever they change (and once at start, for work kept from an earlier visit). Counts only, never text.
 */
import { SKIPPED, useProgress, type ProgressState } from '../store/progress';
import { summarise, type ProgressSummary } from '../store/progressSummary';
import type { LearnerProgress } from './messages';

export interface ProgressListeners {
  onAnswer: (answer: { question: string; choice: number; correct: boolean }) => void;
  onProgress: (progress: LearnerProgress) => void;
}

const sameCounts = (a: ProgressSummary, b: ProgressSummary) =>
  a.itemsRehearsed === b.itemsRehearsed && a.predictionsMade === b.predictionsMade && a.predictionsRight === b.predictionsRight && a.complete === b.complete;

/** Calls the listeners as the learner works; returns the function that stops it. */
export function watchProgress({ onAnswer, onProgress }: ProgressListeners): () => void {
  let last = summarise(useProgress.getState());
  onProgress(last);
  return useProgress.subscribe((now: ProgressState, prev: ProgressState) => {
    for (const [question, p] of Object.entries(now.predictions)) {
      if (p === undefined || p === SKIPPED || prev.predictions[question] !== undefined) continue;
      onAnswer({ question, choice: p.choice, correct: p.correct });
    }
    const next = summarise(now);
    if (!sameCounts(next, last)) onProgress(next);
    last = next;
  });
}
