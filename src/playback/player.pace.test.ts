import { afterEach, describe, expect, it, vi } from 'vitest';
import { Player } from './player';
import type { PlaybackSink, PlaybackState } from './sink';
import { EMPTY_LIVE, NO_HIGHLIGHT } from './snapshot';
import { Timeline } from './timeline';

const FRAME_MS = 1000 / 60;

/**
 * A fake clock: running the model costs `msPerSimS` of it per simulated second, so the model is as
 * slow as we say, and animation frames come every 1/60 s of it at most.
 */
async function playWithFakeClock(speed: number, msPerSimS: number, frames: number): Promise<PlaybackState & { live: typeof EMPTY_LIVE }> {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const advanceTo = Timeline.prototype.advanceTo;
  vi.spyOn(Timeline.prototype, 'advanceTo').mockImplementation(function (this: Timeline, t: number) {
    clock += Math.max(0, t - this.now) * msPerSimS;
    advanceTo.call(this, t);
  });
  const queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
  const state = {
    mode: 'traffic' as const, seed: 1, rps: 50, spof: false,
  faults: [], deploys: [], fixes: [], servers: null,
  workers: null,
  cores: null,
  balance: 'roundrobin' as const, playing: false, speed,
    motionReduce: false, systemReducedMotion: false, inspected: null, chapterPause: null, seeking: null,
    live: EMPTY_LIVE, highlight: NO_HIGHLIGHT,
  };
  const sink: PlaybackSink = { read: () => state, write: (patch) => Object.assign(state, patch), publish: (s) => Object.assign(state, s) };
  const player = new Player(sink);
  player.rebuild();
  player.setDrawFn(() => {});
  player.play();
  let ts = 0;
  for (let i = 0; i < frames && queued.length; i++) {
    // The next frame comes 1/60 s after the last one, or once the last one's work is done.
    ts = Math.max(ts + FRAME_MS, clock);
    clock = ts;
    queued.shift()!(ts);
  }
  // Still playing: the speed reached is said only during play. Play's snapshots go out after the frame.
  await vi.waitFor(() => expect(state.live.simTime).toBeGreaterThan(0));
  return state;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the speed reached', () => {
  it('is published when the model cannot keep up with the chosen speed', async () => {
    // 50 ms per simulated second, and a frame gives the model half its time: about 10× at most.
    const state = await playWithFakeClock(100, 50, 180);
    expect(state.live.runningAt).not.toBeNull();
    expect(state.live.runningAt!).toBeGreaterThan(3);
    expect(state.live.runningAt!).toBeLessThan(12);
  });

  it('is not published while the model keeps up', async () => {
    const state = await playWithFakeClock(1, 50, 180);
    expect(state.live.runningAt).toBeNull();
    expect(state.live.simTime).toBeGreaterThan(2.5);
  });
});
