/**
 * Where each component sits on the diagram, in flow coordinates. Wide screens put the browser and DNS on
 * the left and the server on the right; narrow ones stack DNS, the browser and the server top to bottom,
 * so a phone needs no horizontal scroll and every link is a short straight line; small frames (an
 * 800×560 embed, a scene) get a compact arrangement without the components' lines of detail.
 *
 * Sizes are chosen with the type in diagram.css (names 16 px, other text 14 px) so that, fitted into
 * the space it gets (about 880×535 at 1280×800 beside the panel in traffic mode, 360 px wide on a
 * phone, 800×400 in an embed), the diagram is drawn at 0.875× or more: names stay 14 px or more on
 * screen and other text 12 px or more.
 */
import type { ComponentId } from '../sim/topology';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Orientation = 'wide' | 'narrow' | 'compact';

/** [x, y, width, height] of each component. */
type Layout = Record<ComponentId, [number, number, number, number]>;

/** Positions of children are relative to their parent group, as React Flow expects. */
const WIDE: Layout = {
  browser: [0, 0, 230, 128],
  dns: [0, 190, 440, 370],
  resolver: [12, 56, 142, 304],
  root: [256, 56, 172, 76],
  tld: [256, 162, 172, 88],
  authoritative: [256, 272, 172, 88],
  server: [466, 0, 444, 560],
  nginx: [12, 52, 162, 150],
  'app-files': [270, 52, 162, 124],
  'app-server': [12, 330, 162, 186],
  mysql: [270, 374, 162, 142],
};

const NARROW: Layout = {
  dns: [0, 0, 390, 372],
  resolver: [12, 56, 128, 296],
  root: [218, 56, 160, 76],
  tld: [218, 160, 160, 88],
  authoritative: [218, 264, 160, 88],
  browser: [60, 432, 270, 128],
  server: [0, 650, 390, 520],
  nginx: [12, 64, 146, 164],
  'app-files': [232, 64, 146, 132],
  'app-server': [12, 318, 146, 190],
  mysql: [232, 356, 146, 152],
};

/**
 * Small frames: names, status and gauges only (the lines of detail are hidden, diagram.css), so the
 * whole fits about 800×400 at 0.9×: names 14 px and other text 12 px or more on screen. DNS's name and
 * record sit at the foot of its box, leaving the top to the labels of the resolver's links.
 */
const COMPACT: Layout = {
  browser: [0, 0, 220, 104],
  dns: [0, 146, 400, 254],
  resolver: [10, 24, 120, 188],
  root: [210, 24, 180, 44],
  tld: [210, 76, 180, 64],
  authoritative: [210, 148, 180, 64],
  server: [440, 0, 440, 400],
  nginx: [12, 44, 156, 118],
  'app-files': [272, 44, 156, 86],
  'app-server': [12, 216, 156, 174],
  mysql: [272, 290, 156, 100],
};

const boxes = (layout: Layout) =>
  Object.fromEntries(Object.entries(layout).map(([id, [x, y, width, height]]) => [id, { x, y, width, height }])) as Record<ComponentId, Box>;

export const LAYOUTS: Record<Orientation, Record<ComponentId, Box>> = {
  wide: boxes(WIDE),
  narrow: boxes(NARROW),
  compact: boxes(COMPACT),
};

/**
 * Diagram width below which it stacks vertically: the wide arrangement fitted any narrower would be
 * drawn below 0.8×.
 */
export const NARROW_BREAKPOINT = 720;

/**
 * Zoom below which names (16 px in flow units) would drop under 14 px on screen: a box that draws the
 * wide arrangement smaller than this (a short one: an embed, a scene) gets the compact one.
 */
export const COMPACT_BELOW = 0.875;

/** Flow units the fit leaves around the diagram (Diagram.tsx's padding: 4 px each side, 36 px in all vertically). */
const FIT_MARGIN = { x: 8, y: 36 };

/** The components that hold or sit beside the rest: their boxes bound the diagram. */
const TOP_LEVEL = ['browser', 'dns', 'server'] as const;

const fittedZoom = (o: Orientation, width: number, height: number) => {
  const top = TOP_LEVEL.map((id) => LAYOUTS[o][id]);
  const w = Math.max(...top.map((b) => b.x + b.width));
  const h = Math.max(...top.map((b) => b.y + b.height));
  return Math.min((width - FIT_MARGIN.x) / w, (height - FIT_MARGIN.y) / h);
};

/** The arrangement that fills a diagram box of this size best. */
export function orientationFor(width: number, height: number): Orientation {
  if (width < NARROW_BREAKPOINT) return 'narrow';
  return height > 0 && fittedZoom('wide', width, height) < COMPACT_BELOW ? 'compact' : 'wide';
}
