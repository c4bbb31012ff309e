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

/**
 * How each link runs, in absolute flow coordinates: a point it passes through between its two
 * components. A point level with both boxes gives a straight horizontal or vertical link; more points
 * give a bend. Links without a route run centre to centre.
 */
const ROUTES: Record<Orientation, Partial<Record<LinkId, Point[]>>> = {
  wide: {
    'browser-resolver': [{ x: 120, y: 160 }],
    'resolver-root': [{ x: 200, y: 294 }],
    'resolver-tld': [{ x: 200, y: 406 }],
    'resolver-authoritative': [{ x: 200, y: 516 }],
    'browser-nginx': [{ x: 350, y: 90 }],
    'nginx-app-files': [{ x: 690, y: 130 }],
    'nginx-app-server': [{ x: 610, y: 266 }],
    'app-server-app-files': [
      { x: 700, y: 346 },
      { x: 817, y: 346 },
    ],
    'app-server-mysql': [{ x: 690, y: 450 }],
  },
  flat: {
    'browser-resolver': [{ x: 120, y: 154 }],
    'resolver-root': [{ x: 205, y: 268 }],
    'resolver-tld': [{ x: 205, y: 351 }],
    'resolver-authoritative': [{ x: 205, y: 438 }],
    'browser-nginx': [{ x: 350, y: 90 }],
    'nginx-app-files': [{ x: 736, y: 110 }],
    'nginx-app-server': [{ x: 628, y: 234 }],
    'app-server-app-files': [
      { x: 760, y: 306 },
      { x: 894, y: 306 },
    ],
    'app-server-mysql': [{ x: 736, y: 395 }],
  },
  narrow: {
    'browser-resolver': [{ x: 120, y: 400 }],
    'resolver-root': [{ x: 180, y: 94 }],
    'resolver-tld': [{ x: 180, y: 204 }],
    'resolver-authoritative': [{ x: 180, y: 308 }],
    'browser-nginx': [{ x: 130, y: 605 }],
    'nginx-app-files': [{ x: 195, y: 820 }],
    'nginx-app-server': [{ x: 146, y: 923 }],
    'app-server-app-files': [
      { x: 230, y: 984 },
      { x: 305, y: 984 },
    ],
    'app-server-mysql': [{ x: 195, y: 1090 }],
  },
};

/** Which side of its link a label sits on: off the line, where packets travel. */
export type LabelSide = 'above' | 'below' | 'left' | 'right';

export interface LabelPlace {
  /** Fraction of the way along the link (0..1) the label is level with. */
  at: number;
  side: LabelSide;
  /** Widest the label may be, in CSS pixels, before it wraps; the room between the components. */
  maxWidth: number;
}

/**
 * Labels sit beside their links, never on them: above horizontal links and left of vertical ones
 * (packets write their own label to their right), in the gap between the two components.
 */
const LABELS: Record<Orientation, Record<LinkId, LabelPlace>> = {
  wide: {
    'browser-resolver': { at: 0.28, side: 'left', maxWidth: 96 },
    'resolver-root': { at: 0.5, side: 'above', maxWidth: 90 },
    'resolver-tld': { at: 0.5, side: 'above', maxWidth: 90 },
    'resolver-authoritative': { at: 0.5, side: 'above', maxWidth: 90 },
    'browser-nginx': { at: 0.45, side: 'above', maxWidth: 200 },
    'nginx-app-files': { at: 0.5, side: 'above', maxWidth: 80 },
    'nginx-app-server': { at: 0.5, side: 'left', maxWidth: 110 },
    'app-server-app-files': { at: 0.24, side: 'above', maxWidth: 130 },
    'app-server-mysql': { at: 0.5, side: 'below', maxWidth: 80 },
  },
  flat: {
    'browser-resolver': { at: 0.24, side: 'left', maxWidth: 96 },
    'resolver-root': { at: 0.5, side: 'above', maxWidth: 90 },
    'resolver-tld': { at: 0.5, side: 'above', maxWidth: 90 },
    'resolver-authoritative': { at: 0.5, side: 'above', maxWidth: 90 },
    'browser-nginx': { at: 0.48, side: 'above', maxWidth: 200 },
    'nginx-app-files': { at: 0.5, side: 'above', maxWidth: 96 },
    'nginx-app-server': { at: 0.5, side: 'left', maxWidth: 110 },
    'app-server-app-files': { at: 0.25, side: 'above', maxWidth: 130 },
    'app-server-mysql': { at: 0.5, side: 'below', maxWidth: 96 },
  },
  narrow: {
    'browser-resolver': { at: 0.375, side: 'left', maxWidth: 96 },
    'resolver-root': { at: 0.5, side: 'above', maxWidth: 70 },
    'resolver-tld': { at: 0.5, side: 'above', maxWidth: 70 },
    'resolver-authoritative': { at: 0.5, side: 'above', maxWidth: 70 },
    'browser-nginx': { at: 0.29, side: 'left', maxWidth: 100 },
    'nginx-app-files': { at: 0.5, side: 'above', maxWidth: 64 },
    'nginx-app-server': { at: 0.5, side: 'left', maxWidth: 110 },
    'app-server-app-files': { at: 0.24, side: 'above', maxWidth: 120 },
    'app-server-mysql': { at: 0.5, side: 'below', maxWidth: 64 },
  },
};

/** Where a link's label goes: the point on the link it is level with, and which side of it. */
export function linkLabelPlace(orientation: Orientation, id: LinkId): LabelPlace & { point: Point } {
  const place = LABELS[orientation][id];
  return { ...place, point: pointAt(geometryFor(orientation)[id], place.at) };
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

/**
 * Where a link toward `toward` leaves the box: straight down, up or sideways when `toward` is level
 * with the box, so aligned components are joined by a straight horizontal or vertical line.
 */
export function exitPoint(b: Box, toward: Point): Point {
  const withinX = toward.x >= b.x && toward.x <= b.x + b.width;
  const withinY = toward.y >= b.y && toward.y <= b.y + b.height;
  if (withinX && !withinY) return { x: toward.x, y: toward.y < b.y ? b.y : b.y + b.height };
  if (withinY && !withinX) return { x: toward.x < b.x ? b.x : b.x + b.width, y: toward.y };
  return borderPoint(b, toward);
}

/** Drops points that lie on the straight line between their neighbours. */
function withoutStraightPoints(points: Point[]): Point[] {
  return points.filter((p, i) => {
    const a = points[i - 1];
    const b = points[i + 1];
    if (!a || !b) return true;
    return Math.abs((p.x - a.x) * (b.y - a.y) - (p.y - a.y) * (b.x - a.x)) > 1e-6;
  });
}

export function linkPolyline(orientation: Orientation, id: LinkId): Polyline {
  const link = LINKS.find((l) => l.id === id)!;
  const s = absoluteBox(orientation, link.source);
  const t = absoluteBox(orientation, link.target);
  const via = ROUTES[orientation][id] ?? [];
  const start = exitPoint(s, via[0] ?? centre(t));
  const end = exitPoint(t, via[via.length - 1] ?? centre(s));
  return makePolyline(withoutStraightPoints([start, ...via, end]));
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
