import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { band, bars, lastFinite, linePath, linearScale, niceMax, spreadLabels, ticks, yTickCount } from './chart';

describe('linearScale', () => {
  it('maps the domain onto the range, inverted for SVG y', () => {
    const y = linearScale([0, 100], [120, 20]);
    expect(y(0)).toBe(120);
    expect(y(100)).toBe(20);
    expect(y(50)).toBe(70);
  });

  it('never returns NaN for an empty domain', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(0);
  });

  it('is monotonic (property)', () => {
    const x = linearScale([0, 60], [40, 340]);
    fc.assert(fc.property(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }), (a, b) => {
      if (a <= b) expect(x(a)).toBeLessThanOrEqual(x(b));
    }));
  });
});

describe('niceMax and ticks', () => {
  it('rounds up to 1, 2, 2.5 or 5 × 10ᵏ', () => {
    expect(niceMax(166)).toBe(200);
    expect(niceMax(116)).toBe(200);
    expect(niceMax(240)).toBe(250);
    expect(niceMax(300)).toBe(500);
    expect(niceMax(0.3, 0.01)).toBe(0.5);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7, 10)).toBe(10);
  });

  it('is never below its input (property)', () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), (v) => {
      expect(niceMax(v, 1e-3)).toBeGreaterThanOrEqual(v * (1 - 1e-9));
      expect(niceMax(v, 1e-3)).toBeLessThanOrEqual(v * 10);
    }));
  });

  it('draws the middle tick only where 12 px figures have room for it', () => {
    expect(yTickCount(100)).toBe(2);
    expect(yTickCount(40)).toBe(1);
    expect(ticks(1, yTickCount(40))).toEqual([0, 1]);
  });

  it('spaces ticks evenly from 0', () => {
    expect(ticks(200)).toEqual([0, 100, 200]);
    expect(ticks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('linePath', () => {
  it('moves, then draws', () => {
    expect(linePath([[0, 10], [5, 20.04]])).toBe('M0 10L5 20');
  });

  it('breaks the line at missing values', () => {
    expect(linePath([[0, 1], [1, NaN], [2, 3], [3, 4]])).toBe('M0 1M2 3L3 4');
  });

  it('is empty for no points', () => {
    expect(linePath([])).toBe('');
  });
});

describe('bars', () => {
  const x = linearScale([0, 10], [0, 100]);
  const y = linearScale([0, 10], [50, 0]);

  it('draws one bar per failing second, standing on the baseline', () => {
    const out = bars([{ t: 2, value: 5 }, { t: 3, value: 0 }, { t: 4, value: 10 }], x, y, 50);
    expect(out).toEqual([
      { x: 20, y: 25, width: 9, height: 25 },
      { x: 40, y: 0, width: 9, height: 50 },
    ]);
  });

  it('never draws a negative height (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ t: fc.integer({ min: 0, max: 9 }), value: fc.double({ min: -5, max: 50, noNaN: true }) })), (samples) => {
      for (const b of bars(samples, x, y, 50)) {
        expect(b.height).toBeGreaterThanOrEqual(0);
        expect(b.width).toBeGreaterThan(0);
      }
    }));
  });
});

describe('band', () => {
  const x = linearScale([0, 60], [0, 600]);
  it('clips a window to the visible domain', () => {
    expect(band(-5, 2, [0, 60], x)).toEqual({ x: 0, width: 20 });
    expect(band(10, 15, [0, 60], x)).toEqual({ x: 100, width: 50 });
  });
  it('is null outside it', () => {
    expect(band(70, 72, [0, 60], x)).toBeNull();
  });
});

describe('spreadLabels', () => {
  it('keeps labels that are far apart where they are', () => {
    expect(spreadLabels([10, 50], 10)).toEqual([10, 50]);
  });

  it('pushes labels that collide apart, in the same order', () => {
    expect(spreadLabels([50, 48, 49], 10)).toEqual([68, 48, 58]);
  });

  it('leaves at least the gap between any two (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { maxLength: 6 }), (ys) => {
      const out = [...spreadLabels(ys, 10)].sort((a, b) => a - b);
      for (let i = 1; i < out.length; i++) expect(out[i]! - out[i - 1]!).toBeGreaterThanOrEqual(10 - 0.11);
    }));
  });

  it('never puts a label below `max` (the axis): the stack moves up instead', () => {
    // Two lines both at 0 used to put the second label on the time axis' "60" tick.
    expect(spreadLabels([112, 112], 12, 16, 112)).toEqual([100, 112]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { maxLength: 4 }), (ys) => {
        const out = spreadLabels(ys, 12, 16, 112);
        const sorted = [...out].sort((a, b) => a - b);
        for (const v of out) expect(v).toBeLessThanOrEqual(112);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(12 - 0.11);
      }),
    );
  });
});

describe('lastFinite', () => {
  it('skips the gap at the end (an outage) and finds the last drawn value', () => {
    expect(lastFinite([1, 2, Number.NaN, Number.NaN], (v) => v)).toBe(2);
    expect(lastFinite([Number.NaN], (v) => v)).toBeUndefined();
  });
});
