import { describe, expect, it } from 'vitest';
import type { HopEvent, PacketKind, SimEvent } from '../sim/types';
import {
  MAX_HOP_WALL_S,
  MIN_HOLD_WALL_S, PAINT_MARGIN_WALL_S,
  MIN_HOP_WALL_S,
  holdSeconds,
  journeySteps,
  stepAtTime,
  stepWallSeconds,
  travelSeconds,
} from './journey';
import { JourneyTrack } from './journeyTrack';
import { chapterEnds, chaptersOf } from './chapters';

const aHop = (ms: number, packet: PacketKind = 'http-request') => ({ kind: 'hop', t: 0, arrive: ms / 1000, packet }) as HopEvent;
const anEvent = (kind: SimEvent['kind'], extra: object = {}) => ({ kind, t: 0, ...extra }) as SimEvent;
const chars = (n: number) => 'x'.repeat(n);

describe('hold time', () => {
  it('gives a caption its reading time at 15 characters a second, never under 2 s at 1×', () => {
    expect(holdSeconds(chars(10), 1)).toBe(MIN_HOLD_WALL_S + PAINT_MARGIN_WALL_S);
    expect(holdSeconds(chars(30), 1)).toBe(2 + PAINT_MARGIN_WALL_S);
    expect(holdSeconds(chars(137), 1)).toBeCloseTo(137 / 15 + PAINT_MARGIN_WALL_S);
  });

  it('scales with the speed setting', () => {
    expect(holdSeconds(chars(150), 2)).toBeCloseTo((10 + PAINT_MARGIN_WALL_S) / 2);
    expect(holdSeconds(chars(10), 0.5)).toBeCloseTo((2 + PAINT_MARGIN_WALL_S) * 2);
    expect(holdSeconds(chars(10), 4)).toBeCloseTo((2 + PAINT_MARGIN_WALL_S) / 4);
  });

  it('lasts the longer of the packet’s trip and the caption’s reading time', () => {
    // A slow hop with a short caption: the trip decides.
    expect(stepWallSeconds(aHop(5000), chars(5), 1)).toBe(MAX_HOP_WALL_S);
    // A sub-millisecond hop with a long caption: the caption decides.
    expect(stepWallSeconds(aHop(0.05), chars(120), 1)).toBeCloseTo(8 + PAINT_MARGIN_WALL_S);
    // Without a caption, only the trip (with its floor).
    expect(stepWallSeconds(aHop(0.05), '', 1)).toBe(MIN_HOP_WALL_S);
  });

  it('stretches hops, with a floor for sub-millisecond hops and a ceiling for long ones', () => {
    expect(travelSeconds(aHop(0.05), 1)).toBe(MIN_HOP_WALL_S);
    expect(travelSeconds(aHop(20), 1)).toBeCloseTo(1.2);
    expect(travelSeconds(aHop(5000), 1)).toBe(MAX_HOP_WALL_S);
    expect(travelSeconds(aHop(20), 2)).toBeCloseTo(0.6);
    expect(travelSeconds(anEvent('cache'), 1)).toBe(0);
  });
});

describe('steps', () => {
  it('finds the step at a time and skips the initial state events', () => {
    const events = [
      { kind: 'state', t: 0 },
      { kind: 'request-start', t: 0 },
      { kind: 'hop', t: 0.01, arrive: 0.02 },
      { kind: 'hop', t: 0.05, arrive: 0.06 },
    ] as SimEvent[];
    const steps = journeySteps(events);
    expect(steps).toHaveLength(3);
    expect(stepAtTime(steps, 0.04)).toBe(2);
    expect(stepAtTime(steps, 99)).toBe(2);
  });
});

describe('chapters', () => {
  const steps: SimEvent[] = [
    anEvent('request-start'),
    anEvent('cache', { layer: 'browser', hit: false }),
    aHop(5, 'dns-query'),
    aHop(5, 'dns-response'),
    aHop(5, 'tcp-syn'),
    aHop(5, 'tcp-ack'),
    aHop(5, 'tls-client-hello'),
    aHop(5, 'http-request'),
    aHop(5, 'proxy-request'),
    aHop(5, 'sql-query'),
    aHop(5, 'proxy-response'),
    aHop(5, 'http-response'),
    anEvent('request-end'),
    anEvent('request-start'),
    anEvent('cache', { layer: 'browser', hit: true }),
    aHop(5, 'http-request'),
    aHop(5, 'http-response'),
    anEvent('request-end'),
  ];

  it('gives a request’s start the chapter it opens and its end the response', () => {
    const c = chaptersOf(steps);
    expect(c[0]).toBe('dns');
    expect(c[12]).toBe('response');
    expect(c[13]).toBe('dns');
    expect(c.at(-1)).toBe('response');
  });

  it('ends a chapter where the next step starts another, and after each request but the last step', () => {
    expect([...chapterEnds(steps)]).toEqual([3, 5, 6, 7, 10, 12, 14, 15]);
  });

  it('keeps a step that looks back (an ACK during the response) in the chapter it happens in', () => {
    const c = chaptersOf([aHop(5, 'http-request'), aHop(5, 'http-response'), aHop(5, 'tcp-ack'), aHop(5, 'http-response')]);
    expect(c).toEqual(['request', 'response', 'response', 'response']);
  });

  it('holds a trailing step without a chapter in the one before', () => {
    const c = chaptersOf([aHop(5, 'sql-query'), anEvent('state')]);
    expect(c).toEqual(['application', 'application']);
  });
});

describe('the journey on the teaching clock', () => {
  const FRAME_S = 1 / 60;

  /** Play the whole journey at `speed` (slow enough to stop at chapters), continuing at every chapter end; wall seconds each step was shown. */
  function play(track: JourneyTrack, speed: number) {
    const shown = new Array<number>(track.steps.length).fill(0);
    const pauses: number[] = [];
    for (let guard = 0; guard < 1e6; guard++) {
      const at = track.index;
      const { ended, chapterPause } = track.advance(FRAME_S, speed);
      shown[at] = (shown[at] ?? 0) + FRAME_S;
      if (chapterPause) pauses.push(track.index);
      if (ended) break;
    }
    return { shown, pauses };
  }

  it('shows every caption at 1× for at least 2 s and its reading time', () => {
    const track = new JourneyTrack(1, false, null, 0);
    const { shown } = play(track, 1);
    track.captions.forEach((caption, i) => {
      if (!caption) return;
      // Each frame is counted whole for the step it began in, so a step may be short by up to one frame here.
      expect(shown[i], `step ${i}: ${caption}`).toBeGreaterThanOrEqual(holdSeconds(caption, 1) - FRAME_S - 1e-9);
      expect(shown[i]).toBeGreaterThanOrEqual(2 - FRAME_S);
    });
  });

  it('stops after each chapter, and the warm request waits for the learner', () => {
    const track = new JourneyTrack(1, false, null, 0);
    const { pauses } = play(track, 1);
    const named = pauses.map((i) => track.chapters[i]);
    expect(named.slice(0, 6)).toEqual(['dns', 'connect', 'tls', 'request', 'application', 'response']);
    const coldEnd = track.steps.findIndex((e) => e.kind === 'request-end');
    expect(pauses).toContain(coldEnd);
  });

  it('moves its packet across first, then holds it while the caption is read', () => {
    const track = new JourneyTrack(1, false, null, 0);
    const i = track.steps.findIndex((e) => e.kind === 'hop' && e.packet === 'sql-query');
    track.seekStep(i);
    track.progress = 0.5;
    expect(track.packetProgress()).toBe(1);
    track.progress = 0.05;
    expect(track.packetProgress()).toBeGreaterThan(0);
    expect(track.packetProgress()).toBeLessThan(1);
  });
});
