import { describe, expect, it, vi } from 'vitest';
import { findApi, MAX_PARENTS, type ApiWindow, type Scorm12Api } from './api';
import { startSession } from './session';

/** A minimal SCORM 1.2 LMS: keeps the data model in a map and logs every call. */
function stubApi(initial: Record<string, string> = {}, initialise = 'true') {
  const data = new Map(Object.entries(initial));
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: vi.fn(() => (calls.push('LMSInitialize'), initialise)),
    LMSFinish: vi.fn(() => (calls.push('LMSFinish'), 'true')),
    LMSGetValue: vi.fn((k: string) => data.get(k) ?? ''),
    LMSSetValue: vi.fn((k: string, v: string) => (calls.push(`${k}=${v}`), data.set(k, v), 'true')),
    LMSCommit: vi.fn(() => (calls.push('LMSCommit'), 'true')),
    LMSGetLastError: vi.fn(() => '0'),
  };
  return { api, data, calls };
}

/** A chain of windows: `frames[0]` is the tool, each one's parent the next; the top is its own parent. */
function chain(length: number, apiAt?: number, api?: Scorm12Api): ApiWindow[] {
  const wins: { parent: ApiWindow | null; opener?: ApiWindow | null; API?: unknown }[] = Array.from({ length }, () => ({ parent: null }));
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  if (apiAt !== undefined) wins[apiAt]!.API = api;
  return wins;
}

describe('findApi', () => {
  const { api } = stubApi();

  it('finds the API on the window itself, on a parent, or on a parent up to the limit', () => {
    expect(findApi(chain(1, 0, api)[0]!)).toBe(api);
    expect(findApi(chain(3, 2, api)[0]!)).toBe(api);
    expect(findApi(chain(MAX_PARENTS + 1, MAX_PARENTS, api)[0]!)).toBe(api);
    expect(findApi(chain(MAX_PARENTS + 2, MAX_PARENTS + 1, api)[0]!)).toBeNull();
  });

  it('then looks at the opener and its parents', () => {
    const popup = { parent: null as ApiWindow | null, opener: chain(2, 1, api)[0] };
    popup.parent = popup;
    expect(findApi(popup)).toBe(api);
  });

  it('treats a cross-origin parent (access throws), a missing API or one without the methods as absent', () => {
    const tool: ApiWindow = {
      get parent(): ApiWindow {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findApi(tool)).toBeNull();
    const throwingApi = { parent: null, get API() { throw new Error('cross-origin'); } };
    expect(findApi(throwingApi)).toBeNull();
    expect(findApi(chain(2, 1, { LMSInitialize: () => 'true' } as unknown as Scorm12Api)[0]!)).toBeNull();
    expect(findApi(chain(2)[0]!)).toBeNull();
  });
});

describe('startSession', () => {
  it('initialises, marks the lesson incomplete, reports score and completion with a commit each, and finishes once', () => {
    const { api, calls, data } = stubApi({ 'cmi.core.lesson_status': 'not attempted' });
    const session = startSession(api);
    expect(session.connected).toBe(true);
    expect(calls).toEqual(['LMSInitialize', 'cmi.core.lesson_status=incomplete', 'LMSCommit']);

    session.report({ score: 33.4, complete: false });
    expect(data.get('cmi.core.score.raw')).toBe('33');
    expect(data.get('cmi.core.score.min')).toBe('0');
    expect(data.get('cmi.core.score.max')).toBe('100');
    expect(data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(calls.at(-1)).toBe('LMSCommit');

    const before = calls.length;
    session.report({ score: 33, complete: false }); // nothing changed: no call
    expect(calls.length).toBe(before);

    session.report({ score: 250, complete: true });
    expect(data.get('cmi.core.score.raw')).toBe('100');
    expect(data.get('cmi.core.lesson_status')).toBe('completed');

    session.finish();
    session.finish();
    session.report({ score: 0, complete: false });
    expect(calls.slice(-3)).toEqual(['cmi.core.exit=', 'LMSCommit', 'LMSFinish']);
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    expect(data.get('cmi.core.score.raw')).toBe('100');
  });

  it('never turns a completed lesson back to incomplete', () => {
    const { api, calls, data } = stubApi({ 'cmi.core.lesson_status': 'completed' });
    const session = startSession(api);
    session.report({ score: 10, complete: false });
    expect(data.get('cmi.core.lesson_status')).toBe('completed');
    expect(calls).not.toContain('cmi.core.lesson_status=incomplete');
  });

  it('suspends an unfinished lesson on exit, so the LMS resumes it', () => {
    const { api, calls } = stubApi();
    startSession(api).finish();
    expect(calls).toContain('cmi.core.exit=suspend');
  });

  it('survives a missing API, a refused LMSInitialize and an API that throws, silently', () => {
    for (const session of [startSession(null), startSession(stubApi({}, 'false').api)]) {
      expect(session.connected).toBe(false);
      expect(() => {
        session.report({ score: 50, complete: true });
        session.finish();
      }).not.toThrow();
    }
    const { api } = stubApi();
    api.LMSSetValue = () => {
      throw new Error('LMS bug');
    };
    api.LMSCommit = () => {
      throw new Error('LMS bug');
    };
    const session = startSession(api);
    expect(() => {
      session.report({ score: 50, complete: true });
      session.finish();
    }).not.toThrow();
    expect(api.LMSFinish).toHaveBeenCalledTimes(1);
  });
});

describe('the learner’s work in cmi.suspend_data', () => {
  it('reads it once at start and writes it, with a commit, only when it changes', () => {
    const { api, calls, data } = stubApi({ 'cmi.suspend_data': '{"tallyShown":true}' });
    const session = startSession(api);
    expect(session.suspendData).toBe('{"tallyShown":true}');
    session.report({ score: 0, complete: false, suspendData: '{"tallyShown":true}' });
    expect(calls.filter((c) => c.startsWith('cmi.suspend_data='))).toEqual([]);
    session.report({ score: 0, complete: false, suspendData: '{"tallyShown":false}' });
    expect(data.get('cmi.suspend_data')).toBe('{"tallyShown":false}');
    expect(calls.at(-1)).toBe('LMSCommit');
  });

  it('is empty outside an LMS', () => {
    expect(startSession(null).suspendData).toBe('');
  });
});
