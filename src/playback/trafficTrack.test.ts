import { describe, expect, it } from 'vitest';
import { TrafficTrack } from './trafficTrack';
import { MIN_VISIBLE_WALL_S } from './inFlight';

const FRAME_S = 1 / 60;

describe('traffic packets', () => {
  it('shows the sub-millisecond hops inside the server at 1×, each for at least its minimum time', () => {
    const track = new TrafficTrack(1, 20, false, 0);
    const seen = new Map<number, number>();
    const packets = new Set<string>();
    for (let frame = 0; frame < 5 * 60; frame++) {
      track.advance(FRAME_S, 1);
      for (const s of track.sprites(1)) {
        packets.add(s.event.packet);
        // Hops that began too late to finish their time on screen before the run ends are not counted.
        if (s.event.packet === 'sql-query' && s.event.t < 5 - MIN_VISIBLE_WALL_S) seen.set(s.event.seq, (seen.get(s.event.seq) ?? 0) + 1);
      }
    }
    for (const packet of ['proxy-request', 'file-read', 'sql-query', 'sql-result', 'proxy-response']) expect(packets).toContain(packet);
    expect(seen.size).toBeGreaterThan(10);
    const frames = [...seen.values()];
    expect(Math.min(...frames)).toBeGreaterThanOrEqual(Math.floor(MIN_VISIBLE_WALL_S / FRAME_S) - 1);
  });
});
