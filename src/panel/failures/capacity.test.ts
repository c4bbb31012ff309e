import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_SERVICE_MS, APP_WORKERS, QUERIES_PER_REQUEST, QUERY_MS, STATIC_FRACTION } from '../../sim/defaults';
import { MODEL_CAPACITY, appFormula, deriveCapacity, siteFormula, type CapacityInputs } from './capacity';

const anInput = (over: Partial<CapacityInputs> = {}): CapacityInputs => ({
  appWorkers: 5,
  appServiceMs: 40,
  queriesPerRequest: 3,
  queryMs: 1,
  staticFraction: 0.3,
  ...over,
});

describe('deriveCapacity', () => {
  it('is workers ÷ (app time + queries × query time)', () => {
    const c = deriveCapacity(anInput());
    expect(c.dynamicServiceMs).toBe(43);
    expect(c.appRps).toBeCloseTo(5 / 0.043, 6);
    expect(c.siteRps).toBeCloseTo(5 / 0.043 / 0.7, 6);
  });

  it('matches the content report’s worked example (5 workers × 50 ms = 100 req/s)', () => {
    expect(deriveCapacity(anInput({ appServiceMs: 50, queriesPerRequest: 0, staticFraction: 0 })).appRps).toBeCloseTo(100, 9);
  });

  it('uses the model’s defaults', () => {
    const serviceS = (APP_SERVICE_MS + QUERIES_PER_REQUEST * QUERY_MS) / 1000;
    expect(MODEL_CAPACITY.appRps).toBeCloseTo(APP_WORKERS / serviceS, 9);
    expect(MODEL_CAPACITY.siteRps).toBeCloseTo(APP_WORKERS / serviceS / (1 - STATIC_FRACTION), 9);
  });

  it('is unlimited by the application when every request is static', () => {
    expect(deriveCapacity(anInput({ staticFraction: 1 })).siteRps).toBe(Infinity);
  });

  it('grows with workers and shrinks with service time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.double({ min: 1, max: 1000, noNaN: true }), (workers, ms) => {
        const base = deriveCapacity(anInput({ appWorkers: workers, appServiceMs: ms }));
        expect(deriveCapacity(anInput({ appWorkers: workers + 1, appServiceMs: ms })).appRps).toBeGreaterThan(base.appRps);
        expect(deriveCapacity(anInput({ appWorkers: workers, appServiceMs: ms * 2 })).appRps).toBeLessThan(base.appRps);
        expect(base.siteRps).toBeGreaterThanOrEqual(base.appRps);
      }),
    );
  });
});

describe('formulas', () => {
  it('reads as the panel shows it', () => {
    const c = deriveCapacity(anInput());
    expect(appFormula(c)).toBe('5 workers ÷ 43 ms ≈ 116 req/s');
    expect(siteFormula(c)).toBe('116 ÷ (1 − 0.3) ≈ 166 req/s');
  });
});
