import { describe, expect, it } from 'vitest';
import { TrafficTrack } from './trafficTrack';
import type { Timeline } from './timeline';

const SEED = 3;
const RPS = 40;
const PLAYED_S = 600;

/** What the views read at `t`: the events of the window a straight run keeps, metrics, series, state. */
function seen(tl: Timeline, t: number): string {
  return JSON.stringify({ events: tl.events(t - tl.config.windowS, t + 1e-9), metrics: tl.metrics(), series: tl.series(), state: tl.stateAt(t) });
}

/** A straight seek from the beginning, as a page opened at `?t=` makes. */
function straightTo(t: number): string {
  const track = new TrafficTrack(SEED, RPS, false, 0);
  track.seekTime(t);
  return seen(track.sim, t);
}

/** Play at 100× in frames of uneven length (the model stops only on its grid whatever they are). */
function played(): TrafficTrack {
  const track = new TrafficTrack(SEED, RPS, false, 0);
  for (let i = 0; track.time() < PLAYED_S; i++) track.advance(Math.min((1 + (i % 7) / 10) / 60, (PLAYED_S - track.time()) / 100), 100, 30);
  return track;
}

describe('Timeline during Play', () => {
  it('plays exactly the run a seek straight there gives', () => {
    const track = played();
    expect(track.time()).toBe(PLAYED_S);
    expect(seen(track.sim, PLAYED_S)).toBe(straightTo(PLAYED_S));
  });

  it('takes checkpoints behind the time shown, so a seek back by 60 s after 10 minutes restores one near it', () => {
    const track = played();
    const tl = track.sim;
    // The frames' spare time may not have sufficed on a slow machine: give the shadow what it lacks.
    for (let i = 0; i < 100_000 && (tl.shadowAt ?? 0) < tl.now - 1; i++) tl.catchUp(3);
    expect(tl.checkpointCount).toBeGreaterThan(1);
    const back = PLAYED_S - 60;
    // From a checkpoint a minute or two back, not the 540 s from the beginning.
    expect(track.behindBy(back)).toBeLessThan(150);
    track.seekTime(back);
    expect(seen(tl, back)).toBe(straightTo(back));
  });
});
