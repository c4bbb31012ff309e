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
 * give a bend.
 */
const ROUTES: Record<Orientation, Record<LinkId, [number, number][]>> = {
  wide: {
    'browser-resolver': [[120, 160]],
    'resolver-root': [[200, 284]],
    'resolver-tld': [[200, 396]],
    'resolver-authoritative': [[200, 506]],
    'browser-nginx': [[350, 90]],
    'nginx-app-files': [[690, 130]],
    'nginx-app-server': [[610, 266]],
    'app-server-app-files': [
      [700, 346],
      [817, 346],
    ],
    'app-server-mysql': [[690, 450]],
  },
  compact: {
    'browser-resolver': [[80, 125]],
    'resolver-root': [[170, 192]],
    'resolver-tld': [[170, 254]],
    'resolver-authoritative': [[170, 326]],
    'browser-nginx': [[330, 70]],
    'nginx-app-files': [[660, 80]],
    'nginx-app-server': [[470, 190]],
    'app-server-app-files': [[790, 250]],
    'app-server-mysql': [[660, 340]],
  },
  narrow: {
    'browser-resolver': [[120, 400]],
    'resolver-root': [[180, 94]],
    'resolver-tld': [[180, 204]],
    'resolver-authoritative': [[180, 308]],
    'browser-nginx': [[130, 605]],
    'nginx-app-files': [[195, 820]],
    'nginx-app-server': [[146, 923]],
    'app-server-app-files': [
      [230, 984],
      [305, 984],
    ],
    'app-server-mysql': [[195, 1090]],
  },
};

/** Which side of its link a label sits on: off the line, where packets travel. */
export type LabelSide = 'above' | 'below' | 'left' | 'right';

export interface LabelPlace {
  /** Fraction of the way along the link (0..1) the label is level with. */
  at: number;
  side: LabelSide;
  /** Widest the label may be, in CSS pixels, before it wraps: the room between the components. */
  maxWidth: number;
}

/**
 * Labels sit beside their links, never on them: above horizontal runs and left of vertical ones
 * (packets write their own label to their right), in the gap between the two components. Each is
 * [widest, fraction along the link (default half way), side when not the usual one].
 */
const LABELS: Record<Orientation, Record<LinkId, [number, number?, LabelSide?]>> = {
  wide: {
    'browser-resolver': [96, 0.28],
    'resolver-root': [90],
    'resolver-tld': [90],
    'resolver-authoritative': [90],
    'browser-nginx': [200, 0.45],
    'nginx-app-files': [80],
    'nginx-app-server': [110],
    'app-server-app-files': [130, 0.24],
    'app-server-mysql': [80, 0.5, 'below'],
  },
  compact: {
    'browser-resolver': [160, 0.32, 'right'],
    'resolver-root': [70],
    'resolver-tld': [70],
    'resolver-authoritative': [70],
    'browser-nginx': [150, 0.5],
    'nginx-app-files': [88, 0.5, 'below'],
    'nginx-app-server': [110, 0.5, 'right'],
    'app-server-app-files': [110, 0.77],
    'app-server-mysql': [88, 0.5],
  },
  narrow: {
    'browser-resolver': [96, 0.375],
    'resolver-root': [70],
    'resolver-tld': [70],
    'resolver-authoritative': [70],
    'browser-nginx': [100, 0.29],
    'nginx-app-files': [64],
    'nginx-app-server': [110],
    'app-server-app-files': [120, 0.24],
    'app-server-mysql': [64, 0.5, 'below'],
  },
};

/** Where a link's label goes: the point on the link it is level with, which side of it, how wide. */
export function linkLabelPlace(orientation: Orientation, id: LinkId): LabelPlace & { point: Point } {
  const [maxWidth, at = 0.5, side] = LABELS[orientation][id];
  const line = geometryFor(orientation)[id];
  const point = pointAt(line, at);
  // The run the point lies on: level with its start, the run is horizontal.
  const start = line.points.findLast((_, i) => line.lengths[i]! < at * line.lengths.at(-1)!) ?? line.points[0]!;
  return { at, maxWidth, point, side: side ?? (start.y === point.y ? 'above' : 'left') };
}

export function absoluteBox(orientation: Orientation, id: ComponentId): Box {
  const layout = LAYOUTS[orientation];
  const box = layout[id];
  const parent = getComponent(id).parent;
  if (!parent) return box;
  const p = layout[parent];
  return { ...box, x: box.x + p.x, y: box.y + p.y };
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
 * Where a link toward `toward` leaves the box: straight down or up when `toward` is level with the box
 * horizontally, else sideways, so aligned components are joined by straight horizontal or vertical runs.
 */
export function exitPoint(b: Box, toward: Point): Point {
  const x = Math.min(Math.max(toward.x, b.x), b.x + b.width);
  const y = Math.min(Math.max(toward.y, b.y), b.y + b.height);
  return toward.x === x ? { x, y: toward.y < b.y ? b.y : b.y + b.height } : { x: toward.x < b.x ? b.x : b.x + b.width, y };
}

export function linkPolyline(orientation: Orientation, id: LinkId): Polyline {
  const link = LINKS.find((l) => l.id === id)!;
  const s = absoluteBox(orientation, link.source);
  const t = absoluteBox(orientation, link.target);
  const via = ROUTES[orientation][id].map(([x, y]) => ({ x, y }));
  const start = exitPoint(s, via[0]!);
  const end = exitPoint(t, via.at(-1)!);
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

export type Geometry = Record<LinkId, Polyline>;

/**
 * Any diagram's link lines by link id (the one server's `Geometry`, a fixed design's), each drawn from
 * its source to its target. Link ids are `<source>-<target>`, as the model names them.
 */
export type Routes = Readonly<Record<string, Polyline>>;

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
