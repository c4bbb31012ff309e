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

/**
 * The sprites of `active` at `now` (simulated s) at `speed`; `active` keeps only the hops still to be
 * drawn now or later (it is filtered in place).
 */
export function spritesAt(active: HopEvent[], now: number, speed: number): Sprite[] {
  const fadeSim = FADE_WALL_S * speed;
  const minSim = speed <= MIN_VISIBLE_MAX_SPEED ? MIN_VISIBLE_WALL_S * speed : 0;
  const sprites: Sprite[] = [];
  let kept = 0;
  for (const e of active) {
    // Drawn until it arrives, or for the minimum time on screen if that is later.
    const shownUntil = Math.max(e.arrive, e.t + minSim);
    if (shownUntil + (e.lost ? fadeSim : 0) < now) continue;
    active[kept++] = e;
    if (sprites.length >= MAX_SPRITES || e.t > now) continue;
    const span = shownUntil - e.t;
    const progress = span > 0 ? Math.min((now - e.t) / span, 1) : 1;
    const opacity = e.lost && now > shownUntil ? Math.max(0, 1 - (now - shownUntil) / fadeSim) : 1;
    sprites.push({ event: e, progress, opacity });
  }
  active.length = kept;
  return sprites;
}
