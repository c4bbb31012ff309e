import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PHASES, waterfallBars, waterfallTotal } from './waterfall';
import { aTiming } from './testData';

describe('waterfallBars', () => {
  it('gives one bar per phase, in the browser’s order', () => {
    expect(waterfallBars(aTiming()).map((b) => b.label)).toEqual(['DNS', 'Connect', 'TLS', 'Waiting (TTFB)', 'Download']);
  });

  it('starts each phase where the previous one ended, scaled to the total', () => {
    const bars = waterfallBars({ dns: 0.01, connect: 0.02, tls: 0.03, waiting: 0.04, download: 0, total: 0.1 });
    expect(bars.map((b) => b.offset)).toEqual([0, 0.1, 0.3, 0.6, 1].map((x) => expect.closeTo(x, 9)));
    expect(bars.map((b) => b.width)).toEqual([0.1, 0.2, 0.3, 0.4, 0].map((x) => expect.closeTo(x, 9)));
    expect(bars[3]!.startS).toBeCloseTo(0.06, 9);
    expect(bars[3]!.durationS).toBeCloseTo(0.04, 9);
  });

  it('draws a warm request (reused connection) with empty DNS, Connect and TLS bars', () => {
    const bars = waterfallBars(aTiming({ dns: 0, connect: 0, tls: 0 }));
    expect(bars.slice(0, 3).map((b) => b.width)).toEqual([0, 0, 0]);
    expect(bars[3]!.offset).toBe(0);
  });

  it('leaves room when the total is longer than the phases (time the phases do not name)', () => {
    const bars = waterfallBars(aTiming({ dns: 0.1, connect: 0, tls: 0, waiting: 0.1, download: 0, total: 0.4 }));
    expect(bars[3]!.offset + bars[3]!.width).toBeCloseTo(0.5, 9);
  });

  it('never runs off the chart when the phases add up to more than the total', () => {
    const bars = waterfallBars(aTiming({ dns: 0.2, connect: 0.2, tls: 0, waiting: 0.2, download: 0.2, total: 0.4 }));
    const last = bars[bars.length - 1]!;
    expect(last.offset + last.width).toBeCloseTo(1, 9);
  });

  it('treats missing, negative and NaN durations as nothing, and an empty request as empty bars', () => {
    const bars = waterfallBars({ dns: NaN, connect: -1, tls: Infinity, waiting: 0, download: 0, total: 0 });
    expect(bars.every((b) => b.width === 0 && b.offset === 0 && b.durationS === 0)).toBe(true);
  });

  it('bars are contiguous, non-negative and end inside the chart (property)', () => {
    const duration = fc.double({ min: 0, max: 200, noNaN: true });
    fc.assert(
      fc.property(duration, duration, duration, duration, duration, duration, (dns, connect, tls, waiting, download, total) => {
        const bars = waterfallBars({ dns, connect, tls, waiting, download, total });
        expect(bars).toHaveLength(PHASES.length);
        let end = 0;
        for (const b of bars) {
          expect(b.width).toBeGreaterThanOrEqual(0);
          expect(b.offset).toBeCloseTo(end, 9);
          end = b.offset + b.width;
        }
        expect(end).toBeLessThanOrEqual(1 + 1e-9);
        expect(bars.reduce((s, b) => s + b.durationS, 0)).toBeLessThanOrEqual(waterfallTotal({ dns, connect, tls, waiting, download, total }) + 1e-9);
      }),
    );
  });
});

describe('waterfallBars on a shared scale', () => {
  it('draws a shorter request narrower on a longer one’s scale', () => {
    const warm = aTiming({ dns: 0, connect: 0, tls: 0, waiting: 0.05, download: 0, total: 0.05 });
    const bars = waterfallBars(warm, 0.25);
    expect(bars[3]!.offset).toBe(0);
    expect(bars[3]!.width).toBeCloseTo(0.2, 9);
  });

  it('never narrows the scale below the request’s own total', () => {
    const bars = waterfallBars(aTiming({ dns: 0.1, connect: 0, tls: 0, waiting: 0.1, download: 0, total: 0.2 }), 0.05);
    expect(bars[3]!.offset + bars[3]!.width).toBeCloseTo(1, 9);
    expect(waterfallBars(aTiming(), NaN)).toEqual(waterfallBars(aTiming()));
  });
});

describe('waterfallTotal', () => {
  it('is the model’s total, or the phases’ sum when larger', () => {
    expect(waterfallTotal(aTiming({ total: 1 }))).toBe(1);
    expect(waterfallTotal({ dns: 1, connect: 1, tls: 0, waiting: 0, download: 0, total: 0.5 })).toBe(2);
  });
});
