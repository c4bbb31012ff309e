/**
 * The postMessage protocol between the framed tool and its host page.
 *
 * Every message is a plain object namespaced `{ source: 'web-stack-explorer', v: 1, type, ... }`
 * (the H5P resizer and Canvas use the same pattern). The tool posts events to `window.parent`
 * and accepts commands only from `window.parent`, only from allowed origins, and only in the
 * exact shapes in `./commands`. Nothing received is ever evaluated.
 */
import type { ElementId } from '../sim/topology';
import type { UrlFailure, UrlState, ViewMode } from '../url/params';
import { MESSAGE_SOURCE, PROTOCOL_VERSION } from './protocol';
import type { Lang } from '../i18n/lang';
import type { ProgressSummary } from '../store/progressSummary';

export { MESSAGE_SOURCE, PROTOCOL_VERSION } from './protocol';
export { parseCommand, checkCommand, COMMAND_TYPES, type Command, type CommandType, type CommandCheck } from './commands';
export {
  createCommandListener,
  postToParent,
  targetOriginsFor,
  type CommandListener,
  type CommandListenerOptions,
  type ListeningWindow,
  type ParentWindow,
  type ReceivedMessage,
} from './listener';

interface Envelope {
  source: typeof MESSAGE_SOURCE;
  v: typeof PROTOCOL_VERSION;
}

/** What the tool shows, as reported in the `ready` event: the view a URL describes, and whether it plays. */
export type ExplorerSummary = Pick<UrlState, 'select' | 'failure' | 'mode' | 'rps' | 'speed' | 'seed' | 't' | 'fixes' | 'servers'> & { playing: boolean };

export type ReadyEvent = Envelope & { type: 'ready'; state: ExplorerSummary };
export type SelectEvent = Envelope & { type: 'select'; id: ElementId | null };
export type FailureChangeEvent = Envelope & { type: 'failurechange'; failure: UrlFailure | null };
/** The design played, as the store holds it (and `?fixes=`, `?servers=` would write it). */
export type FixChangeEvent = Envelope & { type: 'fixchange' } & Pick<UrlState, 'fixes' | 'servers'>;
export type PlaybackEvent = Envelope & { type: 'playback'; playing: boolean; t: number; mode: ViewMode };
export type ResizeEvent = Envelope & { type: 'resize'; height: number };
/** A prediction the learner committed: the question's id, the index of their choice, and whether it was right. */
export type AnswerEvent = Envelope & { type: 'answer'; question: string; choice: number; correct: boolean };
/** Counts of the learner's work, never their text (the summary the store keeps, less the SCORM score). */
export type LearnerProgress = Omit<ProgressSummary, 'score'>;
export type ProgressEvent = Envelope & { type: 'progress' } & LearnerProgress;
/** The language the tool now shows (after `setLang`, the menu or the element's `lang`). */
export type LangChangeEvent = Envelope & { type: 'langchange'; lang: Lang };
/** Every event the tool posts to its host. */
export type ExplorerEvent = ReadyEvent | SelectEvent | FailureChangeEvent | FixChangeEvent | PlaybackEvent | ResizeEvent | AnswerEvent | ProgressEvent | LangChangeEvent;

/** The resize message Canvas LMS listens for ("Using window.postMessage in LTI Tools"). */
export interface CanvasFrameResize {
  subject: 'lti.frameResize';
  height: number;
}

/** Anything the tool posts to its host. */
export type OutgoingMessage = ExplorerEvent | CanvasFrameResize;

const envelope = (): Envelope => ({ source: MESSAGE_SOURCE, v: PROTOCOL_VERSION });

// Rounded up, so the frame never shows a scrollbar for half a pixel.
function pixelHeight(height: number): number {
  return Number.isFinite(height) && height > 0 ? Math.ceil(height) : 0;
}

/** Posted once the tool has rendered and is listening for commands. */
export function readyEvent(state: ExplorerSummary): ReadyEvent {
  return { ...envelope(), type: 'ready', state: { ...state, fixes: [...state.fixes] } };
}

/** Posted when the learner selects a component or link, or clears the selection. */
export function selectEvent(id: ElementId | null): SelectEvent {
  return { ...envelope(), type: 'select', id };
}

/** Posted when the single point of failure is switched on or off. */
export function failureChangeEvent(failure: UrlFailure | null): FailureChangeEvent {
  return { ...envelope(), type: 'failurechange', failure };
}

/** Posted when the design changes (a command, an attribute, the learner): a copy, never the store's own array. */
export function langChangeEvent(lang: Lang): LangChangeEvent {
  return { ...envelope(), type: 'langchange', lang };
}

export function fixChangeEvent(design: Pick<UrlState, 'fixes' | 'servers'>): FixChangeEvent {
  return { ...envelope(), type: 'fixchange', fixes: [...design.fixes], servers: design.servers };
}

/** Posted when playback starts, pauses or jumps. */
export function playbackEvent(playback: { playing: boolean; t: number; mode: ViewMode }): PlaybackEvent {
  return { ...envelope(), type: 'playback', playing: playback.playing, t: playback.t, mode: playback.mode };
}

/** Posted when the learner commits a prediction. */
export function answerEvent(answer: { question: string; choice: number; correct: boolean }): AnswerEvent {
  return { ...envelope(), type: 'answer', question: answer.question, choice: answer.choice, correct: answer.correct };
}

/** Posted at start and whenever the learner's counts change. Copies only the counts, whatever else `p` holds. */
export function progressEvent(p: LearnerProgress): ProgressEvent {
  return {
    ...envelope(),
    type: 'progress',
    itemsRehearsed: p.itemsRehearsed,
    itemsTotal: p.itemsTotal,
    predictionsMade: p.predictionsMade,
    predictionsRight: p.predictionsRight,
    questionsTotal: p.questionsTotal,
    complete: p.complete,
  };
}

/** Posted when the document's height changes, so the host can size the iframe to fit. */
export function resizeEvent(height: number): ResizeEvent {
  return { ...envelope(), type: 'resize', height: pixelHeight(height) };
}

/** The same height in the shape Canvas LMS understands; post it alongside {@link resizeEvent}. */
export function canvasFrameResize(height: number): CanvasFrameResize {
  return { subject: 'lti.frameResize', height: pixelHeight(height) };
}
