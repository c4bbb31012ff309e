import { describe, expect, it } from 'vitest';
import type { HopEvent } from '../sim/types';
import { DrawnPackets } from './drawPackets';
import { packetLabel, packetShape } from './packets';

function aHop(over: Partial<HopEvent> = {}): HopEvent {
  return {
    seq: 1,
    t: 0,
    requestId: 0,
    kind: 'hop',
    from: 'browser',
    to: 'nginx',
    link: 'browser-nginx',
    arrive: 0.02,
    packet: 'http-request',
    direction: 'request',
    detail: { protocol: 'HTTP', summary: 'GET / HTTP/1.1', fields: [] },
    ...over,
  };
}

describe('packet looks', () => {
  it('tells requests, responses, refusals and losses apart by shape', () => {
    expect(packetShape(aHop(), false)).toBe('request');
    expect(packetShape(aHop({ direction: 'response', packet: 'http-response' }), false)).toBe('response');
    expect(packetShape(aHop({ packet: 'tcp-rst', direction: 'response' }), false)).toBe('refused');
    expect(packetShape(aHop({ packet: 'tcp-syn', refused: true }), false)).toBe('refused');
    expect(packetShape(aHop({ packet: 'tcp-syn', lost: true }), false)).toBe('request');
    expect(packetShape(aHop({ packet: 'tcp-syn', lost: true }), true)).toBe('lost');
  });

  it('labels a response with its status code and a lost packet as lost', () => {
    expect(packetLabel(aHop({ packet: 'http-response', direction: 'response', detail: { protocol: 'HTTP', summary: 'HTTP/1.1 502 Bad Gateway', fields: [] } }))).toBe('502');
    expect(packetLabel(aHop({ packet: 'tcp-syn', lost: true }))).toBe('SYN (lost)');
    expect(packetLabel(aHop())).toBe('GET');
  });
});

describe('packet hit-testing', () => {
  it('finds the nearest packet within the radius, and none outside it', () => {
    const drawn = new DrawnPackets();
    drawn.reset(3);
    const sprites = [0, 1, 2].map((i) => ({ event: aHop({ seq: i }), progress: 0, opacity: 1 }));
    [
      [10, 10],
      [40, 10],
      [44, 12],
    ].forEach(([x, y], i) => {
      drawn.xs[i] = x!;
      drawn.ys[i] = y!;
      drawn.sprites.push(sprites[i]!);
      drawn.count++;
    });
    expect(drawn.nearest(43, 12, 14)?.event.seq).toBe(2);
    expect(drawn.nearest(12, 9, 14)?.event.seq).toBe(0);
    expect(drawn.nearest(200, 200, 14)).toBeNull();
  });

  it('grows its buffers for many packets', () => {
    const drawn = new DrawnPackets();
    drawn.reset(5000);
    expect(drawn.xs.length).toBeGreaterThanOrEqual(5000);
    expect(drawn.count).toBe(0);
  });
});

describe('packet direction on any diagram', () => {
  it('finds a link’s source from its id exactly as the one-server topology names it', async () => {
    const { LINKS } = await import('../sim/topology');
    const { leavesSource } = await import('./packets');
    for (const l of LINKS) {
      expect(leavesSource(l.source, l.id), l.id).toBe(true);
      expect(leavesSource(l.target, l.id), l.id).toBe(false);
    }
    expect(leavesSource('app-server-2', 'app-server-2-app-files-2')).toBe(true);
    expect(leavesSource('app-files-2', 'app-server-2-app-files-2')).toBe(false);
    expect(leavesSource('nginx-1', 'lb-nginx-1')).toBe(false);
  });

  it('skips a link the diagram does not draw instead of throwing', async () => {
    const { packetPosition } = await import('./packets');
    const { makePolyline } = await import('./geometry');
    const routes = { 'lb-nginx-1': makePolyline([{ x: 0, y: 0 }, { x: 10, y: 0 }]) };
    expect(packetPosition(routes, { from: 'nginx-1', link: 'lb-nginx-1' } as never, 0.25)).toEqual({ x: 7.5, y: 0 });
    expect(packetPosition(routes, { from: 'resolver', link: 'resolver-root' } as never, 0.5)).toBeNull();
  });
});
