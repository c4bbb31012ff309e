import { describe, expect, it } from 'vitest';
import { erlangC, mmcMeanResponse } from './queueing';
import { createSimulation } from './simulation';
import { APP_ONLY } from './testkit';

const C = 5;
const S = 0.04;
const WARMUP_S = 50;
const CHUNK_S = 10;
const SAMPLE_DT = 0.01;

/** Runs Poisson traffic at utilisation ρ; returns mean response time, arrival rate and mean number in the app. */
function measure(rho: number, seed: number, durationS: number): { w: number; lambda: number; l: number } {
  const lambda = (rho * C) / S;
  const sim = createSimulation({ ...APP_ONLY, seed, appWorkers: C, appServiceMs: S * 1000 });
  sim.apply({ t: 0, type: 'rate', rps: lambda });
  let next = 0;
  let sum = 0;
  let count = 0;
  let lSum = 0;
  let lCount = 0;
  for (let t = CHUNK_S; t <= WARMUP_S + durationS; t += CHUNK_S) {
    sim.advanceTo(t);
    for (;;) {
      const r = sim.request(next);
      if (!r || r.end === undefined) break;
      if (r.start >= WARMUP_S && r.start < WARMUP_S + durationS) {
        sum += r.end - r.start;
        count++;
      }
      next++;
    }
    if (t > WARMUP_S) {
      for (let u = t - CHUNK_S + SAMPLE_DT / 2; u < t; u += SAMPLE_DT) {
        const g = sim.stateAt(u).gauges['app-server'];
        lSum += g.busy + g.queue;
        lCount++;
      }
    }
  }
  return { w: sum / count, lambda: count / durationS, l: lSum / lCount };
}

describe('queueing truth (M/M/c, Erlang C)', () => {
  it('Erlang C matches the worked table of content.md §4.2', () => {
    expect(erlangC(5, 4.5)).toBeCloseTo(0.76, 2);
    expect(mmcMeanResponse(90, 0.05, 5)).toBeCloseTo(0.126, 3);
  });

  for (const rho of [0.5, 0.8, 0.9]) {
    it(`mean response at ρ = ${rho} within 5 % of Erlang C, and Little's law holds`, () => {
      const runs = [1, 2, 3].map((seed) => measure(rho, seed, rho < 0.85 ? 600 : 1200));
      const w = runs.reduce((a, r) => a + r.w, 0) / runs.length;
      const expected = mmcMeanResponse((rho * C) / S, S, C);
      expect(Math.abs(w / expected - 1)).toBeLessThan(0.05);
      for (const r of runs) expect(Math.abs(r.l / (r.lambda * r.w) - 1)).toBeLessThan(0.05);
    }, 20_000);
  }

  it('above capacity the backlog fills and refusals appear', () => {
    const sim = createSimulation({ ...APP_ONLY, appBacklog: 100, seed: 4 });
    sim.apply({ t: 0, type: 'rate', rps: 200 });
    sim.advanceTo(20);
    const m = sim.metrics();
    expect(m.gauges['app-server'].queue).toBeGreaterThan(90);
    expect(m.failed['bad-gateway']).toBeGreaterThan(0);
    expect(m.throughput).toBeLessThan(130);
  });
});
