/** What the course page may learn of the learner's work: counts only, never their text. Pure. */
import { QUESTIONS } from '../content/questions';
import { REHEARSAL } from '../content/rehearsal';
import { isBreakScene } from '../content/sceneIds';
import { SKIPPED, type ProgressState } from './progress';

/** The questions the tool asks on screen: before each scene of "Break it" and about its fix, and at two steps of the journey. */
export const ASKED_QUESTIONS = QUESTIONS;
/** The question each scene asks before its control acts; completion needs all of them answered. */
export const SCENE_QUESTIONS = QUESTIONS.filter((q) => isBreakScene(q.scene) && q.moment === 'before');

export interface ProgressSummary {
  /** Items with the learner's own words and the model answer revealed. */
  itemsRehearsed: number;
  itemsTotal: number;
  /** Predictions committed (skipped ones are not counted), and how many were right. */
  predictionsMade: number;
  predictionsRight: number;
  questionsTotal: number;
  /** Every item rehearsed and every scene's prediction made. */
  complete: boolean;
  /** Predictions right out of the questions asked, 0–100. */
  score: number;
}

export function isRehearsed(entry: ProgressState['rehearsal'][keyof ProgressState['rehearsal']]): boolean {
  return !!entry && entry.revealed && entry.text.trim() !== '';
}

export function summarise(state: ProgressState): ProgressSummary {
  const made = ASKED_QUESTIONS.map((q) => state.predictions[q.id]).filter((p) => p !== undefined && p !== SKIPPED);
  const right = made.filter((p) => p.correct).length;
  const itemsRehearsed = REHEARSAL.filter((r) => isRehearsed(state.rehearsal[r.id])).length;
  const scenesPredicted = SCENE_QUESTIONS.every((q) => {
    const p = state.predictions[q.id];
    return p !== undefined && p !== SKIPPED;
  });
  return {
    itemsRehearsed,
    itemsTotal: REHEARSAL.length,
    predictionsMade: made.length,
    predictionsRight: right,
    questionsTotal: ASKED_QUESTIONS.length,
    complete: itemsRehearsed === REHEARSAL.length && scenesPredicted,
    score: Math.round((100 * right) / ASKED_QUESTIONS.length),
  };
}
