import { describe, expect, it } from 'vitest';
import { compare, FAILURE_SCRIPTS, type FailureScript } from './compare';
import { VRRP_MASTER_DOWN_INTERVAL_S } from './haproxy';
import { HAPROXY_CHECK_DEFAULTS } from './loadBalancer';

// Shorter than the scripts, to keep the suite quick: the same shapes.
const SERVER_DIES: FailureScript = {
  inputs: [{ t: 0, type: 'rate', rps: 60 }, { t: 20, type: 'failure-start', kind: 'server-down', server: 1 }, { t: 60, type: 'failure-end', kind: 'server-down', server: 1 }],
  untilS: 90,
};

describe('compare with the one-server stack', () => {
  it('same seed, same script: the same numbers twice', () => {
    const a = compare({ seed: 3, fixes: ['lb'] }, SERVER_DIES);
    const b = compare({ seed: 3, fixes: ['lb'] }, SERVER_DIES);
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('both designs see the same arrivals', () => {
    const { oneServer, fixed } = compare({ seed: 3, fixes: ['lb'] }, SERVER_DIES);
    expect(fixed.requests).toBe(oneServer.requests);
    expect(fixed.timeline.map((s) => s.started)).toEqual(oneServer.timeline.map((s) => s.started));
    expect([oneServer.servers, oneServer.fixes, fixed.servers, fixed.fixes]).toEqual([1, [], 2, ['lb']]);
  });

  it('server 1 dies: behind the balancer the site keeps serving; the one server is down; failures by kind add up', () => {
    const { oneServer, fixed } = compare({ seed: 3, fixes: ['lb'] }, SERVER_DIES);
    expect(fixed.availability).toBeGreaterThan(0.95);
    expect(oneServer.availability).toBeLessThan(0.65);
    // The one server's users mostly get their page in the end, once it is back: late.
    expect(oneServer.late).toBeGreaterThan(1000);
    // Only those sent to server 1 before the balancer noticed fail.
    const { interS, fall } = HAPROXY_CHECK_DEFAULTS;
    expect(fixed.detectS).toBeGreaterThanOrEqual((fall - 1) * interS);
    expect(fixed.detectS).toBeLessThanOrEqual(fall * interS);
    expect(fixed.recoverS).toBeLessThanOrEqual(fixed.detectS! + 1);
    expect(fixed.failed.unavailable + fixed.failed['gateway-timeout']).toBeGreaterThan(0);
    // Nothing detects the one server's death; its users wait for it to come back.
    expect(oneServer.detectS).toBeNull();
    expect(oneServer.recoverS).toBeGreaterThan(35);
    for (const d of [oneServer, fixed]) {
      const failed = Object.values(d.failed).reduce((a, b) => a + b, 0);
      expect(d.succeeded + failed).toBe(d.requests);
      expect(d.p50).toBeLessThanOrEqual(d.p95);
    }
  });

  it('a deploy: rolling fails nothing, the one server fails some', () => {
    const { oneServer, fixed } = compare({ seed: 4, fixes: ['rolling'] }, { inputs: [{ t: 0, type: 'rate', rps: 60 }, { t: 20, type: 'deploy' }], untilS: 60 });
    expect(Object.values(fixed.failed).every((n) => n === 0)).toBe(true);
    expect(fixed.recoverS).toBe(0);
    expect(oneServer.failed['bad-gateway']).toBeGreaterThan(0);
  });

  it('the active balancer dies: a pair fails over in Master_Down_Interval', () => {
    const { fixed } = compare({ seed: 5, fixes: ['lb-pair'] }, { inputs: [{ t: 0, type: 'rate', rps: 60 }, { t: 20, type: 'failure-start', kind: 'lb-down' }], untilS: 50 });
    expect(fixed.detectS).toBeCloseTo(VRRP_MASTER_DOWN_INTERVAL_S, 9);
  });

  it('the issue’s scripts are well formed (each starts traffic at 0 and ends its failures before untilS)', () => {
    for (const script of Object.values(FAILURE_SCRIPTS)) {
      expect(script.inputs[0]).toMatchObject({ t: 0, type: 'rate' });
      for (const input of script.inputs) expect(input.t).toBeLessThan(script.untilS);
    }
  });
});
