/**
 * Finding the LMS's SCORM 1.2 API the standard way (ADL's `findAPI`): this window, then up the chain of
 * parents (at most {@link MAX_PARENTS} steps), then the window that opened this one and its parents.
 * A parent on another origin throws on access; that counts as "not there", never as an error.
 */

/** The run-time API a SCORM 1.2 LMS puts on a window as `API`. Every call returns a string. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** ADL's sample code gives up after 7 parents; real LMS frame stacks are 1–3 deep. */
export const MAX_PARENTS = 7;

/** What the discovery reads of a window; a real `Window` fits. */
export interface ApiWindow {
  readonly parent: ApiWindow | null;
  readonly opener?: ApiWindow | null;
}

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'] as const;

/** The window's `API` if it has the SCORM 1.2 methods; null if absent or unreadable. */
function apiOn(win: ApiWindow | null | undefined): Scorm12Api | null {
  try {
    const api = (win as { API?: unknown } | null | undefined)?.API;
    if (typeof api !== 'object' || api === null) return null;
    return METHODS.every((m) => typeof (api as Record<string, unknown>)[m] === 'function') ? (api as Scorm12Api) : null;
  } catch {
    return null; // another origin's window
  }
}

function parentOf(win: ApiWindow): ApiWindow | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** Look in `start` and up to {@link MAX_PARENTS} of its parents. */
function searchUp(start: ApiWindow | null | undefined): Scorm12Api | null {
  let win: ApiWindow | null | undefined = start;
  for (let steps = 0; win && steps <= MAX_PARENTS; steps++) {
    const api = apiOn(win);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/** The LMS's API as seen from `win`, or null when the tool runs outside an LMS. */
export function findApi(win: ApiWindow): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  let opener: ApiWindow | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = null;
  }
  return searchUp(opener);
}
