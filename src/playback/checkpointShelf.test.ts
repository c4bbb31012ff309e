import { describe, expect, it } from 'vitest';
import { MAX_BYTES } from './checkpointShelf';
import { Timeline } from './timeline';

describe('the checkpoint shelf', () => {
  it('holds no more bytes than its bound, however many checkpoints a long seek takes', () => {
    const timeline = new Timeline({ seed: 5 }, { drawnS: 5 });
    timeline.apply({ t: 0, type: 'rate', rps: 100 });
    // Every 30 s of the last 150 before the target, and some sparse ones: more than the bound holds at 100 req/s.
    expect(timeline.seekToward(900, Infinity)).toBe(true);
    const { checkpoints, checkpointBytes } = timeline.retained();
    expect(checkpoints).toBeGreaterThanOrEqual(2);
    expect(checkpointBytes).toBeLessThanOrEqual(MAX_BYTES);
    // A checkpoint at 100 req/s holds about 4,500 objects and 2.5 MB of gauge rows: 3 to 8 MB.
    expect(checkpointBytes / checkpoints).toBeGreaterThan(3e6);
    expect(checkpointBytes / checkpoints).toBeLessThan(8e6);
  });
});
