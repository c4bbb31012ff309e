/**
 * Where each component sits on the diagram, in flow coordinates. Two arrangements: wide screens read
 * left to right (browser → server), narrow ones top to bottom so a phone needs no horizontal scroll.
 */
import type { ComponentId } from '../sim/topology';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Orientation = 'wide' | 'narrow';

type Layout = Record<ComponentId, Box>;

/** Positions of children are relative to their parent group, as React Flow expects. */
const WIDE: Layout = {
  browser: { x: 0, y: 0, width: 240, height: 132 },
  dns: { x: 0, y: 240, width: 470, height: 350 },
  resolver: { x: 20, y: 96, width: 190, height: 78 },
  root: { x: 270, y: 50, width: 180, height: 68 },
  tld: { x: 270, y: 132, width: 180, height: 68 },
  authoritative: { x: 270, y: 214, width: 180, height: 76 },
  server: { x: 580, y: 0, width: 620, height: 500 },
  nginx: { x: 30, y: 70, width: 210, height: 132 },
  'app-files': { x: 380, y: 70, width: 210, height: 100 },
  'app-server': { x: 30, y: 340, width: 210, height: 132 },
  mysql: { x: 380, y: 340, width: 210, height: 110 },
};

const NARROW: Layout = {
  browser: { x: 80, y: 0, width: 240, height: 132 },
  dns: { x: 0, y: 230, width: 424, height: 350 },
  resolver: { x: 16, y: 96, width: 186, height: 78 },
  root: { x: 228, y: 50, width: 180, height: 68 },
  tld: { x: 228, y: 132, width: 180, height: 68 },
  authoritative: { x: 228, y: 214, width: 180, height: 76 },
  server: { x: 0, y: 660, width: 424, height: 500 },
  nginx: { x: 16, y: 70, width: 176, height: 132 },
  'app-files': { x: 232, y: 70, width: 176, height: 100 },
  'app-server': { x: 16, y: 340, width: 176, height: 132 },
  mysql: { x: 232, y: 340, width: 176, height: 110 },
};

export const LAYOUTS: Record<Orientation, Layout> = { wide: WIDE, narrow: NARROW };

/**
 * Diagram width below which it stacks vertically. Above it the wide layout is fitted at 0.6× or more, so
 * its labels, scaled back up (LinkLabels), stay 24 px targets.
 */
export const NARROW_BREAKPOINT = 720;
