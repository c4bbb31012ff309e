import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAILING_AFTER_S, failingFrom, isFailingNow } from './failingNow';
import { createSimulation } from './simulation';
import { aRun } from './testkit';
import { FAILED_OUTCOMES, type Metrics } from './types';

const failedOf = (m: Metrics) => FAILED_OUTCOMES.reduce((n, o) => n + m.failed[o], 0);

describe('isFailingNow', () => {
  it('counts a request once it has waited FAILING_AFTER_S, and not after it ended', () => {
    const r = { start: 10 };
    expect(isFailingNow(r, 10 + FAILING_AFTER_S - 0.01)).toBe(false);
    expect(isFailingNow(r, 10 + FAILING_AFTER_S)).toBe(true);
    expect(isFailingNow({ start: 10, end: 14 }, 14)).toBe(false);
    expect(isFailingNow({ start: 10, end: 14 }, 13.5)).toBe(true);
  });

  it('counts it at once when the browser had to re-send an unanswered packet', () => {
    expect(failingFrom({ start: 10, stalledAt: 11 })).toBe(11);
    expect(isFailingNow({ start: 10, stalledAt: 11 }, 11.2)).toBe(true);
    expect(failingFrom({ start: 10, stalledAt: Number.NaN })).toBe(10 + FAILING_AFTER_S);
  });
});

describe('failing now in the model', () => {
  // Traffic mode's compressed connect timeout (127 s ÷ 10).
  const TRAFFIC = { seed: 3, connectTimeoutS: 12.7 };

  it('a dead server shows failing requests within 1.5 s and availability below 100 %, long before any times out', () => {
    const sim = aRun(TRAFFIC, [{ t: 0, type: 'rate', rps: 100 }, { t: 10, type: 'failure-start', kind: 'server-down' }], 10);
    expect(sim.metrics().failingNow).toBe(0);
    expect(sim.metrics().availability).toBe(1);
    sim.advanceTo(11.5);
    const m = sim.metrics();
    expect(failedOf(m)).toBe(0);
    expect(m.failingNow).toBeGreaterThan(10);
    expect(m.availability).toBeLessThan(1);
    sim.advanceTo(16);
    expect(sim.metrics().failingNow).toBeGreaterThan(m.failingNow);
  });

  it('?failure=spof from the start: nothing served, every waiting request failing, availability 0', () => {
    const sim = aRun(TRAFFIC, [{ t: 0, type: 'rate', rps: 20 }, { t: 0, type: 'failure-start', kind: 'server-down' }], 8);
    const m = sim.metrics();
    expect(m.completed).toBe(0);
    expect(m.failingNow).toBeGreaterThan(0);
    expect(m.availability).toBe(0);
  });

  it('overload: requests queued longer than 3 s count as failing while they wait', () => {
    const sim = aRun({ seed: 2 }, [{ t: 0, type: 'rate', rps: 1000 }], 15);
    expect(sim.metrics().failingNow).toBeGreaterThan(0);
  });

  it('a healthy server has nothing failing', () => {
    const sim = aRun({ seed: 4 }, [{ t: 0, type: 'rate', rps: 100 }], 20);
    expect(sim.metrics().failingNow).toBe(0);
    expect(sim.series().every((p) => p.failingNow === 0)).toBe(true);
  });

  it('accounting adds up and agrees with the records, under random failures', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0, max: 15, noNaN: true }), fc.double({ min: 0.5, max: 10, noNaN: true }), (seed, downAt, downFor) => {
        const sim = createSimulation({ seed, browsers: 20, connectTimeoutS: 6 });
        sim.apply({ t: 0, type: 'rate', rps: 60 });
        sim.apply({ t: downAt, type: 'failure-start', kind: 'server-down' });
        sim.apply({ t: downAt + downFor, type: 'failure-end', kind: 'server-down' });
        for (const t of [downAt + downFor / 2, 26]) {
          sim.advanceTo(t);
          const m = sim.metrics();
          expect(m.completed + failedOf(m) + m.failingNow + m.inFlightOk).toBe(m.arrived);
          expect(m.inFlight).toBe(m.failingNow + m.inFlightOk);
          const records = sim.recentRequests(1e9);
          expect(records.filter((r) => isFailingNow(r, sim.now)).length).toBe(m.failingNow);
          const judged = m.arrived - m.inFlightOk;
          expect(m.availability).toBeCloseTo(judged > 0 ? m.completed / judged : 1, 12);
          // The last sample of the series is the state at its second.
          const last = sim.series().at(-1);
          if (last) expect(last.failingNow).toBe(records.filter((r) => isFailingNow(r, last.t)).length);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('series semantics', () => {
  it('splits served into pages and files, and leaves latency empty (NaN) in a second with no successful page', () => {
    const sim = aRun({ seed: 5, connectTimeoutS: 12.7 }, [{ t: 0, type: 'rate', rps: 100 }, { t: 10, type: 'failure-start', kind: 'server-down' }], 20);
    for (const p of sim.series()) {
      expect(p.throughput).toBe(p.pagesServed + p.filesServed);
      if (p.pagesServed === 0) expect(p.p50).toBeNaN();
      else expect(p.p50).toBeLessThanOrEqual(p.p95);
    }
    const down = sim.series().filter((p) => p.t >= 12);
    expect(down.length).toBeGreaterThan(5);
    expect(down.every((p) => p.pagesServed === 0 && Number.isNaN(p.p50))).toBe(true);
    expect(down.at(-1)!.failingNow).toBeGreaterThan(0);
  });

  it('under overload the page median rises, not falls: fast static files and failures are not in it', () => {
    const sim = aRun({ seed: 1 }, [{ t: 0, type: 'rate', rps: 2000 }], 20);
    const m = sim.metrics();
    const late = sim.series().filter((p) => p.t > 10 && p.pagesServed > 0);
    expect(m.pageP50).toBeGreaterThan(1);
    for (const p of late) expect(p.p50).toBeGreaterThan(0.5);
    // Pages served cannot beat the application's workers ÷ service time (5 ÷ 43 ms ≈ 116/s), give or take noise.
    const pages = late.reduce((n, p) => n + p.pagesServed, 0) / late.length;
    expect(pages).toBeLessThan(140);
  });

  it('utilisation reads 0 while the server is down', () => {
    const sim = aRun({ seed: 5 }, [{ t: 0, type: 'rate', rps: 100 }], 10);
    expect(sim.metrics().gauges['app-server'].utilisation).toBeGreaterThan(0.1);
    sim.apply({ t: 10, type: 'failure-start', kind: 'server-down' });
    sim.advanceTo(11);
    for (const g of Object.values(sim.metrics().gauges)) {
      expect(g.status).toBe('down');
      expect(g.utilisation).toBe(0);
      expect(g.busy).toBe(0);
    }
  });
});
