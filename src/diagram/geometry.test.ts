import { describe, expect, it } from 'vitest';
import { COMPONENTS, LINKS } from '../sim/topology';
import { absoluteBox, diagramBounds, exitPoint, geometryFor, linkLabelPlace, makePolyline, pointAt } from './geometry';
import { packetPosition } from './packets';
import { neighbourInDirection } from './neighbours';
import type { HopEvent } from '../sim/types';
import { orientationFor, type Box } from './layout';

const inside = (b: { x: number; y: number; width: number; height: number }, p: { x: number; y: number }, slack = 0.01) =>
  p.x >= b.x - slack && p.x <= b.x + b.width + slack && p.y >= b.y - slack && p.y <= b.y + b.height + slack;

describe('geometry', () => {
  it('places children inside their group in both layouts', () => {
    for (const o of ['wide', 'narrow', 'compact'] as const) {
      for (const c of COMPONENTS) {
        if (!c.parent) continue;
        const child = absoluteBox(o, c.id);
        const parent = absoluteBox(o, c.parent);
        expect(inside(parent, { x: child.x, y: child.y })).toBe(true);
        expect(inside(parent, { x: child.x + child.width, y: child.y + child.height })).toBe(true);
      }
    }
  });

  it('starts and ends every link on the border of its two components', () => {
    for (const o of ['wide', 'narrow', 'compact'] as const) {
      const g = geometryFor(o);
      for (const l of LINKS) {
        const line = g[l.id];
        expect(inside(absoluteBox(o, l.source), line.points[0]!)).toBe(true);
        expect(inside(absoluteBox(o, l.target), line.points[line.points.length - 1]!)).toBe(true);
        expect(line.lengths[line.lengths.length - 1]).toBeGreaterThan(10);
      }
    }
  });

  it('finds points along a polyline by length', () => {
    const line = makePolyline([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 30 },
    ]);
    expect(pointAt(line, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAt(line, 0.25)).toEqual({ x: 10, y: 0 });
    expect(pointAt(line, 0.5)).toEqual({ x: 10, y: 10 });
    expect(pointAt(line, 1)).toEqual({ x: 10, y: 30 });
    expect(pointAt(line, 2)).toEqual({ x: 10, y: 30 });
  });

  it('leaves a box straight down or sideways toward a point level with it', () => {
    const box = { x: 0, y: 0, width: 100, height: 50 };
    expect(exitPoint(box, { x: 30, y: 200 })).toEqual({ x: 30, y: 50 });
    expect(exitPoint(box, { x: -40, y: 10 })).toEqual({ x: 0, y: 10 });
    expect(exitPoint(box, { x: 200, y: 25 })).toEqual({ x: 100, y: 25 });
  });

  it('moves a response packet from the link target back to its source', () => {
    const g = geometryFor('wide');
    const line = g['browser-nginx'];
    const response = { link: 'browser-nginx', from: 'nginx', to: 'browser' } as HopEvent;
    const request = { link: 'browser-nginx', from: 'browser', to: 'nginx' } as HopEvent;
    expect(packetPosition(g, request, 0)).toEqual(line.points[0]);
    expect(packetPosition(g, response, 0)).toEqual(line.points[line.points.length - 1]);
    expect(packetPosition(g, response, 1)).toEqual(line.points[0]);
  });

  it('keeps the narrow layout narrower than it is tall', () => {
    const b = diagramBounds('narrow');
    expect(b.width).toBeLessThan(b.height);
    expect(diagramBounds('wide').width).toBeGreaterThan(diagramBounds('wide').height);
  });
});

const ORIENTATIONS = ['wide', 'narrow', 'compact'] as const;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layout', () => {
  it('picks the arrangement that fills the box: narrow below 720 px, wide where it is drawn at 0.875× or more', () => {
    expect(orientationFor(360, 1000)).toBe('narrow');
    expect(orientationFor(880, 568)).toBe('wide');
    expect(orientationFor(1000, 500)).toBe('compact');
  });

  it('goes compact where both full arrangements would draw names under 14 px (an 800×560 embed, a scene)', () => {
    expect(orientationFor(800, 401)).toBe('compact');
    expect(orientationFor(800, 392)).toBe('compact');
    // The compact arrangement itself is drawn at 0.875× or more there: names 16 px in flow units.
    const b = diagramBounds('compact');
    expect(Math.min((800 - 8) / b.width, (392 - 36) / b.height)).toBeGreaterThanOrEqual(0.875);
  });

  it('keeps components apart: no two overlap unless one is the group holding the other', () => {
    for (const o of ORIENTATIONS) {
      COMPONENTS.forEach((a, i) => {
        for (const b of COMPONENTS.slice(i + 1)) {
          if (a.parent === b.id || b.parent === a.id) continue;
          expect(overlaps(absoluteBox(o, a.id), absoluteBox(o, b.id)), `${o}: ${a.id} and ${b.id}`).toBe(false);
        }
      });
    }
  });

  it('draws every link as straight horizontal and vertical runs', () => {
    for (const o of ORIENTATIONS) {
      for (const l of LINKS) {
        const { points } = geometryFor(o)[l.id];
        for (let i = 1; i < points.length; i++) {
          const a = points[i - 1]!;
          const b = points[i]!;
          expect(a.x === b.x || a.y === b.y, `${o} ${l.id} segment ${i}`).toBe(true);
        }
      }
    }
  });

  it('makes the DNS hops long enough to watch a packet travel', () => {
    for (const o of ORIENTATIONS) {
      for (const id of ['resolver-root', 'resolver-tld', 'resolver-authoritative'] as const) {
        const line = geometryFor(o)[id];
        expect(line.lengths.at(-1), `${o} ${id}`).toBeGreaterThanOrEqual(75);
      }
    }
  });

  it('puts each label beside its link, on the side named, never on the line', () => {
    for (const o of ORIENTATIONS) {
      for (const l of LINKS) {
        const place = linkLabelPlace(o, l.id);
        const line = geometryFor(o)[l.id];
        const i = line.points.findIndex((_, k) => k > 0 && line.lengths[k]! >= place.at * line.lengths.at(-1)!);
        const a = line.points[i - 1]!;
        const b = line.points[i]!;
        const horizontal = a.y === b.y;
        // Above or below a horizontal run, left or right of a vertical one: the label never straddles it.
        expect(horizontal ? ['above', 'below'] : ['left', 'right'], `${o} ${l.id}`).toContain(place.side);
        expect(place.point.x === a.x || place.point.y === a.y, `${o} ${l.id} anchor on the link`).toBe(true);
      }
    }
  });
});

describe('arrow-key navigation', () => {
  it('moves along links in the arrow direction', () => {
    expect(neighbourInDirection('wide', 'browser', 'ArrowRight')).toBe('nginx');
    expect(neighbourInDirection('wide', 'browser', 'ArrowDown')).toBe('resolver');
    expect(neighbourInDirection('wide', 'nginx', 'ArrowDown')).toBe('app-server');
    expect(neighbourInDirection('wide', 'app-server', 'ArrowRight')).toBe('mysql');
    expect(neighbourInDirection('wide', 'mysql', 'ArrowLeft')).toBe('app-server');
    expect(neighbourInDirection('wide', 'nginx', 'ArrowLeft')).toBe('browser');
  });

  it('goes nowhere when nothing is connected that way', () => {
    expect(neighbourInDirection('wide', 'browser', 'ArrowUp')).toBeNull();
    expect(neighbourInDirection('wide', 'browser', 'Enter')).toBeNull();
  });
});
