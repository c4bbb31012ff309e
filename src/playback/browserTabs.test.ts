import { describe, expect, it } from 'vitest';
import { aRun } from '../sim/testkit';
import type { RequestRecord } from '../sim/types';
import { FOLLOW_AGE_S, HOLD_ERROR_S, HOLD_OK_S, IDLE_TAB, USER_IDS, nextFollowed, sameTab, tabOf } from './browserTabs';

const aRequest = (over: Partial<RequestRecord> = {}): RequestRecord => ({ id: 1, browserId: 0, path: '/', dynamic: true, start: 10, cold: false, ...over });

describe('tabOf', () => {
  it('spins while the request is on its way, fails after 3 s, then shows the result', () => {
    const r = aRequest({ end: 22.7, outcome: 'timeout', symptom: 'ERR_CONNECTION_TIMED_OUT' });
    expect(tabOf(r, 9)).toBe(IDLE_TAB);
    expect(tabOf(r, 10.5)).toMatchObject({ state: 'loading', seconds: 0.5 });
    expect(tabOf(r, 14)).toMatchObject({ state: 'failing', seconds: 4 });
    expect(tabOf(r, 23)).toMatchObject({ state: 'done', outcome: 'timeout', symptom: 'ERR_CONNECTION_TIMED_OUT' });
  });

  it('fails at once when the browser re-sent an unanswered SYN', () => {
    expect(tabOf(aRequest({ stalledAt: 11 }), 11.1).state).toBe('failing');
  });

  it('compares waits in whole seconds so the view re-renders once a second, not four times', () => {
    expect(sameTab(tabOf(aRequest(), 12.1), tabOf(aRequest(), 12.9))).toBe(true);
    expect(sameTab(tabOf(aRequest(), 12.9), tabOf(aRequest(), 13.1))).toBe(false);
  });
});

describe('nextFollowed', () => {
  const ok = aRequest({ id: 1, start: 10, end: 10.1, outcome: 'ok', symptom: '200 OK' });
  const hanging = aRequest({ id: 2, start: 10.6 });
  const newest = (t: number) => [ok, hanging].findLast((r) => r.start <= t);

  it('keeps a page on screen for HOLD_OK_S, then follows the newest request old enough', () => {
    expect(nextFollowed(ok, 10.1 + HOLD_OK_S - 0.01, newest)).toBe(ok);
    expect(nextFollowed(ok, 10.6 + FOLLOW_AGE_S + 0.01, newest)).toBe(hanging);
  });

  it('follows a hanging request until it ends, then keeps its error page HOLD_ERROR_S', () => {
    expect(nextFollowed(hanging, 20, newest)).toBe(hanging);
    const failed = { ...hanging, end: 23.3, outcome: 'timeout' as const, symptom: 'ERR_CONNECTION_TIMED_OUT' };
    expect(nextFollowed(failed, 23.3 + HOLD_ERROR_S - 0.01, newest)).toBe(failed);
  });

  it('stretches the holds with the speed, so a page stays as long on screen at 50× as at 1×; never shorter below 1×', () => {
    const failed = { ...hanging, end: 23.3, outcome: 'timeout' as const, symptom: 'ERR_CONNECTION_TIMED_OUT' };
    expect(nextFollowed(failed, 23.3 + HOLD_ERROR_S + 1, newest, 1)).toBe(hanging);
    expect(nextFollowed(failed, 23.3 + HOLD_ERROR_S * 50 - 0.01, newest, 50)).toBe(failed);
    expect(nextFollowed(failed, 23.3 + HOLD_ERROR_S * 50 + 0.01, newest, 50)).toBe(hanging);
    expect(nextFollowed(ok, 10.1 + HOLD_OK_S - 0.01, newest, 0.25)).toBe(ok);
  });
});

describe('in the model: the server goes down', () => {
  it('the user’s window spins within 2 s and then shows ERR_CONNECTION_TIMED_OUT; never 200 OK after', () => {
    const sim = aRun({ seed: 3, connectTimeoutS: 12.7 }, [{ t: 0, type: 'rate', rps: 20 }], 10);
    sim.apply({ t: 10, type: 'failure-start', kind: 'server-down' });
    let followed: RequestRecord | undefined;
    const states: string[] = [];
    let firstSpinner = Infinity;
    for (let t = 10; t <= 40; t += 0.25) {
      sim.advanceTo(t);
      followed = nextFollowed(followed && sim.request(followed.id), t, (u) => sim.newestRequestBy(u));
      const tab = tabOf(followed, t);
      if (tab.state === 'loading' || tab.state === 'failing') firstSpinner = Math.min(firstSpinner, t);
      if (t > 11.5) states.push(tab.state === 'done' ? tab.symptom : tab.state);
    }
    expect(firstSpinner).toBeLessThanOrEqual(12);
    expect(states).not.toContain('200 OK');
    expect(states).toContain('failing');
    expect(states).toContain('ERR_CONNECTION_TIMED_OUT');
  });

  it('the users’ row: each of the ten follows its own requests, and they end on error pages', () => {
    const sim = aRun({ seed: 3, connectTimeoutS: 12.7 }, [{ t: 0, type: 'rate', rps: 100 }], 10);
    sim.apply({ t: 10, type: 'failure-start', kind: 'server-down' });
    const followed: (RequestRecord | undefined)[] = USER_IDS.map(() => undefined);
    const seen = new Set<string>();
    for (let t = 10; t <= 40; t += 0.25) {
      sim.advanceTo(t);
      USER_IDS.forEach((b, i) => {
        const prev = followed[i];
        followed[i] = nextFollowed(prev && sim.request(prev.id), t, (u) => sim.latestRequests([b], u)[0]);
        const tab = tabOf(followed[i], t);
        expect(followed[i]?.browserId ?? b).toBe(b);
        // A user who has not loaded a page since the crash still sees the last one; by 15 s on, all have.
        if (t > 25) seen.add(tab.state === 'done' ? tab.outcome : tab.state);
      });
    }
    expect(seen.has('ok')).toBe(false);
    expect(seen.has('failing')).toBe(true);
    expect(seen.has('timeout')).toBe(true);
  });
});
