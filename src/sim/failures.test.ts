import { describe, expect, it } from 'vitest';
import { SYN_RETRY_BACKOFF_S } from './defaults';
import type { SimInput } from './simulation.types';
import { aRun, allEvents, finished } from './testkit';
import type { FailureKind, HopEvent, Outcome, RequestRecord } from './types';

const STEADY = { seed: 11, connectTimeoutS: 12.7 };
const RATE = 20;
const FAIL_START = 10;
const FAIL_END = 14;

/** Steady traffic with one failure from 10 s to 14 s; run to 60 s. */
function withFailure(kind: FailureKind, extra: SimInput[] = []) {
  return aRun(STEADY, [
    { t: 0, type: 'rate', rps: RATE },
    { t: FAIL_START, type: 'failure-start', kind },
    { t: FAIL_END, type: 'failure-end', kind },
    ...extra,
  ], 60);
}

function outcomesBetween(records: RequestRecord[], t1: number, t2: number): Set<Outcome> {
  return new Set(records.filter((r) => r.start >= t1 && r.start < t2).map((r) => r.outcome!));
}

/** Failures only among requests that started (or were in flight) while the failure lasted. */
function expectSymptomOnlyWhileItLasts(records: RequestRecord[], outcome: Outcome): void {
  const failed = records.filter((r) => r.outcome !== 'ok');
  expect(failed.length).toBeGreaterThan(0);
  for (const r of failed) {
    expect(r.outcome).toBe(outcome);
    expect(r.start).toBeLessThan(FAIL_END);
    expect(r.end!).toBeGreaterThanOrEqual(FAIL_START);
  }
  expect(outcomesBetween(records, 0, FAIL_START - 1)).toEqual(new Set(['ok']));
  expect(outcomesBetween(records, FAIL_END + 1, 45)).toEqual(new Set(['ok']));
}

describe('failures', () => {
  it('server-down: unanswered SYNs retransmitted with backoff, then ERR_CONNECTION_TIMED_OUT', () => {
    const sim = aRun({ seed: 2 }, [
      { t: 0, type: 'failure-start', kind: 'server-down' },
      { t: 0, type: 'request' },
    ], 200);
    const r = sim.request(0)!;
    expect(r.outcome).toBe('timeout');
    expect(r.symptom).toBe('ERR_CONNECTION_TIMED_OUT');
    const syns = sim.eventsOf(0).filter((e): e is HopEvent => e.kind === 'hop' && e.packet === 'tcp-syn');
    expect(syns.every((s) => s.lost)).toBe(true);
    const gaps = syns.slice(1).map((s, i) => s.t - syns[i]!.t);
    // Linux ≥ 6.5: four linear timeouts, then doubling; 10 retransmissions, the last at 67 s, giving up at 131 s.
    expect(gaps).toEqual([1, 1, 1, 1, 1, 2, 4, 8, 16, 32].map((g) => expect.closeTo(g, 9)));
    expect(gaps).toEqual(SYN_RETRY_BACKOFF_S.map((g) => expect.closeTo(g, 9)));
    expect(syns).toHaveLength(11);
    expect(syns.at(-1)!.t - syns[0]!.t).toBeCloseTo(67, 9);
    expect(r.end! - syns[0]!.t).toBeCloseTo(131, 9);
    // DNS still answers during the outage.
    expect(sim.eventsOf(0).some((e) => e.kind === 'hop' && e.packet === 'dns-response' && e.to === 'browser')).toBe(true);
    expect(sim.eventsOf(0).some((e) => e.kind === 'timeout')).toBe(true);
  });

  it('server-down: symptom only while it lasts, and recovery', () => {
    const sim = withFailure('server-down');
    expectSymptomOnlyWhileItLasts(finished(sim), 'timeout');
    const states = allEvents(sim).filter((e) => e.kind === 'state' && e.component === 'server');
    expect(states.map((e) => (e.kind === 'state' ? `${e.t}:${e.status}` : ''))).toEqual([`${FAIL_START}:down`, `${FAIL_END}:up`]);
  });

  it('nginx-restart: SYN answered by RST, ERR_CONNECTION_REFUSED at once', () => {
    const sim = withFailure('nginx-restart');
    const records = finished(sim);
    expectSymptomOnlyWhileItLasts(records, 'refused');
    for (const r of records.filter((x) => x.outcome === 'refused')) expect(r.end! - r.start).toBeLessThan(1);
    const rst = allEvents(sim).filter((e) => e.kind === 'hop' && e.packet === 'tcp-rst');
    expect(rst.length).toBeGreaterThan(0);
    expect(allEvents(sim).some((e) => e.kind === 'hop' && e.packet === 'tcp-syn' && e.refused)).toBe(true);
  });

  it('nginx-reload: a state event and no request lost', () => {
    const sim = withFailure('nginx-reload');
    const records = finished(sim);
    expect(records.length).toBeGreaterThan(RATE * 40);
    expect(records.every((r) => r.outcome === 'ok')).toBe(true);
    expect(allEvents(sim).some((e) => e.kind === 'state' && e.component === 'nginx' && e.status === 'reloading')).toBe(true);
  });

  it('app-restart: 502 Bad Gateway while it lasts', () => {
    const sim = withFailure('app-restart');
    const records = finished(sim);
    expectSymptomOnlyWhileItLasts(records, 'bad-gateway');
    expect(records.filter((r) => r.outcome === 'bad-gateway').every((r) => !r.path.startsWith('/static'))).toBe(true);
  });

  it('app-slow: 504 at exactly proxy_read_timeout after the request reached the app', () => {
    const sim = aRun({ ...STEADY, proxyReadTimeoutS: 2 }, [
      { t: 0, type: 'rate', rps: RATE },
      { t: FAIL_START, type: 'failure-start', kind: 'app-slow', factor: 2000 },
      { t: FAIL_END, type: 'failure-end', kind: 'app-slow' },
    ], 60);
    const records = finished(sim);
    expectSymptomOnlyWhileItLasts(records, 'gateway-timeout');
    for (const r of records.filter((x) => x.outcome === 'gateway-timeout')) {
      const events = sim.eventsOf(r.id);
      const proxied = events.find((e) => e.kind === 'hop' && e.packet === 'proxy-request')!;
      const timeout = events.find((e) => e.kind === 'timeout')!;
      expect(timeout.t - proxied.t).toBeCloseTo(2, 9);
    }
  });
});
