import { describe, expect, it } from 'vitest';
import { TrafficTrack } from './trafficTrack';

/** What the views show at the time shown: packets in flight, the event table, the figures. */
function shown(track: TrafficTrack): string {
  return JSON.stringify({
    t: track.time(),
    packets: track.sprites(1).map((s) => [s.event.seq, s.progress]),
    events: track.recentEvents(50),
    metrics: track.sim.metrics(),
  });
}

describe('traffic seeks', () => {
  it('a seek back beyond the kept window shows what a seek straight there shows, from a checkpoint', () => {
    const track = new TrafficTrack(3, 30, false, 0);
    track.seekTime(500);
    expect(track.behindBy(400)).toBeGreaterThan(0);
    expect(track.behindBy(400)).toBeLessThan(100);
    track.seekTime(400);
    const straight = new TrafficTrack(3, 30, false, 0);
    straight.seekTime(400);
    expect(track.sprites(1).length).toBeGreaterThan(0);
    expect(shown(track)).toBe(shown(straight));
  });

  it('a maintenance window scheduled before a seek back ends again when replayed', () => {
    const track = new TrafficTrack(3, 30, false, 0);
    track.seekTime(100);
    track.failFor('server-down', 5);
    track.seekTime(300);
    track.seekTime(102);
    expect(track.sim.stateAt(102).status.server).toBe('down');
    track.seekTime(200);
    expect(track.sim.stateAt(200).status.server).toBe('up');
  });
});
