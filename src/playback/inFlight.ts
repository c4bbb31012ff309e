/**
 * Which hops are drawn at the time shown, and where along their link: shared by the traffic track and
 * its mirror beside a model in a worker, so both draw exactly the same packets.
 */
import type { HopEvent } from '../sim/types';
import type { Sprite } from './sprite';

/** Lost packets stay visible this long (wall seconds) as they fade. */
const FADE_WALL_S = 0.8;
/** A hop stays on screen at least this long (wall seconds), so sub-millisecond hops inside the server
 * show at 1× instead of starting and ending between two frames. */
export const MIN_VISIBLE_WALL_S = 0.3;
/** Above this speed the floor is dropped: every hop is fast there, and the packets would pile up. */
const MIN_VISIBLE_MAX_SPEED = 5;
/** At most this many packets are drawn; the rest are counted, not drawn. */
export const MAX_SPRITES = 4000;

/** Keeps in `active` (in place) only the hops still to be drawn at `now` (simulated s) or later, at `speed`. */
export function pruneInFlight(active: HopEvent[], now: number, speed: number): void {
  const fadeSim = FADE_WALL_S * speed;
  const minSim = minVisibleSim(speed);
  let kept = 0;
  for (const e of active) {
    // Drawn until it arrives, or for the minimum time on screen if that is later; a lost one fades after.
    if (Math.max(e.arrive, e.t + minSim) + (e.lost ? fadeSim : 0) >= now) active[kept++] = e;
  }
  active.length = kept;
}

/** The sprites of `active` at `now` at `speed`, after dropping the hops gone for good (see `pruneInFlight`). */
export function spritesAt(active: HopEvent[], now: number, speed: number): Sprite[] {
  pruneInFlight(active, now, speed);
  const fadeSim = FADE_WALL_S * speed;
  const minSim = minVisibleSim(speed);
  const sprites: Sprite[] = [];
  for (const e of active) {
    if (sprites.length >= MAX_SPRITES) break;
    if (e.t > now) continue;
    const shownUntil = Math.max(e.arrive, e.t + minSim);
    const span = shownUntil - e.t;
    const progress = span > 0 ? Math.min((now - e.t) / span, 1) : 1;
    const opacity = e.lost && now > shownUntil ? Math.max(0, 1 - (now - shownUntil) / fadeSim) : 1;
    sprites.push({ event: e, progress, opacity });
  }
  return sprites;
}

const minVisibleSim = (speed: number): number => (speed <= MIN_VISIBLE_MAX_SPEED ? MIN_VISIBLE_WALL_S * speed : 0);
