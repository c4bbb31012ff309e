import { describe, expect, it } from 'vitest';
import { PROXY_CONNECT_TIMEOUT_S, SYN_RETRY_BACKOFF_S } from './defaults';
import type { SimInput } from './simulation.types';
import { aRun } from './testkit';
import type { HopEvent, SimEvent } from './types';

const hops = (events: SimEvent[]): HopEvent[] => events.filter((e): e is HopEvent => e.kind === 'hop');
const request = (t: number, browserId: number, dynamic = true): SimInput => ({ t, type: 'request', browserId, dynamic });
/** Times after the first SYN at which Nginx's kernel retransmits it: 1, 2, 3, 4, 5, 7, 11, 19, 35 s. */
const RETRANSMITS = SYN_RETRY_BACKOFF_S.map((_, i) => SYN_RETRY_BACKOFF_S.slice(0, i + 1).reduce((a, b) => a + b, 0));

describe('a full accept queue at the application server (TCP 127.0.0.1:8000)', () => {
  // One worker, held for minutes; one place in the accept queue.
  const SLOW_APP = { seed: 3, appWorkers: 1, appBacklog: 1, appCpuShare: 0, appServiceMs: 10_000_000, proxyReadTimeoutS: 600 };

  it('drops Nginx’s SYN: retransmitted at Linux’s intervals, then 504 at proxy_connect_timeout, not an immediate 502', () => {
    const sim = aRun(SLOW_APP, [request(0, 0), request(0.5, 1), request(1, 2)], 120);
    expect(sim.request(0)!.outcome).toBeUndefined(); // the worker is still busy with it
    expect(sim.request(1)!.outcome).toBeUndefined(); // it waits in the accept queue
    const third = sim.eventsOf(2);
    const syns = hops(third).filter((e) => e.packet === 'tcp-syn' && e.to === 'app-server');
    expect(syns.every((e) => e.lost)).toBe(true);
    const first = syns[0]!.t;
    expect(syns.slice(1).map((e) => e.t - first)).toEqual(RETRANSMITS.filter((t) => t < PROXY_CONNECT_TIMEOUT_S).map((t) => expect.closeTo(t, 9)));
    expect(hops(third).some((e) => e.packet === 'proxy-request')).toBe(false);
    const timeout = third.find((e) => e.kind === 'timeout')!;
    expect(timeout).toMatchObject({ at: 'nginx', reason: expect.stringMatching(/while connecting to upstream/) });
    expect(timeout.t - first).toBeCloseTo(PROXY_CONNECT_TIMEOUT_S, 9);
    const r = sim.request(2)!;
    expect(r.outcome).toBe('gateway-timeout');
    expect(r.symptom).toBe('504 Gateway Timeout');
    expect(r.end! - r.start).toBeGreaterThan(PROXY_CONNECT_TIMEOUT_S);
    expect(third.some((e) => e.kind === 'refused')).toBe(false);
  });

  it('lets the waiting connection in at the first retransmission after space frees', () => {
    // The first request holds the only worker for a few seconds; there is no accept queue at all.
    const sim = aRun({ seed: 5, appWorkers: 1, appBacklog: 0, appCpuShare: 0, appServiceMs: 8000 }, [request(0, 0), request(0.5, 1)], 120);
    const freed = sim.request(0)!;
    expect(freed.outcome).toBe('ok');
    const waited = sim.eventsOf(1);
    const dropped = hops(waited).filter((e) => e.packet === 'tcp-syn' && e.to === 'app-server');
    const proxied = hops(waited).find((e) => e.packet === 'proxy-request')!;
    expect(dropped.length).toBeGreaterThan(0);
    const sinceFirst = proxied.t - dropped[0]!.t;
    expect(RETRANSMITS).toContainEqual(expect.closeTo(sinceFirst, 9));
    // In at the first retransmission after the worker came free (the response left it one loopback hop before).
    const workerFree = hops(sim.eventsOf(0)).find((e) => e.packet === 'proxy-response')!.t;
    expect(proxied.t).toBeGreaterThanOrEqual(workerFree);
    const earlier = RETRANSMITS.filter((t) => dropped[0]!.t + t >= workerFree);
    expect(sinceFirst).toBeCloseTo(earlier[0]!, 9);
    expect(sim.request(1)!.outcome).toBe('ok');
  });
});

describe('Nginx out of worker_connections', () => {
  const SLOW = { seed: 2, appCpuShare: 0, appServiceMs: 10_000_000, proxyReadTimeoutS: 600 };

  it('a dynamic request holds two connections while it is proxied, a static one (kept alive) one', () => {
    const sim = aRun({ ...SLOW, nginxConnections: 10 }, [request(0, 0), request(0, 1, false)], 5);
    expect(sim.request(1)!.outcome).toBe('ok');
    expect(sim.request(0)!.outcome).toBeUndefined();
    expect(sim.stateAt(5).gauges.nginx.busy).toBe(3);
  });

  it('an idle keep-alive connection is closed after keepalive_timeout, and the gauge shows it then', () => {
    const sim = aRun({ seed: 2 }, [request(0, 0, false)], 60);
    expect(sim.stateAt(60).gauges.nginx.busy).toBe(1);
    sim.advanceTo(100); // no event after the close: the gauge must still move
    expect(sim.stateAt(100).gauges.nginx.busy).toBe(0);
  });

  it('completes the handshake, then resets: ERR_CONNECTION_RESET, not a refused SYN', () => {
    const sim = aRun({ ...SLOW, nginxConnections: 2 }, [request(0, 0), request(1, 1)], 5);
    const events = sim.eventsOf(1);
    const packets = hops(events).map((e) => e.packet);
    expect(packets).toEqual(expect.arrayContaining(['tcp-syn', 'tcp-syn-ack', 'tcp-ack', 'tls-client-hello', 'tcp-rst']));
    expect(hops(events).some((e) => e.refused || e.lost)).toBe(false);
    expect(packets.indexOf('tcp-rst')).toBeGreaterThan(packets.indexOf('tls-client-hello'));
    expect(events.find((e) => e.kind === 'refused')).toMatchObject({ at: 'nginx', reason: expect.stringMatching(/worker_connections are not enough/) });
    const r = sim.request(1)!;
    expect(r.outcome).toBe('reset');
    expect(r.symptom).toBe('ERR_CONNECTION_RESET');
  });

  it('closes an idle keep-alive connection to make room before failing anyone', () => {
    const sim = aRun({ ...SLOW, nginxConnections: 2 }, [request(0, 0, false), request(1, 1)], 5);
    expect(sim.request(0)!.outcome).toBe('ok');
    expect(sim.request(1)!.outcome).toBeUndefined(); // at the application, holding both connections
    expect(sim.stateAt(5).gauges.nginx.busy).toBe(2);
  });

  it('with no connection left for the upstream, Nginx answers 500', () => {
    // Browser 0's dynamic request holds two of three; browser 1 is connected (busy) when it needs a fourth.
    const sim = aRun({ ...SLOW, nginxConnections: 3 }, [request(0, 0), request(1, 1)], 5);
    const r = sim.request(1)!;
    expect(r.outcome).toBe('server-error');
    expect(r.symptom).toBe('500 Internal Server Error');
    expect(sim.eventsOf(1).find((e) => e.kind === 'refused')).toMatchObject({ at: 'nginx', reason: expect.stringMatching(/while connecting to upstream/) });
  });
});
