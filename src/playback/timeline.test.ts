import { describe, expect, it } from 'vitest';
import { Timeline } from './timeline';

const DRAWN_S = 5;
const CONFIG = { seed: 5 };

/** A timeline at 40 req/s with a server outage from 100 to 110 s. */
function timeline(fastForward: boolean): Timeline {
  const tl = new Timeline(CONFIG, { drawnS: DRAWN_S, fastForward });
  tl.apply({ t: 0, type: 'rate', rps: 40 });
  tl.schedule({ t: 100, type: 'failure-start', kind: 'server-down' });
  tl.schedule({ t: 110, type: 'failure-end', kind: 'server-down' });
  return tl;
}

/** What a view reads at `t`: the events of the window a straight run keeps, metrics, series, state. */
function seen(tl: Timeline, t: number): string {
  const windowS = tl.config.windowS;
  return JSON.stringify({ events: tl.events(t - windowS, t + 1e-9), metrics: tl.metrics(), series: tl.series(), state: tl.stateAt(t) });
}

/** A straight run: every event recorded from 0, no checkpoint. */
function straightTo(t: number): string {
  const tl = timeline(false);
  expect(tl.seekToward(t, Infinity)).toBe(true);
  return seen(tl, t);
}

describe('Timeline: fast-forward and checkpoints give the straight run', () => {
  it('a long seek fast-forwards, then records only the drawn window, with the same events and metrics', () => {
    const fast = timeline(true);
    expect(fast.costTo(400)).toBe(400);
    expect(fast.seekToward(400, Infinity)).toBe(true);
    expect(fast.now).toBe(400);
    // Nothing kept from the fast-forwarded part.
    expect(fast.events(0, 300)).toEqual([]);
    expect(fast.checkpointCount).toBeGreaterThan(0);
    expect(seen(fast, 400)).toBe(straightTo(400));
  });

  it('a seek back restores a checkpoint and replays to the same run; a seek forward again too', () => {
    const fast = timeline(true);
    fast.seekToward(400, Infinity);
    // Within the retained window: shown at once.
    expect(fast.costTo(398)).toBe(0);
    // Further back: from the nearest checkpoint, not from the start.
    const cost = fast.costTo(340);
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(60);
    fast.seekToward(340, Infinity);
    expect(fast.now).toBe(340);
    expect(seen(fast, 340)).toBe(straightTo(340));
    // Back across the outage (the inputs replay from the timeline), then forward past the first target.
    fast.seekToward(105, Infinity);
    expect(seen(fast, 105)).toBe(straightTo(105));
    fast.seekToward(430, Infinity);
    expect(seen(fast, 430)).toBe(straightTo(430));
  });

  it('a seek run in small slices gives the same run as one run whole', () => {
    const sliced = timeline(true);
    let slices = 0;
    while (!sliced.seekToward(250, 1)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(seen(sliced, 250)).toBe(straightTo(250));
  });

  it('an input after a seek back goes into the timeline: later checkpoints are dropped, not replayed', () => {
    const fast = timeline(true);
    fast.seekToward(400, Infinity);
    fast.seekToward(200, Infinity);
    fast.apply({ t: 200, type: 'rate', rps: 10 });
    fast.seekToward(400, Infinity);
    const straight = timeline(false);
    straight.seekToward(200, Infinity);
    straight.apply({ t: 200, type: 'rate', rps: 10 });
    straight.seekToward(400, Infinity);
    expect(seen(fast, 400)).toBe(seen(straight, 400));
  });

  it('keeps a bounded number of checkpoints over a long run', () => {
    const fast = new Timeline(CONFIG, { drawnS: DRAWN_S });
    fast.apply({ t: 0, type: 'rate', rps: 2 });
    fast.seekToward(7200, Infinity);
    expect(fast.checkpointCount).toBeGreaterThan(4);
    expect(fast.checkpointCount).toBeLessThanOrEqual(16);
  });
});
