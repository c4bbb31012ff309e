import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAPROXY_CHECK_DEFAULTS } from './loadBalancer';
import { mmcMeanResponse } from './queueing';
import { createStackSimulation } from './simulation';
import type { SimInput, StackSimulation } from './simulation.types';
import { APP_ONLY } from './testkit';
import type { StackComponentId, StackLinkId } from './stackIds';
import { ALL_FAILED_OUTCOMES, FAILURE_KINDS, type HopEvent, type SimConfig, type StackEvent } from './types';

function aStackRun(config: Partial<SimConfig>, inputs: readonly SimInput[], until: number): StackSimulation {
  const sim = createStackSimulation(config);
  for (const input of [...inputs].sort((a, b) => a.t - b.t)) sim.apply(input);
  sim.advanceTo(until);
  return sim;
}

const isHop = (e: StackEvent): e is HopEvent<StackComponentId, StackLinkId> => e.kind === 'hop';

describe('a second server behind HAProxy (fixes=lb)', () => {
  const DOWN_AT = 20.3;
  const UP_AT = 80;
  // Server 1 dies at 20.3 s for a minute under 60 req/s; MySQL, on its own machine, stays up.
  const run = () =>
    aStackRun({ seed: 4, fixes: ['lb'], windowS: 200 }, [
      { t: 0, type: 'rate', rps: 60 },
      { t: DOWN_AT, type: 'failure-start', kind: 'server-down', server: 1 },
      { t: UP_AT, type: 'failure-end', kind: 'server-down', server: 1 },
    ], 140);

  it('the A record points at the balancer: browsers connect to lb, which forwards to server-1 and server-2', () => {
    const sim = aStackRun({ seed: 2, fixes: ['lb'] }, [{ t: 0, type: 'rate', rps: 20 }], 5);
    const hops = sim.events(0, 5).filter(isHop);
    expect(hops.some((h) => h.from === 'browser' && h.to === 'lb' && h.link === 'browser-lb')).toBe(true);
    expect(hops.some((h) => h.from === 'browser' && h.to === 'nginx')).toBe(false);
    expect(new Set(hops.filter((h) => h.from === 'lb' && h.packet === 'http-request').map((h) => h.to))).toEqual(new Set(['nginx-1', 'nginx-2']));
    expect(hops.some((h) => h.from === 'app-server-2' && h.to === 'mysql' && h.link === 'app-server-2-mysql')).toBe(true);
  });

  it('server-1 down: it leaves the pool after fall = 3 checks 2 s apart, and no request is routed to it after that', () => {
    const sim = run();
    const { interS, fall } = HAPROXY_CHECK_DEFAULTS;
    const log = sim.balancerLog()!;
    const out = log.poolChanges.find((c) => c.backend === 0 && !c.up)!;
    const back = log.poolChanges.find((c) => c.backend === 0 && c.up)!;
    expect(out.t - DOWN_AT).toBeGreaterThanOrEqual((fall - 1) * interS);
    expect(out.t - DOWN_AT).toBeLessThan(fall * interS);
    expect(back.t).toBeGreaterThan(UP_AT);
    // Where HAProxy sent each request: its first packet to a server (later ones are retries to the same server).
    const routed = new Map<number, HopEvent<string, string>>();
    for (const e of sim.events(0, Infinity)) if (isHop(e) && e.from === 'lb' && e.to !== 'browser' && !routed.has(e.requestId)) routed.set(e.requestId, e);
    const toServer1 = [...routed.values()].filter((h) => h.to === 'nginx-1');
    expect(toServer1.some((h) => h.t > DOWN_AT && h.t <= out.t)).toBe(true);
    expect(toServer1.filter((h) => h.t > out.t && h.t < back.t)).toEqual([]);
    expect(toServer1.some((h) => h.t > back.t)).toBe(true);
  });

  it('requests routed to the dead server before detection fail, honestly: 503 after HAProxy’s retries, or 504 if it held them', () => {
    const sim = run();
    const out = sim.balancerLog()!.poolChanges.find((c) => !c.up)!;
    const failed = sim.recentRequests(Infinity).filter((r) => r.outcome !== undefined && r.outcome !== 'ok');
    expect(failed.length).toBeGreaterThan(0);
    for (const r of failed) {
      expect(['unavailable', 'gateway-timeout']).toContain(r.outcome);
      expect(r.start).toBeLessThanOrEqual(out.t);
      expect(r.end!).toBeGreaterThanOrEqual(DOWN_AT);
    }
    // Those sent after detection all succeed: server 2 carries the traffic.
    expect(sim.recentRequests(Infinity).filter((r) => r.start > out.t + 1 && r.outcome !== 'ok' && r.end !== undefined)).toEqual([]);
  });
});

describe('queueing truth behind the balancer', () => {
  const C = 5;
  const S = 0.04;
  /** Mean response of requests started in [warm-up, end) with two servers of C workers under round robin. */
  function measure(rho: number, seed: number): number {
    const lambda = (2 * rho * C) / S;
    const sim = createStackSimulation({ ...APP_ONLY, lanRttMs: 0, seed, servers: 2, appWorkers: C, appServiceMs: S * 1000, appCpuShare: 0, windowS: 1000 });
    sim.apply({ t: 0, type: 'rate', rps: lambda });
    sim.advanceTo(650);
    const done = sim.recentRequests(Infinity).filter((r) => r.start >= 50 && r.start < 600);
    return done.reduce((s, r) => s + (r.end! - r.start), 0) / done.length;
  }

  it('two servers with c workers each under round robin respond like two M/M/c queues fed λ/2, within 5 %', () => {
    const rho = 0.5;
    const w = [1, 2, 3].map((seed) => measure(rho, seed)).reduce((a, b) => a + b) / 3;
    expect(Math.abs(w / mmcMeanResponse((rho * C) / S, S, C) - 1)).toBeLessThan(0.05);
  }, 20_000);

  it('near saturation round robin waits less than M/M/c: each server gets every other arrival, more regular than Poisson', () => {
    const rho = 0.85;
    const w = [1, 2].map((seed) => measure(rho, seed)).reduce((a, b) => a + b) / 2;
    expect(w).toBeLessThan(mmcMeanResponse((rho * C) / S, S, C));
    expect(w).toBeGreaterThan(S);
  }, 20_000);
});

const inputArb: fc.Arbitrary<SimInput> = fc.oneof(
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('rate' as const), rps: fc.double({ min: 0, max: 300, noNaN: true }) }),
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('failure-start' as const), kind: fc.constantFrom(...FAILURE_KINDS), server: fc.constantFrom(1, 2) }),
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('failure-end' as const), kind: fc.constantFrom(...FAILURE_KINDS), server: fc.constantFrom(1, 2) }),
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('deploy' as const) }),
  fc.record({ t: fc.double({ min: 0, max: 20, noNaN: true }), type: fc.constant('request' as const), browserId: fc.integer({ min: 0, max: 9 }) }),
);
const fixesArb = fc.subarray(['lb', 'lb-pair', 'replica', 'rolling', 'split-db'] as const);

describe('properties of every topology under random inputs and failures', () => {
  it('conservation: every request ends exactly once; arrived = completed + failed + in flight', () => {
    fc.assert(
      fc.property(fc.integer(), fixesArb, fc.integer({ min: 1, max: 4 }), fc.array(inputArb, { maxLength: 12 }), (seed, fixes, servers, inputs) => {
        const config = { seed, fixes, servers, browsers: 10, connectTimeoutS: 4, proxyReadTimeoutS: 2, appBacklog: 30, windowS: 1000 };
        const sim = createStackSimulation(config);
        for (const input of [...inputs].sort((a, b) => a.t - b.t)) {
          sim.apply(input.type === 'failure-start' || input.type === 'failure-end' ? { ...input, server: Math.min(input.server ?? 1, sim.config.servers) } : input);
        }
        // Traffic stops and every failure ends, so everything can drain.
        sim.apply({ t: 21, type: 'rate', rps: 0 });
        for (const kind of FAILURE_KINDS) for (let server = 1; server <= sim.config.servers; server++) sim.apply({ t: 22, type: 'failure-end', kind, server });
        sim.advanceTo(400);
        const m = sim.metrics();
        const failed = ALL_FAILED_OUTCOMES.reduce((s, o) => s + (m.failed[o] ?? 0), 0);
        expect(m.arrived).toBe(m.completed + failed + m.inFlight);
        const ends = new Map<number, number>();
        for (const e of sim.events(-Infinity, Infinity)) if (e.kind === 'request-end') ends.set(e.requestId, (ends.get(e.requestId) ?? 0) + 1);
        for (const r of sim.recentRequests(Infinity)) expect(ends.get(r.id) ?? 0, `request ${r.id}`).toBe(r.end === undefined ? 0 : 1);
        // Long after the last input every request has ended, and nothing is left holding a part.
        expect(m.inFlight).toBe(0);
        const g = m.gauges;
        expect([g.nginx.busy, g['app-server'].busy, g['app-server'].queue, g.mysql.busy, g.mysql.queue]).toEqual([0, 0, 0, 0, 0]);
      }),
      { numRuns: 60, seed: 15 },
    );
  }, 120_000);

  it('determinism: same seed, same inputs, same events and numbers, twice', () => {
    const script: SimInput[] = [
      { t: 0, type: 'rate', rps: 150 },
      { t: 10, type: 'failure-start', kind: 'server-down', server: 2 },
      { t: 30, type: 'failure-end', kind: 'server-down', server: 2 },
      { t: 35, type: 'failure-start', kind: 'lb-down' },
      { t: 45, type: 'failure-end', kind: 'lb-down' },
      { t: 50, type: 'deploy' },
    ];
    const once = () => {
      const sim = aStackRun({ seed: 21, servers: 3, fixes: ['lb-pair', 'rolling', 'split-db'] }, script, 90);
      return JSON.stringify([sim.events(-Infinity, Infinity), sim.metrics(), sim.series(), sim.balancerLog()]);
    };
    expect(once()).toBe(once());
  });
});
