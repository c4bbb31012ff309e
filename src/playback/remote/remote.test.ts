import { describe, expect, it, vi } from 'vitest';
import { TrafficTrack } from '../trafficTrack';
import type { SnapshotContext, TrafficSpec } from '../track';
import { designOf } from '../design';
import { TrafficHost } from './trafficHost';
import { HopDecoder, HopEncoder } from './hopRows';
import type { FromWorker, ToWorker } from './protocol';
import { WorkerLink, trafficVia, type WorkerLike } from './workerLink';
import type { RemoteTrack } from './remoteTrack';

const FRAME_S = 1 / 60;
const SPEC: TrafficSpec = { seed: 7, rps: 50, spof: false, design: null, faults: [], scale: {} };
const local = (spec: TrafficSpec) => new TrafficTrack(spec.seed, spec.rps, spec.spof, 0, spec.design, spec.faults, spec.scale);
const context = (playing: boolean): SnapshotContext => ({ playing, rps: SPEC.rps, speed: 1, previousCaption: '' });

/** A worker and the main thread in one test: messages are cloned as `postMessage` would and delivered by `flush`. */
function connect() {
  const toWorker: ToWorker[] = [];
  const toMain: FromWorker[] = [];
  const later: (() => void)[] = [];
  const host = new TrafficHost((m) => toMain.push(structuredClone(m)), (fn) => later.push(fn));
  const worker: WorkerLike = { postMessage: (m) => toWorker.push(structuredClone(m)), onmessage: null, onerror: null, terminate: vi.fn() };
  const onFail = vi.fn();
  const link = new WorkerLink(worker, onFail);
  /** Runs the worker until it has nothing left to do, then hands its answers over. */
  const flush = () => {
    while (toWorker.length || later.length || toMain.length) {
      for (const m of toWorker.splice(0)) host.receive(m);
      later.shift()?.();
      for (const m of toMain.splice(0)) worker.onmessage!({ data: m } as MessageEvent<FromWorker>);
    }
  };
  return { link, worker, onFail, flush };
}

const seqs = (track: { sprites(speed: number): { event: { seq: number }; progress: number }[] }) => track.sprites(1).map((s) => [s.event.seq, s.progress]);

describe('traffic in a worker', () => {
  it('shows the same time and the same packets, frame by frame, as the model on the main thread', () => {
    const { link, flush } = connect();
    const remote = link.build(SPEC);
    const mirror = local(SPEC);
    for (let frame = 0; frame < 120; frame++) {
      remote.advance(FRAME_S, 1, 16);
      flush();
      mirror.advance(FRAME_S, 1);
      expect(remote.time()).toBeCloseTo(mirror.time(), 9);
      expect(seqs(remote)).toEqual(seqs(mirror));
    }
    expect(seqs(remote).length).toBeGreaterThan(0);
  });

  it('seeks, steps and answers the event table and the waterfall as the main thread would', () => {
    const { link, flush } = connect();
    const remote = link.build(SPEC) as RemoteTrack;
    const changed = vi.fn();
    remote.onChange = changed;
    const mirror = local(SPEC);
    const done = vi.fn();
    remote.seek(90, undefined, { progress: vi.fn(), done });
    expect(done).not.toHaveBeenCalled();
    flush();
    expect(done).toHaveBeenCalledTimes(1);
    mirror.seekTime(90);
    expect(remote.time()).toBe(90);
    expect(seqs(remote)).toEqual(seqs(mirror));

    remote.stepForward();
    flush();
    mirror.stepForward();
    expect(changed).toHaveBeenCalled();
    expect(remote.time()).toBe(mirror.time());

    // The first ask is answered by the next snapshot: the views read it again when it is published.
    remote.snapshot(context(false));
    expect(remote.recentEvents(50)).toEqual([]);
    flush();
    expect(remote.recentEvents(50)).toEqual(mirror.recentEvents(50));
    const id = mirror.recentEvents(50)[0]!.requestId;
    expect(remote.request(id)).toBeUndefined();
    flush();
    expect(remote.request(id)).toEqual(mirror.request(id));
    const view = remote.snapshot(context(false));
    expect(view.metrics).toEqual(mirror.snapshot(context(false)).metrics);
  });

  it('stops a cancelled seek where it was, and a newer seek replaces an older one', () => {
    const { link, flush } = connect();
    const remote = link.build({ ...SPEC, rps: 200 });
    const first = { progress: vi.fn(), done: vi.fn() };
    const job = remote.seek(600, undefined, first)!;
    job.cancel();
    flush();
    expect(first.done).not.toHaveBeenCalled();
    expect(remote.time()).toBe(0);
    const older = { progress: vi.fn(), done: vi.fn() };
    const newer = { progress: vi.fn(), done: vi.fn() };
    remote.seek(300, undefined, older);
    remote.seek(30, undefined, newer);
    flush();
    expect(older.done).not.toHaveBeenCalled();
    expect(newer.done).toHaveBeenCalledTimes(1);
    expect(remote.time()).toBe(30);
  });

  it('ignores what the worker still says about a track rebuilt since', () => {
    const { link, flush } = connect();
    const old = link.build(SPEC);
    old.advance(FRAME_S * 30, 1, 16);
    const fresh = link.build({ ...SPEC, seed: 8 });
    flush();
    expect(old.time()).toBe(0);
    fresh.advance(FRAME_S, 1, 16);
    flush();
    expect(fresh.time()).toBeCloseTo(FRAME_S, 9);
  });

  it('plays a fixed design with its own part names', () => {
    const { link, flush } = connect();
    const spec = { ...SPEC, design: designOf(['lb'], 2) };
    const remote = link.build(spec);
    const mirror = local(spec);
    for (let frame = 0; frame < 60; frame++) {
      remote.advance(FRAME_S, 1, 16);
      flush();
      mirror.advance(FRAME_S, 1);
    }
    expect(remote.sprites(1).map((s) => s.event)).toEqual(mirror.sprites(1).map((s) => s.event));
    expect(remote.sprites(1).some((s) => /-\d$/.test(s.event.from))).toBe(true);
  });

  it('goes on with the model on the main thread when the worker fails', () => {
    const { link, worker, onFail } = connect();
    const factory = trafficVia(link, local);
    worker.onerror!(new Event('error'));
    worker.onerror!(new Event('error'));
    expect(onFail).toHaveBeenCalledTimes(1);
    expect(worker.terminate).toHaveBeenCalled();
    expect(factory(SPEC)).toBeInstanceOf(TrafficTrack);
  });
});

describe('hops as rows of numbers', () => {
  it('come back exactly as they went, names and details sent once', () => {
    const track = local({ ...SPEC, spof: true, rps: 100 });
    track.advance(2, 1);
    const hops = track.sim.events(0, 2).filter((e) => e.kind === 'hop');
    expect(hops.some((e) => e.lost)).toBe(true);
    const encoder = new HopEncoder();
    const decoder = new HopDecoder();
    const half = Math.floor(hops.length / 2);
    const first = encoder.encode(hops.slice(0, half));
    const second = encoder.encode(hops.slice(half));
    expect(second.names.length).toBeLessThan(first.names.length);
    expect([...decoder.decode(structuredClone(first)), ...decoder.decode(structuredClone(second))]).toEqual(hops);
  });
});

describe('a seek in the worker', () => {
  it('goes on while the views ask for a snapshot', () => {
    const { link, flush } = connect();
    const remote = link.build(SPEC);
    const listener = { progress: vi.fn(), done: vi.fn() };
    remote.seek(120, undefined, listener);
    remote.snapshot(context(false));
    remote.recentEvents(20);
    flush();
    expect(listener.done).toHaveBeenCalledTimes(1);
    expect(remote.time()).toBe(120);
  });
});

describe('a replay in the worker', () => {
  it('gives the figures the main thread gives, and a cancelled one says nothing', async () => {
    const { REPLAYS } = await import('../compare/scripts');
    const { replayNow } = await import('../compare/replay');
    const { designs, script } = REPLAYS.lb;
    const { link, flush } = connect();
    const cancelled = { progress: vi.fn(), done: vi.fn() };
    link.replay(designs, script, cancelled).cancel();
    const listener = { progress: vi.fn(), done: vi.fn() };
    link.replay(designs, script, listener);
    // The replay yields between slices as on the main thread: deliver until it is done.
    await vi.waitFor(
      () => {
        flush();
        expect(listener.done).toHaveBeenCalled();
      },
      { timeout: 30_000, interval: 5 },
    );
    expect(cancelled.done).not.toHaveBeenCalled();
    expect(listener.progress).toHaveBeenCalled();
    expect(listener.done).toHaveBeenCalledWith(replayNow(designs, script));
  });
});

describe('the tables of names and details', () => {
  it('stay bounded over a long busy run, and hops still come back exactly', () => {
    const encoder = new HopEncoder();
    const decoder = new HopDecoder();
    const base = local({ ...SPEC, rps: 100 });
    base.advance(1, 1);
    const hop = base.sim.events(0, 1).find((e) => e.kind === 'hop')!;
    // Each hop with a detail of its own, as a busy run's many ports give.
    for (let batch = 0; batch < 50; batch++) {
      const hops = Array.from({ length: 400 }, (_, i) => ({ ...hop, seq: batch * 400 + i, detail: { ...hop.detail, summary: `port ${batch * 400 + i}` } }));
      expect(decoder.decode(structuredClone(encoder.encode(hops)))).toEqual(hops);
      expect(decoder.held).toBeLessThanOrEqual(8192 + 400);
    }
  });
});

describe('what the learner does while a frame is on its way to the worker', () => {
  it('steps from the time shown, not from the frame the worker ran meanwhile', () => {
    const { link, flush } = connect();
    const remote = link.build(SPEC);
    const mirror = local(SPEC);
    remote.advance(0.5, 1, 16);
    flush();
    mirror.advance(0.5, 1);
    // The next frame is sent but not answered when Step back is pressed.
    remote.advance(0.5, 1, 16);
    remote.stepBack();
    flush();
    mirror.stepBack();
    expect(remote.time()).toBe(mirror.time());
    expect(remote.time()).toBeLessThan(0.5);
  });

  it('corrects a maintenance window to where the worker started it', () => {
    const { link, flush } = connect();
    const remote = link.build(SPEC);
    const started = vi.fn();
    remote.onFailStart = started;
    remote.advance(0.5, 1, 16);
    const estimate = remote.failFor('app-restart', 5);
    flush();
    expect(estimate).toBe(0);
    expect(started).toHaveBeenCalledTimes(1);
    expect(started.mock.calls[0]![0]).toBeGreaterThan(0.4);
  });
});

describe('snapshots during Play', () => {
  it('come with the frame after they are asked for, and match the time that frame shows', () => {
    const { link, flush } = connect();
    const remote = link.build(SPEC);
    const mirror = local(SPEC);
    const arrived = vi.fn();
    remote.onSnapshot = arrived;
    remote.advance(0.5, 1, 16);
    flush();
    expect(arrived).not.toHaveBeenCalled();
    remote.prefetch!(context(true));
    remote.advance(0.5, 1, 16);
    flush();
    mirror.advance(1, 1);
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(remote.snapshot(context(true)).metrics).toEqual(mirror.snapshot(context(true)).metrics);
  });
});
