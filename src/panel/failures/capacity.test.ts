import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_CPU_SHARE, APP_SERVICE_MS, APP_WORKERS, CPU_CORES, QUERIES_PER_REQUEST, QUERY_MS, STATIC_FRACTION } from '../../sim/defaults';
import { closedNetworkRps } from '../../sim/queueing';
import { MODEL_CAPACITY, appFormula, deriveCapacity, siteFormula, type CapacityInputs } from './capacity';

const anInput = (over: Partial<CapacityInputs> = {}): CapacityInputs => ({
  appWorkers: 5,
  cpuCores: 2,
  appServiceMs: 40,
  appCpuShare: 0,
  queriesPerRequest: 3,
  queryMs: 1,
  staticFraction: 0.3,
  ...over,
});

describe('deriveCapacity', () => {
  it('without CPU work, is workers ÷ (app time + queries × query time)', () => {
    const c = deriveCapacity(anInput());
    expect(c.dynamicServiceMs).toBe(43);
    expect(c.appRps).toBeCloseTo(5 / 0.043, 6);
    expect(c.siteRps).toBeCloseTo(5 / 0.043 / 0.7, 6);
  });

  it('matches the content report’s worked example (5 workers × 50 ms = 100 req/s)', () => {
    expect(deriveCapacity(anInput({ appServiceMs: 50, queriesPerRequest: 0, staticFraction: 0 })).appRps).toBeCloseTo(100, 9);
  });

  it('uses the model’s defaults, CPU included: below both the workers’ and the cores’ limits', () => {
    const serviceS = (APP_SERVICE_MS + QUERIES_PER_REQUEST * QUERY_MS) / 1000;
    const cpuS = (APP_SERVICE_MS * APP_CPU_SHARE) / 1000;
    expect(MODEL_CAPACITY.workerLimitRps).toBeCloseTo(APP_WORKERS / serviceS, 9);
    expect(MODEL_CAPACITY.cpuLimitRps).toBeCloseTo(CPU_CORES / cpuS, 9);
    expect(MODEL_CAPACITY.appRps).toBeCloseTo(closedNetworkRps(APP_WORKERS, serviceS - cpuS, cpuS, CPU_CORES), 9);
    expect(MODEL_CAPACITY.appRps).toBeLessThan(Math.min(MODEL_CAPACITY.workerLimitRps, MODEL_CAPACITY.cpuLimitRps));
    expect(MODEL_CAPACITY.siteRps).toBeCloseTo(MODEL_CAPACITY.appRps / (1 - STATIC_FRACTION), 9);
  });

  it('never exceeds either limit, whatever the CPU share (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 16 }), fc.double({ min: 0, max: 1, noNaN: true }), (workers, cores, share) => {
        const c = deriveCapacity(anInput({ appWorkers: workers, cpuCores: cores, appCpuShare: share }));
        expect(c.appRps).toBeLessThanOrEqual(Math.min(c.workerLimitRps, c.cpuLimitRps) * (1 + 1e-9));
      }),
    );
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
    const shared = deriveCapacity(anInput({ appCpuShare: 0.5 }));
    expect(appFormula(shared)).toBe(`5 workers ÷ 43 ms ≈ 116 req/s; 2 cores ÷ 20 ms of CPU ≈ 100 req/s; together ≈ ${Math.round(shared.appRps)} req/s`);
  });
});
