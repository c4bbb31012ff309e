import { describe, expect, it } from 'vitest';
import { appCapacity } from './capacity';
import { closedNetworkRps, erlangC, mmcMeanResponse } from './queueing';
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
  // Waiting only (no CPU share): the cores never limit, so the application is an M/M/c queue.
  const sim = createSimulation({ ...APP_ONLY, seed, appWorkers: C, appServiceMs: S * 1000, appCpuShare: 0 });
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

  it('above capacity the backlog fills, then new connections wait on dropped SYNs instead of failing at once', () => {
    const sim = createSimulation({ ...APP_ONLY, appBacklog: 100, seed: 4, appCpuShare: 0 });
    sim.apply({ t: 0, type: 'rate', rps: 200 });
    sim.advanceTo(20);
    const m = sim.metrics();
    expect(m.gauges['app-server'].queue).toBeGreaterThan(90);
    expect(m.gauges['app-server'].queue).toBeLessThanOrEqual(100);
    expect(m.failed['bad-gateway']).toBe(0);
    expect(m.throughput).toBeLessThan(130);
    const dropped = sim.events(0, 20).filter((e) => e.kind === 'hop' && e.packet === 'tcp-syn' && e.to === 'app-server' && e.lost);
    expect(dropped.length).toBeGreaterThan(100);
  });
});

/** Dynamic requests finished per second between `from` and `to` with the application always busy. */
function saturatedRps(workers: number, cores: number, seed: number): number {
  const from = 5;
  const to = 35;
  const sim = createSimulation({ ...APP_ONLY, seed, appWorkers: workers, cpuCores: cores, appServiceMs: 40, appCpuShare: 0.5, nginxConnections: 1_000_000, proxyReadTimeoutS: 600 });
  sim.apply({ t: 0, type: 'rate', rps: 300 });
  sim.advanceTo(to);
  const done = sim.recentRequests(1e9).filter((r) => r.outcome === 'ok' && r.end! >= from && r.end! < to);
  return done.length / (to - from);
}

describe('the CPU cores cap the application (20 ms CPU + 20 ms waiting per request, 2 cores)', () => {
  it('the closed-network formula: 5 workers ≈ 93.5 req/s, and it tends to cores ÷ CPU time = 100', () => {
    expect(closedNetworkRps(5, 0.02, 0.02, 2)).toBeCloseTo(93.46, 2);
    expect(closedNetworkRps(40, 0.02, 0.02, 2)).toBeCloseTo(100, 6);
    expect(closedNetworkRps(5, 0.04, 0, 2)).toBeCloseTo(125, 9);
    expect(closedNetworkRps(5, 0, 0.02, 2)).toBeCloseTo(100, 9);
  });

  it('the model’s saturated throughput matches the formula within 4 %', () => {
    for (const workers of [1, 3, 5, 10]) {
      const measured = (saturatedRps(workers, 2, 1) + saturatedRps(workers, 2, 2)) / 2;
      expect(Math.abs(measured / closedNetworkRps(workers, 0.02, 0.02, 2) - 1)).toBeLessThan(0.04);
    }
  }, 30_000);

  it('more workers stop helping once the cores are busy, but do help when cores are plenty', () => {
    const two = [5, 10, 20].map((w) => saturatedRps(w, 2, 3));
    expect(two[2]!).toBeLessThan(100 * 1.04);
    expect(Math.abs(two[2]! / two[1]! - 1)).toBeLessThan(0.04);
    const many = [2, 4, 8].map((w) => saturatedRps(w, 64, 3));
    expect(many[2]! / many[1]!).toBeGreaterThan(1.8);
    expect(many[1]! / many[0]!).toBeGreaterThan(1.8);
  }, 30_000);

  it('the capacity the views show is derived from the config, CPU included', () => {
    const c = appCapacity({ appWorkers: 5, cpuCores: 2, appServiceMs: 40, appCpuShare: 0.5, queriesPerRequest: 0, queryMs: 0, staticFraction: 0.3 });
    expect(c.workerLimitRps).toBeCloseTo(125, 9);
    expect(c.cpuLimitRps).toBeCloseTo(100, 9);
    expect(c.limitedBy).toBe('cpu');
    expect(c.rps).toBeCloseTo(closedNetworkRps(5, 0.02, 0.02, 2), 9);
    expect(c.siteRps).toBeCloseTo(c.rps / 0.7, 9);
    const waitingOnly = appCapacity({ appWorkers: 5, cpuCores: 2, appServiceMs: 50, appCpuShare: 0, queriesPerRequest: 0, queryMs: 0, staticFraction: 0 });
    expect(waitingOnly.rps).toBeCloseTo(100, 9);
    expect(waitingOnly.limitedBy).toBe('workers');
  });
});
