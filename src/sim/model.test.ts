import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from './simulation';
import type { SimInput } from './simulation.types';
import { aRun, allEvents } from './testkit';
import { FAILED_OUTCOMES, FAILURE_KINDS, type SimConfig } from './types';
import { ConfigError } from './validate';

const SCRIPT: SimInput[] = [
  { t: 0, type: 'rate', rps: 40 },
  { t: 3, type: 'failure-start', kind: 'app-restart' },
  { t: 4, type: 'failure-end', kind: 'app-restart' },
  { t: 5, type: 'rate', rps: 120 },
  { t: 6, type: 'failure-start', kind: 'server-down' },
  { t: 7, type: 'failure-end', kind: 'server-down' },
];

describe('determinism', () => {
  it('same seed and inputs give the identical event stream', () => {
    const a = JSON.stringify(allEvents(aRun({ seed: 9, connectTimeoutS: 3 }, SCRIPT, 12)));
    const b = JSON.stringify(allEvents(aRun({ seed: 9, connectTimeoutS: 3 }, SCRIPT, 12)));
    expect(a).toBe(b);
  });

  it('different seeds give different arrivals', () => {
    const starts = (seed: number) => allEvents(aRun({ seed }, SCRIPT, 2)).filter((e) => e.kind === 'request-start').map((e) => e.t);
    expect(starts(1)).not.toEqual(starts(2));
  });
});

const inputArb: fc.Arbitrary<SimInput> = fc.oneof(
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('rate' as const), rps: fc.double({ min: 0, max: 300, noNaN: true }) }),
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('failure-start' as const), kind: fc.constantFrom(...FAILURE_KINDS) }),
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('failure-end' as const), kind: fc.constantFrom(...FAILURE_KINDS) }),
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('request' as const), browserId: fc.integer({ min: 0, max: 9 }) }),
);

describe('properties under random inputs and failures', () => {
  it('conservation: arrived = completed + failed + in flight, at any time; no NaN or negative times', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(inputArb, { maxLength: 12 }), (seed, inputs) => {
        const sim = createSimulation({ seed, browsers: 10, connectTimeoutS: 4, proxyReadTimeoutS: 2, appBacklog: 30 });
        const sorted = [...inputs].sort((a, b) => a.t - b.t);
        for (const input of sorted) sim.apply(input);
        for (const t of [21, 25, 30]) {
          sim.advanceTo(t);
          const m = sim.metrics();
          const failed = FAILED_OUTCOMES.reduce((s, o) => s + m.failed[o], 0);
          expect(m.arrived).toBe(m.completed + failed + m.inFlight);
          expect(sim.stateAt(t).inFlight).toBe(m.inFlight);
          expect(m.p50).toBeLessThanOrEqual(m.p95);
          expect(m.p95).toBeLessThanOrEqual(m.p99);
          for (const v of [m.throughput, m.p50, m.p99, m.availability, m.availabilityWindow]) expect(Number.isFinite(v) && v >= 0).toBe(true);
        }
        let last = -Infinity;
        let lastSeq = -1;
        for (const e of allEvents(sim)) {
          expect(Number.isFinite(e.t) && e.t >= 0).toBe(true);
          expect(e.t).toBeGreaterThanOrEqual(last);
          expect(e.seq).toBeGreaterThan(lastSeq);
          if (e.kind === 'hop') expect(e.arrive).toBeGreaterThanOrEqual(e.t);
          last = e.t;
          lastSeq = e.seq;
        }
        for (const r of sim.recentRequests(1e9)) {
          if (!r.timing) continue;
          const t = r.timing;
          for (const v of Object.values(t)) expect(Number.isFinite(v) && v >= 0).toBe(true);
          expect(t.dns + t.connect + t.tls + t.waiting + t.download).toBeCloseTo(t.total, 9);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('validation', () => {
  const bad: [Partial<SimConfig>, string][] = [
    [{ appWorkers: 0 }, 'appWorkers must be a positive integer, got 0'],
    [{ rttMs: -1 }, 'rttMs'],
    [{ rttMs: NaN }, 'rttMs'],
    [{ appServiceMs: Infinity }, 'appServiceMs'],
    [{ staticFraction: 1.5 }, 'staticFraction'],
    [{ browsers: 2.5 }, 'browsers'],
  ];
  for (const [config, text] of bad) {
    it(`rejects ${JSON.stringify(config)}`, () => {
      const field = Object.keys(config)[0]!;
      expect(() => createSimulation(config)).toThrow(ConfigError);
      try {
        createSimulation(config);
      } catch (e) {
        expect((e as ConfigError).field).toBe(field);
        expect((e as Error).message).toContain(text);
      }
    });
  }

  it('rejects bad inputs naming the field', () => {
    const sim = createSimulation();
    sim.advanceTo(5);
    const field = (input: unknown): string | undefined => {
      try {
        sim.apply(input as SimInput);
      } catch (e) {
        if (e instanceof ConfigError) return e.field;
      }
      return undefined;
    };
    expect(field({ t: 1, type: 'rate', rps: 1 })).toBe('t');
    expect(field({ t: 6, type: 'rate', rps: -1 })).toBe('rps');
    expect(field({ t: 6, type: 'rate', rps: NaN })).toBe('rps');
    expect(field({ t: 6, type: 'failure-start', kind: 'meteor' })).toBe('kind');
    expect(field({ t: 6, type: 'request', browserId: 9999 })).toBe('browserId');
    expect(field({ t: NaN, type: 'rate', rps: 1 })).toBe('t');
  });
});

describe('events store and state', () => {
  const sim = aRun({ seed: 6 }, [{ t: 0, type: 'rate', rps: 80 }, { t: 5, type: 'failure-start', kind: 'app-restart' }, { t: 6, type: 'failure-end', kind: 'app-restart' }], 20);
  const all = allEvents(sim);

  it('events(t1, t2) returns exactly the events with t1 <= t < t2', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (a, b) => {
        const [t1, t2] = a < b ? [a, b] : [b, a];
        expect(sim.events(t1, t2)).toEqual(all.filter((e) => e.t >= t1 && e.t < t2));
      }),
    );
  });

  it('eventsOf(id) returns the events of that request, in order', () => {
    for (const id of [0, 100, 500]) expect(sim.eventsOf(id)).toEqual(all.filter((e) => e.requestId === id));
  });

  it('stateAt(t) replays the queue and status at any retained time', () => {
    let queue = 0;
    for (const e of all) {
      if (e.kind === 'queued' || e.kind === 'dequeued') queue = e.queueLength;
      if (e.kind === 'state' && e.component === 'app-server') queue = 0;
    }
    expect(sim.stateAt(20).gauges['app-server'].queue).toBe(queue);
    expect(sim.stateAt(5.5).status['app-server']).toBe('restarting');
    expect(sim.stateAt(4.9).status['app-server']).toBe('up');
    expect(sim.stateAt(7).status['app-server']).toBe('up');
  });

  it('memory follows the window, not the run: old events are dropped', () => {
    const long = aRun({ seed: 1, windowS: 10 }, [{ t: 0, type: 'rate', rps: 200 }], 120);
    expect(long.events(0, 60)).toEqual([]);
    expect(long.events(100, 120).length).toBeGreaterThan(0);
    expect(long.series().length).toBeGreaterThan(5);
    expect(long.series().length).toBeLessThanOrEqual(10);
  });
});
