import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../sim/types';
import { aSeriesPoint } from '../../sim/testkit';
import { INITIAL_UI, type UiState } from '../../store/ui';
import { failuresInWindow, inWindow, lastPoints, makeSeriesSelector, sameSeries, visibleDomain } from './series';

const aPoint = (t: number, over: Partial<SeriesPoint> = {}): SeriesPoint => aSeriesPoint(t, over);
const aState = (series: SeriesPoint[]): UiState => ({ ...INITIAL_UI, live: { ...INITIAL_UI.live, series } });

describe('visibleDomain', () => {
  it('shows the last 60 s, starting at 0 until there are 60', () => {
    expect(visibleDomain(12)).toEqual([0, 60]);
    expect(visibleDomain(100)).toEqual([40, 100]);
  });
});

describe('failuresInWindow', () => {
  const series = [aPoint(11, { errors: 1 }), aPoint(12, { errors: 40 }), aPoint(13, { errors: 38 }), aPoint(14, { errors: 2 }), aPoint(15, { errors: 0 })];

  it('counts the seconds a 2 s window touches', () => {
    // Window 11.5 → 13.5 touches the seconds [11, 12), [12, 13) and [13, 14): samples 12, 13 and 14.
    expect(failuresInWindow(series, 11.5, 13.5)).toEqual({ failed: 80, seconds: 3 });
  });

  it('counts nothing for a window the series no longer holds', () => {
    expect(failuresInWindow(series, 100, 102)).toEqual({ failed: 0, seconds: 0 });
  });

  it('never counts more than the whole series (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (start, len) => {
      const all = series.reduce((n, p) => n + p.errors, 0);
      expect(failuresInWindow(series, start, start + len).failed).toBeLessThanOrEqual(all);
    }));
  });

  it('treats sample t as the second [t − 1, t), as the model does', () => {
    expect(inWindow(aPoint(5), 4.9, 5)).toBe(true);
    expect(inWindow(aPoint(5), 5, 6)).toBe(false);
    expect(inWindow(aPoint(5), 3, 4)).toBe(false);
  });
});

describe('makeSeriesSelector', () => {
  it('keeps the same array while the samples are equal', () => {
    const select = makeSeriesSelector();
    const first = select(aState([aPoint(1), aPoint(2)]));
    expect(select(aState([aPoint(1), aPoint(2)]))).toBe(first);
    const changed = select(aState([aPoint(1), aPoint(2, { errors: 3 })]));
    expect(changed).not.toBe(first);
    expect(select(aState([aPoint(1), aPoint(2), aPoint(3)]))).toHaveLength(3);
  });

  it('agrees with sameSeries', () => {
    expect(sameSeries([aPoint(1)], [aPoint(1)])).toBe(true);
    expect(sameSeries([aPoint(1)], [aPoint(1, { p95: 0.2 })])).toBe(false);
  });
});

describe('lastPoints', () => {
  it('keeps the newest n', () => {
    const s = Array.from({ length: 30 }, (_, i) => aPoint(i));
    expect(lastPoints(s, 20).map((p) => p.t)).toEqual(Array.from({ length: 20 }, (_, i) => i + 10));
  });
});
