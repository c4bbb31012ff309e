/**
 * One request's journey as a list of steps for the teaching clock. The model decides what happens and
 * when; this only decides how long each step stays on screen, so fast hops inside the server can be
 * followed by eye. The stretch is shown to the learner (see `TEACHING_STRETCH`).
 */
import type { SimEvent } from '../sim/types';

/** On screen, a network hop lasts this many times its simulated duration (at speed 1). */
export const TEACHING_STRETCH = 60;
/** A hop stays on screen at least this long, so sub-millisecond hops inside the server are visible. */
export const MIN_HOP_WALL_S = 0.7;
export const MAX_HOP_WALL_S = 2.4;
/** A moment without a packet (a cache check, a queue, the end) pauses the clock this long. */
export const PAUSE_WALL_S = 0.6;

const STEP_KINDS = new Set<SimEvent['kind']>(['hop', 'cache', 'queued', 'refused', 'timeout', 'request-start', 'request-end', 'state']);

/** The events a journey steps through, in model order. */
export function journeySteps(events: readonly SimEvent[]): SimEvent[] {
  return events.filter((e) => STEP_KINDS.has(e.kind) && !(e.kind === 'state' && e.t === 0));
}

/** How long a step lasts on screen, in wall seconds, at `speed`. */
export function stepWallSeconds(event: SimEvent, speed: number): number {
  const base =
    event.kind === 'hop'
      ? Math.min(Math.max((event.arrive - event.t) * TEACHING_STRETCH, MIN_HOP_WALL_S), MAX_HOP_WALL_S)
      : event.kind === 'request-end'
        ? PAUSE_WALL_S * 2
        : PAUSE_WALL_S;
  return base / Math.max(speed, 0.01);
}

/** Simulated time shown at a step and its progress (0..1). */
export function stepSimTime(event: SimEvent, progress: number): number {
  if (event.kind !== 'hop') return event.t;
  return event.t + (event.arrive - event.t) * progress;
}

/** Index of the first step at or after simulated time `t` (for `?t=` and the walkthrough). */
export function stepAtTime(steps: readonly SimEvent[], t: number): number {
  const i = steps.findIndex((e) => e.t >= t);
  return i < 0 ? Math.max(steps.length - 1, 0) : i;
}

