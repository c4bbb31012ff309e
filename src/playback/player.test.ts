import { describe, expect, it } from 'vitest';
import { Player } from './player';
import type { PlaybackSink, PlaybackSnapshot, PlaybackState } from './sink';
import { EMPTY_LIVE, NO_HIGHLIGHT } from './snapshot';
import type { HopEvent, SimEvent } from '../sim/types';

const DEFAULTS: PlaybackState = {
  mode: 'journey',
  seed: 1,
  rps: 20,
  spof: false,
  faults: [],
  deploys: [],
  fixes: [],
  servers: null,
  workers: null,
  cores: null,
  balance: 'roundrobin',
  playing: false,
  speed: 1,
  motionReduce: false,
  systemReducedMotion: false,
  inspected: null,
  chapterPause: null,
  seeking: null,
};

/** What the last player made by `fresh` has written and published. */
let state: PlaybackState & Required<PlaybackSnapshot>;

function fresh(overrides: Partial<PlaybackState> = {}) {
  const own = { ...DEFAULTS, ...overrides, live: EMPTY_LIVE, highlight: NO_HIGHLIGHT };
  state = own;
  const sink: PlaybackSink = {
    read: () => own,
    write: (patch) => Object.assign(own, patch),
    publish: (snapshot) => Object.assign(own, snapshot),
  };
  return new Player(sink);
}

describe('journey playback', () => {
  it('steps through a cold then a warm request, from the browser to MySQL and back', () => {
    const p = fresh();
    const steps = p.journeyEvents();
    const hops = steps.filter((e): e is HopEvent => e.kind === 'hop');
    expect(hops[0]).toMatchObject({ from: 'browser', to: 'resolver', packet: 'dns-query' });
    for (const packet of ['tcp-syn', 'tls-client-hello', 'http-request', 'proxy-request', 'sql-query', 'http-response'] as const) {
      expect(hops.some((h) => h.packet === packet)).toBe(true);
    }
    const ends = steps.filter((e) => e.kind === 'request-end');
    expect(ends).toHaveLength(2);
    // The warm request skips DNS, TCP and TLS.
    const warmId = ends[1]!.requestId;
    const warmHops = hops.filter((h) => h.requestId === warmId).map((h) => h.packet);
    expect(warmHops).not.toContain('dns-query');
    expect(warmHops).not.toContain('tcp-syn');
    expect(warmHops).not.toContain('tls-client-hello');
  });

  it('moves one event at a time with Step forward and Step back, and narrates each', () => {
    const p = fresh();
    p.stepForward();
    const first = state.live;
    p.stepForward();
    p.stepForward();
    const third = state.live;
    expect(third.stepIndex).toBeGreaterThan(first.stepIndex);
    expect(third.caption).not.toBe(first.caption);
    p.stepBack();
    expect(state.live.stepIndex).toBe(third.stepIndex - 1);
    expect(state.playing).toBe(false);
  });

  it('ends the journey with ERR_CONNECTION_TIMED_OUT when the server is down, while DNS still answers', () => {
    const p = fresh({ spof: true });
    const steps = p.journeyEvents();
    expect(steps.some((e) => e.kind === 'hop' && e.packet === 'dns-response' && e.to === 'browser')).toBe(true);
    expect(steps.some((e) => e.kind === 'hop' && e.packet === 'tcp-syn' && e.lost)).toBe(true);
    const end = steps.find((e) => e.kind === 'request-end');
    expect(end).toMatchObject({ outcome: 'timeout', symptom: expect.stringContaining('ERR_CONNECTION_TIMED_OUT') });
  });

  it('shows a deploy as the journey’s first request failing, then a later one succeeding', () => {
    const p = fresh();
    p.deploy('nginx-restart');
    const ends = p.journeyEvents().filter((e): e is Extract<SimEvent, { kind: 'request-end' }> => e.kind === 'request-end');
    expect(ends[0]!.outcome).toBe('refused');
    expect(ends[1]!.outcome).toBe('ok');
  });

  it('keeps the live model in step with the step shown (one request in flight, not one per redraw)', () => {
    const p = fresh();
    for (let i = 0; i < 20; i++) p.stepForward();
    expect(state.live.metrics!.inFlight).toBe(1);
    // One request: its browser connection, plus the upstream one while Nginx proxies it.
    expect(state.live.metrics!.gauges.nginx.busy).toBeLessThanOrEqual(2);
  });
});

describe('traffic playback', () => {
  it('seeks forward through the model and shows what the window holds', () => {
    const p = fresh({ mode: 'traffic', rps: 50 });
    p.seekTime(10);
    const m = state.live.metrics!;
    expect(state.live.simTime).toBe(10);
    expect(m.completed).toBeGreaterThan(300);
    expect(m.availability).toBe(1);
  });

  it('turns the single point of failure on and off in the running model', () => {
    const p = fresh({ mode: 'traffic', rps: 50 });
    p.seekTime(5);
    p.setSpof(true);
    p.seekTime(25);
    const down = state.live.metrics!;
    expect(down.failed.timeout).toBeGreaterThan(0);
    expect(down.availability).toBeLessThan(1);
    // Newer requests are all still waiting; the browser window shows the last one that ended.
    expect(state.live.lastRequest?.symptom).toContain('ERR_CONNECTION_TIMED_OUT');
    p.setSpof(false);
    const served = down.completed;
    p.seekTime(35);
    expect(state.live.metrics!.completed).toBeGreaterThan(served);
  });

  it('ends a deploy window by itself', () => {
    const p = fresh({ mode: 'traffic', rps: 80 });
    p.seekTime(3);
    p.deploy('app-restart');
    p.seekTime(12);
    const m = state.live.metrics!;
    expect(m.failed['bad-gateway']).toBeGreaterThan(0);
    expect(state.live.status['app-server']).toBe('up');
  });

  it('loses nothing with a graceful reload', () => {
    const p = fresh({ mode: 'traffic', rps: 80 });
    p.seekTime(3);
    p.deploy('nginx-reload');
    p.seekTime(12);
    const m = state.live.metrics!;
    expect(m.failed.refused + m.failed['bad-gateway'] + m.failed.timeout + m.failed['gateway-timeout']).toBe(0);
  });
});

describe('a long seek', () => {
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => (state.seeking === null ? resolve() : setTimeout(check, 5));
      check();
    });

  it('runs in slices with progress, then shows the same figures as a seek done at once', async () => {
    const sliced = fresh({ mode: 'traffic', rps: 100, seed: 4 });
    sliced.seekTime(40);
    const first = state.seeking;
    expect(first).toMatchObject({ from: 0, at: 0, target: 40 });
    // Nothing moved yet: the slices run after this task.
    expect(state.live.simTime).toBe(0);
    await settled();
    const viaSlices = state.live;
    expect(viaSlices.simTime).toBe(40);

    // The same model run all at once (a short seek at a time, below the slicing threshold).
    const direct = fresh({ mode: 'traffic', rps: 100, seed: 4 });
    for (let t = 10; t <= 40; t += 10) direct.seekTime(t);
    expect(state.seeking).toBeNull();
    expect(state.live.metrics).toEqual(viaSlices.metrics);
  });

  it('is superseded by a new seek and stops on Cancel, leaving the time shown where it was', async () => {
    const p = fresh({ mode: 'traffic', rps: 100 });
    p.seekTime(5);
    p.seekTime(300);
    p.seekTime(60);
    expect(state.seeking?.target).toBe(60);
    await settled();
    expect(state.live.simTime).toBe(60);

    p.seekTime(900);
    expect(state.seeking?.target).toBe(900);
    p.cancelSeek();
    expect(state.seeking).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(state.live.simTime).toBe(60);
  });
});
