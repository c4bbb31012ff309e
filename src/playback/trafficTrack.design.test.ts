import { describe, expect, it } from 'vitest';
import { EMPTY_LIVE, type DesignFault } from './snapshot';
import { TrafficTrack } from './trafficTrack';
import { designOf, scaleConfig } from './design';

const context = (track: TrafficTrack) => ({ playing: true, rps: 50, speed: 1, metrics: track.sim.metrics(), previousCaption: EMPTY_LIVE.caption });

describe('traffic on a fixed design', () => {
  it('plays servers behind HAProxy: with server 1 down, the balancer takes it out and server 2 serves alone', () => {
    const track = new TrafficTrack(1, 50, true, 0, designOf(['lb'], 2));
    track.seekTime(30);
    const parts = track.snapshot(context(track)).parts!;
    expect(parts['server-1']!.status).toBe('down');
    expect(parts['nginx-1']!.status).toBe('down');
    expect(parts['server-2']!.status).toBe('up');
    expect(parts.lb!.status).toBe('up');
    expect(parts['app-server-2']!.capacity).toBeGreaterThan(0);
    // After the health checks (2 s × 3), every request goes to server 2.
    const sent = track.sim.events(20, 30).filter((e) => e.kind === 'hop' && e.from === ('lb' as string) && e.direction === 'request');
    expect(sent.length).toBeGreaterThan(100);
    expect(new Set(sent.map((e) => (e.kind === 'hop' ? e.to : '')))).toEqual(new Set(['nginx-2']));
    // Only what reached server 1 before the checks caught it failed; the one server fails everything.
    const one = new TrafficTrack(1, 50, true, 0);
    one.seekTime(30);
    expect(track.sim.metrics().availability).toBeGreaterThan(0.9);
    expect(one.sim.metrics().availability).toBeLessThan(0.1);
  });

  it('has no parts on the one-server stack, and four servers with four', () => {
    const one = new TrafficTrack(1, 50, false, 0);
    one.seekTime(2);
    expect(one.snapshot(context(one)).parts).toBeNull();
    const four = new TrafficTrack(1, 50, false, 0, designOf(['lb', 'replica'], 4));
    four.seekTime(2);
    const parts = four.snapshot(context(four)).parts!;
    expect(Object.keys(parts).filter((id) => id.startsWith('server-'))).toEqual(['server-1', 'server-2', 'server-3', 'server-4']);
    expect(parts['mysql-replica']!.status).toBe('up');
    expect(parts['replica-server']!.status).toBe('up');
  });

  it('with the balancer down, a lone HAProxy takes the site down; with a pair the backup takes over in seconds', () => {
    const lone = new TrafficTrack(1, 50, false, 0, designOf(['lb'], 2), ['lb-down']);
    const pair = new TrafficTrack(1, 50, false, 0, designOf(['lb', 'lb-pair'], 2), ['lb-down']);
    lone.seekTime(30);
    pair.seekTime(30);
    const lp = lone.snapshot(context(lone)).parts!;
    const pp = pair.snapshot(context(pair)).parts!;
    expect(lp.lb!.status).toBe('down');
    expect(pp.lb!.status).toBe('down');
    expect(pp['lb-2']!.status).toBe('up');
    expect(pp['lb-2']!.busy).toBeGreaterThanOrEqual(0);
    expect(lone.sim.metrics().availability).toBeLessThan(0.3);
    expect(pair.sim.metrics().availability).toBeGreaterThan(0.95);
  });
});

describe('a deploy on a fixed design', () => {
  const deployAt = (fixes: Parameters<typeof designOf>[0]) => {
    const track = new TrafficTrack(2, 40, false, 0, designOf(fixes, 2));
    track.seekTime(10);
    track.deployCode();
    expect(track.snapshot(context(track)).deploying).toBe(true);
    // A second deploy asked meanwhile changes nothing.
    track.deployCode();
    track.seekTime(120);
    expect(track.snapshot(context(track)).deploying).toBe(false);
    return track.sim.metrics().failed;
  };

  it('loses nothing server by server, and answers 502s when every server restarts at once', () => {
    const rolling = deployAt(['lb', 'rolling']);
    const atOnce = deployAt(['lb']);
    expect(Object.values(rolling).reduce((a, b) => a + (b ?? 0), 0)).toBe(0);
    expect(atOnce['bad-gateway']).toBeGreaterThan(50);
  });
});

describe('MySQL faults on a fixed design', () => {
  const failedAt = (fixes: Parameters<typeof designOf>[0], faults: DesignFault[]) => {
    const track = new TrafficTrack(5, 40, false, 0, designOf(fixes, 2), faults);
    track.seekTime(40);
    return { m: track.sim.metrics(), parts: track.snapshot(context(track)).parts! };
  };

  it('the primary down: every page fails without a replica; with one only the writes do', () => {
    const alone = failedAt(['lb'], ['db-down']);
    const replicated = failedAt(['lb', 'replica'], ['db-down']);
    expect(alone.parts.mysql!.status).toBe('down');
    expect(replicated.parts['mysql-replica']!.status).toBe('up');
    expect(alone.m.availability).toBeLessThan(0.7);
    expect(replicated.m.availability).toBeGreaterThan(alone.m.availability + 0.2);
  });

  it('the replica down costs nothing here: reads go back to the primary', () => {
    const { m, parts } = failedAt(['lb', 'replica'], ['replica-down']);
    expect(parts['mysql-replica']!.status).toBe('down');
    expect(m.availability).toBeGreaterThan(0.99);
  });
});

describe('scaling up, live', () => {
  it('more workers alone do not carry 200 req/s on 2 cores; more cores with them do', () => {
    const run = (workers: number | null, cores: number | null) => {
      const track = new TrafficTrack(6, 200, false, 0, null, [], scaleConfig(workers, cores));
      track.seekTime(60);
      return track.sim.metrics().availability;
    };
    const base = run(null, null);
    const workers = run(15, null);
    const both = run(15, 6);
    expect(workers).toBeLessThan(0.9);
    expect(both).toBeGreaterThan(0.99);
    expect(both).toBeGreaterThan(base);
  });
});

describe('balance on a fixed design', () => {
  it('least connections sends the next request to the server with fewer in flight; both spread the load', () => {
    const sent = (balance: 'roundrobin' | 'leastconn') => {
      const track = new TrafficTrack(7, 60, false, 0, designOf(['lb'], 3, balance));
      track.seekTime(20);
      const to = track.sim.events(0, 20).flatMap((e) => (e.kind === 'hop' && e.from === ('lb' as string) && e.direction === 'request' ? [e.to] : []));
      return new Map([...new Set(to)].map((id) => [id, to.filter((t) => t === id).length]));
    };
    const rr = sent('roundrobin');
    const lc = sent('leastconn');
    expect([...rr.keys()].sort()).toEqual(['nginx-1', 'nginx-2', 'nginx-3']);
    expect([...lc.keys()].sort()).toEqual(['nginx-1', 'nginx-2', 'nginx-3']);
    // Round robin takes them strictly in turn: the counts differ by at most one.
    expect(Math.max(...rr.values()) - Math.min(...rr.values())).toBeLessThanOrEqual(1);
    expect(designOf(['lb'], 3, 'leastconn')).not.toBe(designOf(['lb'], 3));
  });
});
