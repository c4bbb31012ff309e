/**
 * Reporting to a SCORM 1.2 LMS: initialise once, mark the lesson incomplete (unless already done),
 * report the score and completion as the learner works, commit after each change, and commit and
 * finish once on exit. Every call is guarded: a missing API or one that throws changes nothing else.
 */
import type { Scorm12Api } from './api';

/** What the LMS hears: the predictions score, 0–100, whether everything is done, and the work to resume from. */
export interface ScormReport {
  score: number;
  complete: boolean;
  /** cmi.suspend_data: the learner's work (src/scorm/suspendData.ts), at most 4,096 characters. */
  suspendData?: string;
}

export interface ScormSession {
  /** True when an LMS answered LMSInitialize. */
  readonly connected: boolean;
  /** cmi.suspend_data as the LMS kept it from an earlier session ('' when none). */
  readonly suspendData: string;
  report(report: ScormReport): void;
  /** Commit and finish; later calls do nothing. */
  finish(): void;
}

const DONE = new Set(['completed', 'passed']);

function call<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Start a session with `api` (null: outside an LMS, every method does nothing). */
export function startSession(api: Scorm12Api | null): ScormSession {
  const ok = api !== null && call(() => String(api.LMSInitialize(''))) === 'true';
  if (!ok || !api) return { connected: false, suspendData: '', report: () => {}, finish: () => {} };

  let finished = false;
  let completed = DONE.has(call(() => api.LMSGetValue('cmi.core.lesson_status')) ?? '');
  let lastScore: number | null = null;
  const suspendData = call(() => String(api.LMSGetValue('cmi.suspend_data') ?? '')) ?? '';
  let lastSuspend = suspendData;
  const set = (element: string, value: string) => call(() => api.LMSSetValue(element, value));
  const commit = () => call(() => api.LMSCommit(''));

  if (!completed) {
    set('cmi.core.lesson_status', 'incomplete');
    commit();
  }
  return {
    connected: true,
    suspendData,
    report({ score, complete, suspendData: work }) {
      if (finished) return;
      const raw = Math.max(0, Math.min(100, Math.round(Number.isFinite(score) ? score : 0)));
      let changed = false;
      if (raw !== lastScore) {
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
        set('cmi.core.score.raw', String(raw));
        lastScore = raw;
        changed = true;
      }
      if (work !== undefined && work !== lastSuspend) {
        set('cmi.suspend_data', work);
        lastSuspend = work;
        changed = true;
      }
      if (complete && !completed) {
        set('cmi.core.lesson_status', 'completed');
        completed = true;
        changed = true;
      }
      if (changed) commit();
    },
    finish() {
      if (finished) return;
      finished = true;
      // The learner's work is in cmi.suspend_data (and this browser); the next launch resumes from it.
      set('cmi.core.exit', completed ? '' : 'suspend');
      commit();
      call(() => api.LMSFinish(''));
    },
  };
}
