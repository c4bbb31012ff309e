/** The learner's actions on their predictions and rehearsal; the views call these, never set the store. */
import { QUESTIONS } from '../content/questions';
import { REHEARSAL } from '../content/rehearsal';
import type { CurriculumItem } from '../content/walkthrough';
import { EMPTY_PROGRESS, MAX_TEXT, SKIPPED, useProgress, type RehearsalEntry } from './progress';

const EMPTY_ENTRY: RehearsalEntry = { text: '', revealed: false, ticked: [] };

/** Commit a prediction (once: a committed prediction is never changed). */
export function predict(questionId: string, choice: number): void {
  const q = QUESTIONS.find((x) => x.id === questionId);
  if (!q || !Number.isInteger(choice) || choice < 0 || choice >= q.choices.length) return;
  const { predictions } = useProgress.getState();
  if (predictions[questionId] !== undefined) return;
  useProgress.setState({ predictions: { ...predictions, [questionId]: { choice, correct: choice === q.correct, revealed: false } } });
}

/** Go ahead without predicting. */
export function skipQuestion(questionId: string): void {
  const { predictions } = useProgress.getState();
  if (predictions[questionId] !== undefined) return;
  useProgress.setState({ predictions: { ...predictions, [questionId]: SKIPPED } });
}

/** Show the answer and the why of a committed prediction, with what the model showed (`seen`). */
export function revealAnswer(questionId: string, seen?: string): void {
  const { predictions } = useProgress.getState();
  const p = predictions[questionId];
  if (p === undefined || p === SKIPPED || p.revealed) return;
  useProgress.setState({ predictions: { ...predictions, [questionId]: { ...p, revealed: true, ...(seen ? { seen } : {}) } } });
}

export function setTallyShown(shown: boolean): void {
  useProgress.setState({ tallyShown: shown });
}

function updateItem(id: CurriculumItem, change: (entry: RehearsalEntry) => RehearsalEntry): void {
  if (!REHEARSAL.some((r) => r.id === id)) return;
  const { rehearsal } = useProgress.getState();
  useProgress.setState({ rehearsal: { ...rehearsal, [id]: change(rehearsal[id] ?? EMPTY_ENTRY) } });
}

export function setRehearsalText(id: CurriculumItem, text: string): void {
  updateItem(id, (e) => ({ ...e, text: text.slice(0, MAX_TEXT) }));
}

export function revealModelAnswer(id: CurriculumItem): void {
  updateItem(id, (e) => ({ ...e, revealed: true }));
}

export function toggleTick(id: CurriculumItem, index: number, ticked: boolean): void {
  updateItem(id, (e) => {
    const rest = e.ticked.filter((i) => i !== index);
    return { ...e, ticked: ticked ? [...rest, index].sort((a, b) => a - b) : rest };
  });
}

/** Forget everything the learner did on this page. */
export function resetProgress(): void {
  useProgress.setState(EMPTY_PROGRESS);
}
