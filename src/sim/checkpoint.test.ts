import { describe, expect, it } from 'vitest';
import { plainCopies, resumeFrom, setRecording, takeCheckpoint } from './checkpoint';
import { deepClone } from './deepClone';
import { createSimulation } from './simulation';
import type { Simulation } from './simulation.types';

const started = (): Simulation => {
  const sim = createSimulation({ seed: 11 });
  sim.apply({ t: 0, type: 'rate', rps: 40 });
  return sim;
};
/** Everything a view reads, as text (event sequence numbers included). */
const seen = (sim: Simulation, from: number, to: number): string =>
  JSON.stringify({ events: sim.events(from, to), metrics: sim.metrics(), series: sim.series(), state: sim.stateAt(to) });

describe('checkpoints', () => {
  it('a run resumed from a checkpoint goes on exactly as the original', () => {
    const straight = started();
    straight.advanceTo(30);
    const cp = takeCheckpoint(straight);
    straight.apply({ t: 35, type: 'failure-start', kind: 'server-down' });
    straight.advanceTo(80);
    const resumed = resumeFrom(cp);
    setRecording(resumed, true);
    resumed.apply({ t: 35, type: 'failure-start', kind: 'server-down' });
    resumed.advanceTo(80);
    expect(resumed.now).toBe(80);
    expect(seen(resumed, 30.001, 80)).toBe(seen(straight, 30.001, 80));
  });

  it('restoring leaves the checkpoint as it was: a second restore gives the same run', () => {
    const sim = started();
    sim.advanceTo(20);
    const cp = takeCheckpoint(sim);
    const first = resumeFrom(cp);
    setRecording(first, true);
    first.advanceTo(50);
    const second = resumeFrom(cp);
    setRecording(second, true);
    second.advanceTo(50);
    expect(seen(second, 20.001, 50)).toBe(seen(first, 20.001, 50));
  });

  it('fast-forwarding keeps no events but the same sequence numbers and metrics', () => {
    const straight = started();
    straight.advanceTo(60);
    const fast = started();
    setRecording(fast, false);
    fast.advanceTo(25);
    expect(fast.events(0, 25)).toEqual([]);
    setRecording(fast, true);
    fast.advanceTo(60);
    expect(fast.events(25.001, 60).length).toBeGreaterThan(1000);
    expect(seen(fast, 25.001, 60)).toBe(seen(straight, 25.001, 60));
  });
});

describe('deepClone', () => {
  class Box {
    constructor(public inner: { n: number }) {}
    get twice(): number {
      return this.inner.n * 2;
    }
  }

  it('keeps identity, prototypes and typed arrays that share a buffer', () => {
    const shared = { n: 3 };
    const floats = new Float64Array(2);
    const root = { a: new Box(shared), b: shared, floats, ints: new Int32Array(floats.buffer), list: [shared], map: new Map([[1, shared]]) };
    const copy = deepClone(root);
    expect(copy.a).toBeInstanceOf(Box);
    expect(copy.a.twice).toBe(6);
    expect(copy.b).toBe(copy.a.inner);
    expect(copy.b).not.toBe(shared);
    expect(copy.list[0]).toBe(copy.b);
    expect(copy.map.get(1)).toBe(copy.b);
    copy.ints[0] = 7;
    expect(copy.floats[0]).not.toBe(0);
    expect(floats[0]).toBe(0);
  });

  it('shares frozen objects and refuses functions', () => {
    const config = Object.freeze({ seed: 1 });
    expect(deepClone({ config }).config).toBe(config);
    expect(() => deepClone({ f: () => 1 })).toThrow(/function/);
  });
});

describe('copies keep the engine fast', () => {
  it('makes every part of a running model with its own constructor (a part added later needs a blank in checkpoint.ts)', () => {
    const sim = started();
    sim.apply({ t: 5, type: 'failure-start', kind: 'app-restart' });
    sim.advanceTo(40);
    expect(plainCopies(sim)).toBe(0);
  });
});
