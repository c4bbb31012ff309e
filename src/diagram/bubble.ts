/**
 * Where the journey's caption bubble goes: near the active link or component, inside the diagram, and
 * off the components the step involves (then off everything else, as far as it can).
 */
import type { ComponentId, LinkId } from '../sim/topology';
import type { SimEvent } from '../sim/types';
import type { Point } from './geometry';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something the bubble should not cover; covering a heavier one costs more. */
export interface Obstacle extends Rect {
  weight: number;
}

/** What a step is about on the diagram: the link its packet travels, or the component it happens at. */
export interface BubbleAnchor {
  link?: LinkId;
  components: ComponentId[];
}

export function bubbleAnchor(e: SimEvent): BubbleAnchor {
  switch (e.kind) {
    case 'hop':
      return { link: e.link, components: [e.from, e.to] };
    case 'cache':
    case 'queued':
    case 'dequeued':
    case 'refused':
    case 'timeout':
      return { components: [e.at] };
    case 'state':
      return { components: [e.component] };
    default:
      return { components: ['browser'] };
  }
}

/** Covering one square pixel of an obstacle of weight 1 costs as much as this many pixels of distance. */
const DISTANCE_COST = 40;
/** Space kept between the bubble and the diagram's edge, px. */
const EDGE_PX = 6;

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The top-left corner for a bubble of `size` near `anchor`, inside `bounds` (both from 0,0), covering
 * as little weighted obstacle area as it can and staying close to the anchor.
 */
export function placeBubble(anchor: Point, size: { width: number; height: number }, bounds: { width: number; height: number }, obstacles: readonly Obstacle[], gap = 16): Point {
  const { width: w, height: h } = size;
  const candidates: Point[] = [];
  for (const d of [gap, gap + 48, gap + 120]) {
    candidates.push(
      { x: anchor.x - w / 2, y: anchor.y + d },
      { x: anchor.x - w / 2, y: anchor.y - d - h },
      { x: anchor.x + d, y: anchor.y - h / 2 },
      { x: anchor.x - d - w, y: anchor.y - h / 2 },
      { x: anchor.x + d, y: anchor.y + d },
      { x: anchor.x - d - w, y: anchor.y + d },
      { x: anchor.x + d, y: anchor.y - d - h },
      { x: anchor.x - d - w, y: anchor.y - d - h },
    );
  }
  let best: Point = { x: EDGE_PX, y: EDGE_PX };
  let bestCost = Infinity;
  for (const c of candidates) {
    const x = Math.min(Math.max(c.x, EDGE_PX), Math.max(EDGE_PX, bounds.width - w - EDGE_PX));
    const y = Math.min(Math.max(c.y, EDGE_PX), Math.max(EDGE_PX, bounds.height - h - EDGE_PX));
    const box = { x, y, width: w, height: h };
    let cost = Math.hypot(x + w / 2 - anchor.x, y + h / 2 - anchor.y) * DISTANCE_COST;
    for (const o of obstacles) cost += overlap(box, o) * o.weight;
    if (cost < bestCost) {
      bestCost = cost;
      best = { x, y };
    }
  }
  return best;
}
