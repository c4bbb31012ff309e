import { describe, expect, it } from 'vitest';
import type { Orientation } from '../layout';
import type { Box } from '../layout';
import { drawnLinks, fittedZoom, fixedLayout, fixedOrientationFor, MIN_ZOOM_FOR_NAMES, type FixedLayout } from './layout';

const DESIGNS = [2, 3, 4].flatMap((servers) =>
  [false, true].flatMap((pair) => [false, true].map((replica) => ({ servers: servers as 2 | 3 | 4, pair, replica }))),
);
const ORIENTATIONS: Orientation[] = ['wide', 'compact', 'narrow'];
const CASES = DESIGNS.flatMap((d) => ORIENTATIONS.map((o) => [`${d.servers} servers${d.pair ? ', pair' : ''}${d.replica ? ', replica' : ''}, ${o}`, d, o] as const));

const overlap = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0;
const inside = (c: Box, p: Box) => c.x >= p.x && c.y >= p.y && c.x + c.width <= p.x + p.width && c.y + c.height <= p.y + p.height;

/** Whether the segment a→b (horizontal or vertical) passes through the inside of `box`. */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 > box.x && x0 < box.x + box.width && y1 > box.y && y0 < box.y + box.height;
}

const boxOf = (l: FixedLayout, id: string) => l.boxes.find((b) => b.id === id)!;

describe.each(CASES)('fixed layout: %s', (_, design, orientation) => {
  const layout = fixedLayout(design, orientation);

  it('has a box for every part of the design, once', () => {
    const ids = layout.boxes.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let k = 1; k <= design.servers; k++) expect(ids).toEqual(expect.arrayContaining([`server-${k}`, `nginx-${k}`, `app-server-${k}`, `app-files-${k}`]));
    expect(ids).toEqual(expect.arrayContaining(['browser', 'dns', 'lb', 'db-server', 'mysql']));
    expect(ids.includes('lb-2')).toBe(design.pair);
    expect(ids.includes('mysql-replica')).toBe(design.replica);
    expect(ids.includes('server-5')).toBe(false);
  });

  it('overlaps no sibling, and keeps children inside their parent, listed after it', () => {
    for (const a of layout.boxes)
      for (const b of layout.boxes) if (a !== b && a.parent === b.parent) expect(overlap(a, b), `${a.id} and ${b.id}`).toBe(false);
    for (const c of layout.boxes.filter((b) => b.parent)) {
      const p = boxOf(layout, c.parent!);
      expect(inside(c, p), `${c.id} in ${p.id}`).toBe(true);
      expect(layout.boxes.indexOf(p)).toBeLessThan(layout.boxes.indexOf(c));
    }
  });

  it('routes every link the model uses, in straight runs, edge to edge, through no box it does not join', () => {
    for (const id of drawnLinks(design)) {
      const route = layout.routes[id];
      expect(route, id).toBeDefined();
      const points = route!;
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect(a.x === b.x || a.y === b.y, `${id} segment ${i} is straight`).toBe(true);
      }
      const ends = id === 'browser-resolver' ? ['browser', 'dns'] : ends2(id);
      const [source, target] = [boxOf(layout, ends[0]!), boxOf(layout, ends[1]!)];
      const onEdge = (p: { x: number; y: number }, b: Box) =>
        (p.x === b.x || p.x === b.x + b.width || p.y === b.y || p.y === b.y + b.height) && p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
      expect(onEdge(points[0]!, source), `${id} starts on ${ends[0]}`).toBe(true);
      expect(onEdge(points.at(-1)!, target), `${id} ends on ${ends[1]}`).toBe(true);
      const related = new Set(ends.flatMap((e) => [e, boxOf(layout, e).parent ?? e]));
      for (const box of layout.boxes) {
        if (related.has(box.id)) continue;
        for (let i = 1; i < points.length; i++) expect(crosses(points[i - 1]!, points[i]!, box), `${id} crosses ${box.id}`).toBe(false);
      }
    }
  });

  if (orientation === 'narrow') {
    it('fits 360 px wide with names 14 px or more', () => {
      expect(360 - 8).toBeGreaterThanOrEqual(layout.width * MIN_ZOOM_FOR_NAMES);
      expect((360 - 8) / layout.width).toBeGreaterThanOrEqual(MIN_ZOOM_FOR_NAMES);
    });
  } else {
    it('is drawn at 0.875× or more in its box: names 16 px stay 14 px or more on screen', () => {
      const [w, h] = orientation === 'wide' ? [880, 458] : [800, 400];
      expect(fittedZoom(layout, w, h) * 16).toBeGreaterThanOrEqual(14);
      expect(fixedOrientationFor(design, w, h)).toBe(orientation);
    });
  }
});

/** A link's two ends from its id (`lb-nginx-2` → lb, nginx-2), as the model names them. */
function ends2(id: string): [string, string] {
  const m = /^(browser|lb|nginx-\d|app-server-\d)-(.+)$/.exec(id)!;
  return [m[1]!, m[2]!];
}

describe('fixedOrientationFor', () => {
  it('stacks on a phone and shortens in a short frame', () => {
    const d = { servers: 4, pair: true, replica: true } as const;
    expect(fixedOrientationFor(d, 360, 740)).toBe('narrow');
    expect(fixedOrientationFor(d, 880, 458)).toBe('wide');
    expect(fixedOrientationFor(d, 800, 400)).toBe('compact');
  });
});
