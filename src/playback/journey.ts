/**
 * One request's journey as a list of steps for the teaching clock. The model decides what happens and
 * when; this only decides how long each step stays on screen: long enough to read its caption, and long
 * enough for a packet inside the server to be followed by eye. The stretch is shown to the learner (see
 * `TEACHING_STRETCH`).
 */
import type { SimEvent } from '../sim/types';

/** On screen, a network hop lasts this many times its simulated duration (at speed 1). */
export const TEACHING_STRETCH = 60;
/** A packet takes at least this long to cross its link, so sub-millisecond hops inside the server are visible. */
export const MIN_HOP_WALL_S = 0.7;
export const MAX_HOP_WALL_S = 2.4;
/** A moment without a packet (a cache check, a queue, the end) lasts at least this long. */
export const PAUSE_WALL_S = 0.6;
/** Reading pace for captions at speed 1: an unhurried reading speed for a learner (about 180 words a minute). */
export const READING_CHARS_PER_S = 15;
/** No caption is on screen for less than this at speed 1, however short. */
export const MIN_HOLD_WALL_S = 2;
/**
 * Added to every hold: the caption reaches the screen up to a few frames after its step starts, so the
 * time a learner actually sees it must not fall short of the promise above.
 */
export const PAINT_MARGIN_WALL_S = 0.25;
/** At this speed or slower the journey stops at the end of each chapter until the learner continues. */
export const AUTO_PAUSE_MAX_SPEED = 2;

const STEP_KINDS = new Set<SimEvent['kind']>(['hop', 'cache', 'queued', 'refused', 'timeout', 'request-start', 'request-end', 'state']);

/** The events a journey steps through, in model order. */
export function journeySteps(events: readonly SimEvent[]): SimEvent[] {
  return events.filter((e) => STEP_KINDS.has(e.kind) && !(e.kind === 'state' && e.t === 0));
}

/** How long a caption stays on screen, in wall seconds, at `speed`: its reading time, never under 2 s at 1×. */
export function holdSeconds(caption: string, speed: number): number {
  return (Math.max(MIN_HOLD_WALL_S, caption.length / READING_CHARS_PER_S) + PAINT_MARGIN_WALL_S) / Math.max(speed, 0.01);
}

/** How long the step's packet takes to cross its link (wall seconds at `speed`); 0 for a step without one. */
export function travelSeconds(event: SimEvent, speed: number): number {
  if (event.kind !== 'hop') return 0;
  return Math.min(Math.max((event.arrive - event.t) * TEACHING_STRETCH, MIN_HOP_WALL_S), MAX_HOP_WALL_S) / Math.max(speed, 0.01);
}

/**
 * How long a step lasts on screen, in wall seconds, at `speed`: the packet's trip or the caption's
 * reading time, whichever is longer. A step without a caption of its own only lasts its trip (or a short pause).
 */
export function stepWallSeconds(event: SimEvent, caption: string, speed: number): number {
  const trip = event.kind === 'hop' ? travelSeconds(event, speed) : PAUSE_WALL_S / Math.max(speed, 0.01);
  return caption ? Math.max(trip, holdSeconds(caption, speed)) : trip;
}

/** Simulated time shown at a step and its packet's progress along the link (0..1). */
export function stepSimTime(event: SimEvent, progress: number): number {
  if (event.kind !== 'hop') return event.t;
  return event.t + (event.arrive - event.t) * progress;
}

/** Index of the first step at or after simulated time `t` (for `?t=` and the walkthrough). */
export function stepAtTime(steps: readonly SimEvent[], t: number): number {
  const i = steps.findIndex((e) => e.t >= t);
  return i < 0 ? Math.max(steps.length - 1, 0) : i;
}
