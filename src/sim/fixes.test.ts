/** Each fix's effect on the model (issue 15's checks): rolling deploy, the balancer pair, the replica. */
import { describe, expect, it } from 'vitest';
import { VRRP_MASTER_DOWN_INTERVAL_S } from './haproxy';
import { createStackSimulation } from './simulation';
import type { SimInput, StackSimulation } from './simulation.types';
import type { RequestRecord, SimConfig } from './types';

function aStackRun(config: Partial<SimConfig>, inputs: readonly SimInput[], until: number): StackSimulation {
  const sim = createStackSimulation({ windowS: 1000, ...config });
  for (const input of [...inputs].sort((a, b) => a.t - b.t)) sim.apply(input);
  sim.advanceTo(until);
  return sim;
}

const records = (sim: StackSimulation): RequestRecord[] => sim.recentRequests(Infinity);
const failedOf = (sim: StackSimulation): RequestRecord[] => records(sim).filter((r) => r.outcome !== undefined && r.outcome !== 'ok');

describe('rolling deploy', () => {
  const deployAt = (fixes: SimConfig['fixes'], servers = 2) =>
    aStackRun({ seed: 8, fixes, servers }, [{ t: 0, type: 'rate', rps: 80 }, { t: 30, type: 'deploy' }], 120);

  it('drains, restarts and readies one server at a time: 0 failed requests', () => {
    for (const servers of [2, 3]) {
      const sim = deployAt(['rolling'], servers);
      expect(failedOf(sim)).toEqual([]);
      // Each application really restarted, one after the other.
      const restarts = sim.events(0, Infinity).filter((e) => e.kind === 'state' && e.status === 'restarting');
      expect(restarts.map((e) => e.kind === 'state' && e.component)).toEqual(Array.from({ length: servers }, (_, i) => `app-server-${i + 1}`));
      expect(records(sim).filter((r) => r.start > 30 && r.start < 60).length).toBeGreaterThan(2000);
    }
  });

  it('restarting every server at once fails requests (502), as on the one server', () => {
    const both = failedOf(deployAt(['lb']));
    expect(both.length).toBeGreaterThan(0);
    expect(new Set(both.map((r) => r.outcome))).toEqual(new Set(['bad-gateway']));
    const alone = failedOf(aStackRun({ seed: 8 }, [{ t: 0, type: 'rate', rps: 80 }, { t: 30, type: 'deploy' }], 120));
    expect(alone.length).toBeGreaterThan(0);
  });
});

describe('a pair of balancers (keepalived, VRRP)', () => {
  const DOWN_AT = 30.2;
  const lbDown = (fixes: SimConfig['fixes']) =>
    aStackRun({ seed: 9, fixes, connectTimeoutS: 20 }, [
      { t: 0, type: 'rate', rps: 40 },
      { t: DOWN_AT, type: 'failure-start', kind: 'lb-down' },
      { t: 90, type: 'failure-end', kind: 'lb-down' },
    ], 160);

  it('the backup takes the address Master_Down_Interval (3.61 s) after the active one stops, and serves', () => {
    const sim = lbDown(['lb-pair']);
    const [failover] = sim.balancerLog()!.failovers;
    expect(failover! - DOWN_AT).toBeCloseTo(VRRP_MASTER_DOWN_INTERVAL_S, 9);
    expect(failover! - DOWN_AT).toBeLessThan(3.7);
    // New requests after the failover all succeed; only those caught in it fail.
    const after = records(sim).filter((r) => r.start > failover! + 0.5 && r.start < 150);
    expect(after.length).toBeGreaterThan(1000);
    expect(after.every((r) => r.outcome === 'ok')).toBe(true);
    expect(failedOf(sim).every((r) => r.start < failover!)).toBe(true);
    const states = sim.events(0, Infinity).filter((e) => e.kind === 'state').map((e) => e.kind === 'state' && `${e.component} ${e.status}`);
    expect(states).toEqual(['lb down', 'lb up']);
  });

  it('one balancer alone is the new single point of failure: nothing is served until it is back', () => {
    const sim = lbDown(['lb']);
    expect(sim.balancerLog()!.failovers).toEqual([]);
    const during = records(sim).filter((r) => r.start > DOWN_AT + 1 && r.start < 60);
    expect(during.length).toBeGreaterThan(500);
    expect(during.every((r) => r.outcome !== 'ok' || r.end! > 90)).toBe(true);
  });
});

describe('MySQL primary and replica', () => {
  const run = (fixes: SimConfig['fixes'], failure: SimInput[]) =>
    aStackRun({ seed: 10, fixes, writeFraction: 0.2 }, [{ t: 0, type: 'rate', rps: 40 }, ...failure], 120);
  const pages = (sim: StackSimulation, from: number, to: number) => records(sim).filter((r) => r.dynamic && r.start > from && r.start < to && r.end !== undefined);

  it('primary down: writes fail (500), reads are served by the replica', () => {
    const sim = run(['lb', 'replica'], [{ t: 20, type: 'failure-start', kind: 'db-down' }, { t: 60, type: 'failure-end', kind: 'db-down' }]);
    const during = pages(sim, 20, 60);
    const writes = during.filter((r) => r.writes);
    expect(writes.length).toBeGreaterThan(100);
    expect(new Set(writes.map((r) => r.outcome))).toEqual(new Set(['server-error']));
    expect(during.filter((r) => !r.writes).every((r) => r.outcome === 'ok')).toBe(true);
    expect(pages(sim, 61, 110).every((r) => r.outcome === 'ok')).toBe(true);
  });

  it('without a replica the same failure fails every page', () => {
    const sim = run(['lb'], [{ t: 20, type: 'failure-start', kind: 'db-down' }, { t: 60, type: 'failure-end', kind: 'db-down' }]);
    expect(pages(sim, 20, 60).every((r) => r.outcome === 'server-error')).toBe(true);
  });

  it('replica down: it costs read capacity only; reads go to the primary, and only a query cut mid-way fails', () => {
    const sim = run(['lb', 'replica'], [{ t: 20, type: 'failure-start', kind: 'replica-down' }, { t: 60, type: 'failure-end', kind: 'replica-down' }]);
    const failed = failedOf(sim);
    expect(failed.length).toBeLessThan(5);
    for (const r of failed) expect(r.start < 20 && r.end! >= 20).toBe(true);
    const readsTo = (from: number, to: number) =>
      new Set(sim.events(from, to).filter((e) => e.kind === 'hop' && e.packet === 'sql-query').map((e) => e.kind === 'hop' && e.to));
    expect(readsTo(25, 55)).toEqual(new Set(['mysql']));
    expect(readsTo(65, 100)).toEqual(new Set(['mysql', 'mysql-replica']));
  });
});

describe('the database on its own server (split-db)', () => {
  it('queries cross the network, and MySQL stays up when the server goes down', () => {
    const sim = aStackRun({ seed: 12, fixes: ['split-db'], lanRttMs: 0.5 }, [
      { t: 0, type: 'request' },
      { t: 5, type: 'failure-start', kind: 'server-down' },
    ], 10);
    expect(sim.config.servers).toBe(1);
    const sql = sim.eventsOf(0).find((e) => e.kind === 'hop' && e.packet === 'sql-query');
    expect(sql?.kind === 'hop' && [sql.from, sql.to, sql.link]).toEqual(['app-server', 'mysql', 'app-server-mysql']);
    expect(sql?.kind === 'hop' && sql.arrive - sql.t).toBeCloseTo(0.25 / 1000, 12);
    const states = sim.events(0, Infinity).filter((e) => e.kind === 'state').map((e) => e.kind === 'state' && `${e.component} ${e.status}`);
    expect(states).toEqual(['server down', 'nginx down', 'app-server down']);
  });
});
