import { describe, expect, it } from 'vitest';
import { HAPROXY_CHECK_DEFAULTS, LoadBalancer } from './loadBalancer';

/** A backend that answers its checks before `diesAt` and from `revivesAt` on. */
const aliveOutside = (diesAt: number, revivesAt = Infinity) => (t: number) => t < diesAt || t >= revivesAt;

describe('LoadBalancer', () => {
  it('uses HAProxy defaults: a check every 2 s, down after 3 failures, up after 2 successes', () => {
    expect(HAPROXY_CHECK_DEFAULTS).toEqual({ interS: 2, fall: 3, rise: 2 });
  });

  it('round robin takes the backends in turn, skipping one that is down', () => {
    const lb = new LoadBalancer(3, 'roundrobin');
    expect(Array.from({ length: 6 }, () => lb.pick())).toEqual([0, 1, 2, 0, 1, 2]);
    // Backend 1 fails from t = 0: its checks at 2/3, 2 2/3 and 4 2/3 s take it out.
    lb.runChecks(5, (i) => i !== 1);
    expect(lb.isUp(1)).toBe(false);
    expect(Array.from({ length: 4 }, () => lb.pick())).toEqual([0, 2, 0, 2]);
  });

  it('leastconn picks the backend with the fewest connections, ties in turn', () => {
    const lb = new LoadBalancer(3, 'leastconn');
    expect([lb.pick(), lb.pick(), lb.pick()]).toEqual([0, 1, 2]);
    lb.release(1);
    expect(lb.pick()).toBe(1);
    lb.release(0);
    lb.release(2);
    expect([lb.pick(), lb.pick()]).toEqual([2, 0]);
    expect([0, 1, 2].map((i) => lb.connections(i))).toEqual([1, 1, 1]);
  });

  it('a server dying at 10.5 s leaves the pool at the third failed check (16 s) and returns at the second good one', () => {
    const lb = new LoadBalancer(2, 'roundrobin');
    const health = [aliveOutside(10.5, 30.2), () => true];
    const probe = (i: number, t: number) => health[i]!(t);
    // Checks of backend 0 at 0, 2, 4, …; of backend 1 at 1, 3, 5, …
    expect(lb.runChecks(15.9, probe)).toEqual([]);
    // Until detection, requests still go to the dead server: they fail.
    expect([lb.pick(), lb.pick()]).toEqual([0, 1]);
    expect(lb.runChecks(16, probe)).toEqual([{ t: 16, backend: 0, up: false }]);
    expect([lb.pick(), lb.pick()]).toEqual([1, 1]);
    expect(lb.runChecks(60, probe)).toEqual([{ t: 34, backend: 0, up: true }]);
  });

  it('detection takes between (fall − 1) and fall check intervals after the death, whenever it happens', () => {
    const { interS, fall } = HAPROXY_CHECK_DEFAULTS;
    for (let d = 10; d < 14; d += 0.25) {
      const lb = new LoadBalancer(1, 'roundrobin');
      const [change] = lb.runChecks(100, (_, t) => t < d);
      const delay = change!.t - d;
      expect(delay).toBeGreaterThanOrEqual((fall - 1) * interS);
      expect(delay).toBeLessThan(fall * interS);
    }
  });

  it('a flapping server (every other check fails) never reaches fall and stays in the pool', () => {
    const lb = new LoadBalancer(1, 'roundrobin');
    expect(lb.runChecks(100, (_, t) => Math.round(t / 2) % 2 === 0)).toEqual([]);
    expect(lb.isUp(0)).toBe(true);
  });

  it('with every backend down there is nothing to pick (HAProxy answers 503)', () => {
    const lb = new LoadBalancer(2, 'leastconn');
    lb.runChecks(10, () => false);
    expect(lb.upCount).toBe(0);
    expect(lb.pick()).toBeUndefined();
  });
});
