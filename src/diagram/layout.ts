/**
 * Where each component sits on the diagram, in flow coordinates. Two arrangements: wide screens put the
 * browser and DNS on the left and the server on the right; narrow ones stack DNS, the browser and the
 * server top to bottom, so a phone needs no horizontal scroll and every link is a short straight line.
 *
 * Sizes are chosen with the type in diagram.css (names 16 px, other text 14 px) so that, fitted into
 * the space it gets (about 880×570 at 1280×800 beside the panel, 360 px wide on a phone), the diagram
 * is drawn at 0.9× or more: names stay 14 px or more on screen and other text 12 px or more.
 */
import type { ComponentId } from '../sim/topology';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Orientation = 'wide' | 'flat' | 'narrow';

type Layout = Record<ComponentId, Box>;

/** Positions of children are relative to their parent group, as React Flow expects. */
const WIDE: Layout = {
  browser: { x: 0, y: 0, width: 230, height: 128 },
  dns: { x: 0, y: 200, width: 440, height: 380 },
  resolver: { x: 12, y: 56, width: 142, height: 304 },
  root: { x: 256, y: 56, width: 172, height: 76 },
  tld: { x: 256, y: 162, width: 172, height: 88 },
  authoritative: { x: 256, y: 272, width: 172, height: 88 },
  server: { x: 466, y: 0, width: 444, height: 580 },
  nginx: { x: 12, y: 52, width: 162, height: 150 },
  'app-files': { x: 270, y: 52, width: 162, height: 124 },
  'app-server': { x: 12, y: 330, width: 162, height: 186 },
  mysql: { x: 270, y: 374, width: 162, height: 142 },
};

/** Wider components need fewer lines, so the whole is about twice as wide as it is tall. */
const FLAT: Layout = {
  browser: { x: 0, y: 0, width: 230, height: 128 },
  dns: { x: 0, y: 180, width: 440, height: 310 },
  resolver: { x: 12, y: 56, width: 142, height: 242 },
  root: { x: 256, y: 56, width: 172, height: 64 },
  tld: { x: 256, y: 130, width: 172, height: 80 },
  authoritative: { x: 256, y: 218, width: 172, height: 80 },
  server: { x: 466, y: 0, width: 540, height: 490 },
  nginx: { x: 12, y: 48, width: 200, height: 130 },
  'app-files': { x: 328, y: 48, width: 200, height: 104 },
  'app-server': { x: 12, y: 290, width: 200, height: 170 },
  mysql: { x: 328, y: 330, width: 200, height: 130 },
};

const NARROW: Layout = {
  dns: { x: 0, y: 0, width: 390, height: 372 },
  resolver: { x: 12, y: 56, width: 128, height: 296 },
  root: { x: 218, y: 56, width: 160, height: 76 },
  tld: { x: 218, y: 160, width: 160, height: 88 },
  authoritative: { x: 218, y: 264, width: 160, height: 88 },
  browser: { x: 60, y: 432, width: 270, height: 128 },
  server: { x: 0, y: 650, width: 390, height: 520 },
  nginx: { x: 12, y: 64, width: 146, height: 164 },
  'app-files': { x: 232, y: 64, width: 146, height: 132 },
  'app-server': { x: 12, y: 318, width: 146, height: 190 },
  mysql: { x: 232, y: 356, width: 146, height: 152 },
};

export const LAYOUTS: Record<Orientation, Layout> = { wide: WIDE, flat: FLAT, narrow: NARROW };

/** Width over height above which a box is better filled by the flat arrangement than the wide one. */
export const FLAT_ASPECT = 1.8;

/**
 * Diagram width below which it stacks vertically: the wide arrangement fitted any narrower would be
 * drawn below 0.8×.
 */
export const NARROW_BREAKPOINT = 720;

/** The arrangement that fills a diagram box of this size best. */
export function orientationFor(width: number, height: number): Orientation {
  if (width < NARROW_BREAKPOINT) return 'narrow';
  return height > 0 && width / height >= FLAT_ASPECT ? 'flat' : 'wide';
}
