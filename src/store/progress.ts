/**
 * The learner's own work: the predictions they committed and their whiteboard rehearsal. Kept in
 * localStorage under one key per page, so a course page's copy of the tool keeps its own; nothing here
 * ever leaves the browser except the counts the course page asks for (embed `progress`, SCORM).
 * Loaded with the predictions, the rehearsal or the bridge, never with the first view.
 */
import { create } from 'zustand';
import { QUESTIONS, type Question } from '../content/questions';
import { REHEARSAL } from '../content/rehearsal';
import type { CurriculumItem } from '../content/walkthrough';

/** A committed prediction; `revealed` once the scene has played and the answer is shown. */
export interface Prediction {
  choice: number;
  correct: boolean;
  revealed: boolean;
  /** What the model showed when the answer was revealed, in one line. */
  seen?: string;
}

/** A question the learner chose not to answer: the scene goes ahead, nothing is counted. */
export const SKIPPED = 'skipped';

export interface RehearsalEntry {
  /** The learner's explanation in their own words. */
  text: string;
  /** The model answer has been revealed. */
  revealed: boolean;
  /** Indices of the checklist points they ticked. */
  ticked: number[];
}

export interface ProgressState {
  predictions: Partial<Record<string, Prediction | typeof SKIPPED>>;
  rehearsal: Partial<Record<CurriculumItem, RehearsalEntry>>;
  /** The running tally of predictions is shown (off by default: no score pressure). */
  tallyShown: boolean;
}

export const EMPTY_PROGRESS: ProgressState = { predictions: {}, rehearsal: {}, tallyShown: false };

/** Long enough for any whiteboard answer; a bound so a pasted book cannot fill the storage. */
export const MAX_TEXT = 4000;
const MAX_SEEN = 300;

/** The localStorage key for the page at `pathname`. */
export const storageKey = (pathname: string) => `web-stack-explorer:progress:${pathname}`;

const QUESTION_BY_ID = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));
const ITEM_BY_ID = new Map(REHEARSAL.map((r) => [r.id as string, r]));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads stored progress field by field; anything unknown or malformed is dropped, never trusted. */
export function readProgress(raw: string | null): ProgressState {
  let data: unknown;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (!isRecord(data)) return EMPTY_PROGRESS;
  const predictions: ProgressState['predictions'] = {};
  if (isRecord(data.predictions)) {
    for (const [id, p] of Object.entries(data.predictions)) {
      const q = QUESTION_BY_ID.get(id);
      if (!q) continue;
      if (p === SKIPPED) predictions[id] = SKIPPED;
      else if (isRecord(p) && Number.isInteger(p.choice) && (p.choice as number) >= 0 && (p.choice as number) < q.choices.length) {
        const choice = p.choice as number;
        predictions[id] = { choice, correct: choice === q.correct, revealed: p.revealed === true };
        if (typeof p.seen === 'string') predictions[id] = { ...predictions[id], seen: p.seen.slice(0, MAX_SEEN) };
      }
    }
  }
  const rehearsal: ProgressState['rehearsal'] = {};
  if (isRecord(data.rehearsal)) {
    for (const [id, r] of Object.entries(data.rehearsal)) {
      const item = ITEM_BY_ID.get(id);
      if (!item || !isRecord(r)) continue;
      const ticked = Array.isArray(r.ticked) ? r.ticked.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < item.checklist.length) : [];
      rehearsal[item.id] = {
        text: typeof r.text === 'string' ? r.text.slice(0, MAX_TEXT) : '',
        revealed: r.revealed === true,
        ticked: [...new Set(ticked)].sort((a, b) => a - b),
      };
    }
  }
  return { predictions, rehearsal, tallyShown: data.tallyShown === true };
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // a sandboxed frame may forbid storage; the tool still works, it just forgets
  }
}

function load(): ProgressState {
  try {
    return readProgress(storage()?.getItem(storageKey(window.location.pathname)) ?? null);
  } catch {
    return EMPTY_PROGRESS;
  }
}

export const useProgress = create<ProgressState>()(() => load());

useProgress.subscribe((state) => {
  try {
    storage()?.setItem(storageKey(window.location.pathname), JSON.stringify(state));
  } catch {
    // Full or forbidden storage: keep going with what is in memory.
  }
});
