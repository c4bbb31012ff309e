import { describe, expect, it } from 'vitest';
import { makePolyline, pointAt } from './geometry';
import { bendAround, mergeTouching } from './packetPaths';

const straight = () => makePolyline([{ x: 0, y: 0 }, { x: 200, y: 0 }]);
const overlaps = (p: { x: number; y: number }, r: { x: number; y: number; width: number; height: number }) =>
  p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

describe('packet paths', () => {
  it('leaves a line alone when no label sits on it', () => {
    const line = straight();
    expect(bendAround(line, [{ x: 80, y: 10, width: 40, height: 20 }])).toBe(line);
  });

  it('bends round a label on the line, never entering it, and keeps both ends', () => {
    const label = { x: 80, y: -6, width: 40, height: 20 };
    const bent = bendAround(straight(), [label]);
    for (let i = 0; i <= 400; i++) expect(overlaps(pointAt(bent, i / 400), label), `at ${i / 400}`).toBe(false);
    expect(pointAt(bent, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAt(bent, 1).x).toBeCloseTo(200);
    expect(pointAt(bent, 1).y).toBeCloseTo(0);
    // To the nearer side: the label reaches 6 above the line and 14 below, so the path goes above.
    expect(Math.min(...bent.points.map((p) => p.y))).toBeLessThanOrEqual(-6);
    expect(Math.max(...bent.points.map((p) => p.y))).toBeLessThanOrEqual(0);
  });

  it('ramps into the bend rather than jumping', () => {
    const bent = bendAround(straight(), [{ x: 80, y: -10, width: 40, height: 20 }]);
    for (let i = 1; i < bent.points.length; i++) {
      const a = bent.points[i - 1]!;
      const b = bent.points[i]!;
      expect(Math.abs(b.y - a.y)).toBeLessThanOrEqual(Math.abs(b.x - a.x) + 1e-6);
    }
  });
});

describe('label groups', () => {
  it('treats labels that touch as one box, so a bend round one cannot land on the next', () => {
    const merged = mergeTouching([
      { x: 0, y: 0, width: 10, height: 10 },
      { x: 0, y: 10, width: 10, height: 10 },
      { x: 5, y: 20, width: 10, height: 10 },
      { x: 50, y: 50, width: 5, height: 5 },
    ]);
    expect(merged).toEqual([
      { x: 0, y: 0, width: 15, height: 30 },
      { x: 50, y: 50, width: 5, height: 5 },
    ]);
  });
});
