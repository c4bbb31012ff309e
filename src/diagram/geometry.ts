/**
 * Link geometry in flow coordinates, computed once per layout. The drawn edge and the packets use the
 * same polylines, so a packet never leaves its line.
 */
import { COMPONENTS, LINKS, getComponent, type ComponentId, type LinkId } from '../sim/topology';
import { LAYOUTS, type Box, type Orientation } from './layout';

export interface Point {
  x: number;
  y: number;
}

export interface Polyline {
  points: Point[];
  /** Cumulative length at each point; the last is the total. */
  lengths: number[];
}

/** Bends for links that would otherwise cut across another group. */
const WAYPOINTS: Record<Orientation, Partial<Record<LinkId, Point[]>>> = {
  wide: {},
  narrow: {
    'browser-nginx': [
      { x: 436, y: 66 },
      { x: 436, y: 630 },
      { x: 104, y: 630 },
    ],
  },
};

/**
 * Where a label sits along its link (0..1), when the middle of the longest segment would cover a
 * group's title or leave the diagram.
 */
const LABEL_AT: Record<Orientation, Partial<Record<LinkId, number>>> = {
  wide: { 'browser-resolver': 0.27 },
  narrow: { 'browser-nginx': 0.76, 'browser-resolver': 0.27 },
};

export function linkLabelPoint(orientation: Orientation, id: LinkId): Point {
  const line = geometryFor(orientation)[id];
  const at = LABEL_AT[orientation][id];
  return at === undefined ? labelPoint(line) : pointAt(line, at);
}

export function absoluteBox(orientation: Orientation, id: ComponentId): Box {
  const layout = LAYOUTS[orientation];
  const box = layout[id];
  const parent = getComponent(id).parent;
  if (!parent) return box;
  const p = layout[parent];
  return { ...box, x: box.x + p.x, y: box.y + p.y };
}

function centre(b: Box): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Where the segment from the box's centre towards `toward` leaves the box. */
export function borderPoint(b: Box, toward: Point): Point {
  const c = centre(b);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : b.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : b.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

export function makePolyline(points: Point[]): Polyline {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return { points, lengths };
}

export function linkPolyline(orientation: Orientation, id: LinkId): Polyline {
  const link = LINKS.find((l) => l.id === id)!;
  const s = absoluteBox(orientation, link.source);
  const t = absoluteBox(orientation, link.target);
  const via = WAYPOINTS[orientation][id] ?? [];
  const start = borderPoint(s, via[0] ?? centre(t));
  const end = borderPoint(t, via[via.length - 1] ?? centre(s));
  return makePolyline([start, ...via, end]);
}

/** The point at fraction `f` (0..1) of the way along, by length. */
export function pointAt(line: Polyline, f: number): Point {
  const { points, lengths } = line;
  const total = lengths[lengths.length - 1]!;
  const target = Math.min(Math.max(f, 0), 1) * total;
  let lo = 0;
  let hi = lengths.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lengths[mid]! <= target) lo = mid;
    else hi = mid;
  }
  const a = points[lo]!;
  const b = points[hi] ?? a;
  const span = lengths[hi]! - lengths[lo]! || 1;
  const k = (target - lengths[lo]!) / span;
  return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
}

/** SVG path data for the polyline. */
export function pathData(line: Polyline): string {
  return line.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** Middle of the longest segment: where the label reads best. */
export function labelPoint(line: Polyline): Point {
  let best = 0;
  for (let i = 1; i < line.points.length; i++) {
    if (line.lengths[i]! - line.lengths[i - 1]! > line.lengths[best + 1]! - line.lengths[best]!) best = i - 1;
  }
  const a = line.points[best]!;
  const b = line.points[best + 1] ?? a;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

export type Geometry = Record<LinkId, Polyline>;

const cache = new Map<Orientation, Geometry>();

/** Every link's polyline for a layout, computed once. */
export function geometryFor(orientation: Orientation): Geometry {
  let g = cache.get(orientation);
  if (!g) {
    g = Object.fromEntries(LINKS.map((l) => [l.id, linkPolyline(orientation, l.id)])) as Geometry;
    cache.set(orientation, g);
  }
  return g;
}

/** Bounds of the whole diagram, for fitting. */
export function diagramBounds(orientation: Orientation): Box {
  const boxes = COMPONENTS.map((c) => absoluteBox(orientation, c.id));
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}
