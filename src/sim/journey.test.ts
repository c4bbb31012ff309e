import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, INITIAL_CWND_KB } from './defaults';
import { aRun, allEvents } from './testkit';
import type { HopEvent, SimEvent } from './types';

const hops = (events: SimEvent[]): HopEvent[] => events.filter((e): e is HopEvent => e.kind === 'hop');

describe('journey of one request', () => {
  const sim = aRun({ seed: 3 }, [
    { t: 0, type: 'request' },
    { t: 1, type: 'request' },
  ], 5);
  const [cold, warm] = [sim.request(0)!, sim.request(1)!];

  it('cold request: DNS + 3 RTT + server time + one extra flight, phases adding up', () => {
    const c = DEFAULT_CONFIG;
    const rtt = c.rttMs / 1000;
    const dns = (c.resolverRttMs + c.rootMs + c.tldMs + c.authoritativeMs) / 1000;
    const t = cold.timing!;
    expect(cold.outcome).toBe('ok');
    expect(cold.cold).toBe(true);
    expect(t.dns).toBeCloseTo(dns, 9);
    expect(t.connect).toBeCloseTo(rtt, 9);
    expect(t.tls).toBeCloseTo(rtt + c.tlsCpuMs / 1000, 9);
    expect(c.responseKb).toBeGreaterThan(INITIAL_CWND_KB);
    expect(t.download).toBeCloseTo(rtt, 9);
    expect(t.waiting).toBeGreaterThan(rtt);
    expect(t.dns + t.connect + t.tls + t.waiting + t.download).toBeCloseTo(t.total, 9);
    expect(t.total).toBeCloseTo(cold.end! - cold.start, 9);
  });

  it('warm request reuses DNS and the connection: dns = connect = tls = 0', () => {
    const t = warm.timing!;
    expect(warm.cold).toBe(false);
    expect([t.dns, t.connect, t.tls, t.download]).toEqual([0, 0, 0, 0]);
    expect(t.waiting).toBeCloseTo(t.total, 12);
    const kinds = hops(sim.eventsOf(1)).map((h) => h.packet);
    expect(kinds).not.toContain('tcp-syn');
    expect(kinds).not.toContain('dns-query');
  });

  it('emits the packets of the journey in order, with their details', () => {
    const packets = hops(sim.eventsOf(0)).map((h) => `${h.from}>${h.to}:${h.packet}`);
    expect(packets.slice(0, 8)).toEqual([
      'browser>resolver:dns-query',
      'resolver>root:dns-query',
      'root>resolver:dns-response',
      'resolver>tld:dns-query',
      'tld>resolver:dns-response',
      'resolver>authoritative:dns-query',
      'authoritative>resolver:dns-response',
      'resolver>browser:dns-response',
    ]);
    expect(packets).toContain('browser>nginx:tls-client-hello');
    expect(packets.filter((p) => p === 'app-server>mysql:sql-query')).toHaveLength(DEFAULT_CONFIG.queriesPerRequest);
    const answer = hops(sim.eventsOf(0)).find((h) => h.from === 'authoritative')!;
    expect(answer.detail.summary).toBe('www.foobar.com. 300 IN A 8.8.8.8');
    expect(answer.detail.fields).toContainEqual(['Address', '8.8.8.8']);
    const syn = hops(sim.eventsOf(0)).find((h) => h.packet === 'tcp-syn')!;
    expect(syn.detail.summary).toBe('51514 → 443 [SYN]');
    const get = hops(sim.eventsOf(0)).find((h) => h.packet === 'http-request')!;
    expect(get.detail.summary).toBe('GET / HTTP/1.1');
    expect(get.detail.fields).toContainEqual(['Host', 'www.foobar.com']);
  });

  it('consults each cache layer: browser, then OS after 60 s, then the resolver after the TTL', () => {
    const later = aRun({ seed: 3 }, [
      { t: 0, type: 'request' },
      { t: 90, type: 'request' },
      { t: 400, type: 'request' },
    ], 401);
    const caches = (id: number): string[] =>
      later.eventsOf(id).flatMap((e) => (e.kind === 'cache' ? [`${e.layer}:${e.hit ? 'hit' : 'miss'}`] : []));
    expect(caches(0)).toEqual(['browser:miss', 'os:miss', 'resolver:miss']);
    expect(caches(1)).toEqual(['browser:miss', 'os:hit']);
    expect(caches(2)).toEqual(['browser:miss', 'os:miss', 'resolver:miss']);
    // The referrals are still cached: the resolver asks the authoritative server directly.
    const asked = hops(later.eventsOf(2)).filter((h) => h.packet === 'dns-query').map((h) => h.to);
    expect(asked).toEqual(['resolver', 'authoritative']);
  });

  it('a static file is served by Nginx from disk, without the application server', () => {
    const s = aRun({}, [{ t: 0, type: 'request', path: '/static/style.css' }], 2);
    const to = hops(allEvents(s)).map((h) => h.to);
    expect(to).toContain('app-files');
    expect(to).not.toContain('app-server');
    expect(s.request(0)!.outcome).toBe('ok');
  });
});
