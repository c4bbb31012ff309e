import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_STOPS, loadWord, nearestStop, rateStops, rateValueText, stopFraction } from './rateScale';

describe('rateStops', () => {
  it('adds the capacity, sorted and without duplicates', () => {
    const stops = rateStops(166.1);
    expect(stops).toContain(166);
    expect([...stops].sort((a, b) => a - b)).toEqual(stops);
    expect(new Set(stops).size).toBe(stops.length);
    expect(rateStops(125)).toHaveLength(BASE_STOPS.length);
  });

  it('spans 0 to 2000 with fine steps near capacity', () => {
    const stops = rateStops(166);
    expect(stops[0]).toBe(0);
    expect(stops.at(-1)).toBe(2000);
    const near = stops.filter((s) => s >= 100 && s <= 200);
    expect(near.length).toBeGreaterThanOrEqual(10);
  });
});

describe('nearestStop and stopFraction', () => {
  const stops = rateStops(166);
  it('finds the stop nearest a rate', () => {
    expect(stops[nearestStop(stops, 20)]).toBe(20);
    expect(stops[nearestStop(stops, 23)]).toBe(20);
    expect(stops[nearestStop(stops, 9999)]).toBe(2000);
  });

  it('places each stop at its index (property: monotonic, 0..1)', () => {
    expect(stopFraction(stops, stops[3]!)).toBeCloseTo(3 / (stops.length - 1));
    fc.assert(fc.property(fc.double({ min: -10, max: 3000, noNaN: true }), fc.double({ min: -10, max: 3000, noNaN: true }), (a, b) => {
      const fa = stopFraction(stops, a);
      expect(fa).toBeGreaterThanOrEqual(0);
      expect(fa).toBeLessThanOrEqual(1);
      if (a <= b) expect(fa).toBeLessThanOrEqual(stopFraction(stops, b) + 1e-12);
    }));
  });
});

describe('rateValueText', () => {
  it('says where the rate stands against capacity', () => {
    expect(rateValueText(125, 125)).toBe('125 requests per second (at capacity 125)');
    expect(rateValueText(20, 166.1)).toBe('20 requests per second (below capacity 166)');
    expect(rateValueText(200, 166.1)).toBe('200 requests per second (above capacity 166)');
    expect(loadWord(165, 166.1)).toBe('at');
  });
});
