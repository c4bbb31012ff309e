import { describe, expect, it } from 'vitest';
import { MODEL_CAPACITY } from './capacity';
import { capacityLabel } from './chartCopy';
import { capacityFor } from './useCapacity';

describe('capacity of the stack playing', () => {
  it('is the one server’s, or N times it for N servers behind the balancer, said so on the chart', () => {
    expect(capacityFor(1)).toMatchObject({ servers: 1, siteRps: MODEL_CAPACITY.siteRps, appRps: MODEL_CAPACITY.appRps });
    expect(capacityFor(3).siteRps).toBeCloseTo(3 * MODEL_CAPACITY.siteRps);
    expect(capacityFor(3)).toBe(capacityFor(3));
    expect(capacityLabel(capacityFor(1))).toBe(`application capacity ${Math.round(MODEL_CAPACITY.appRps)} pages/s`);
    expect(capacityLabel(capacityFor(2))).toBe(`application capacity of 2 servers ${Math.round(2 * MODEL_CAPACITY.appRps)} pages/s`);
  });
});

describe('capacity of a bigger server', () => {
  it('grows with workers until the cores are busy, then only with cores', () => {
    const base = capacityFor(1);
    const workers = capacityFor(1, 15);
    const both = capacityFor(1, 15, 6);
    expect(workers.workerLimitRps).toBeGreaterThan(base.workerLimitRps * 2);
    // Two cores still cap it: more workers barely help.
    expect(workers.appRps).toBeLessThan(base.cpuLimitRps + 1);
    expect(both.appRps).toBeGreaterThan(workers.appRps * 2);
    expect(capacityFor(2, 15, 6).siteRps).toBeCloseTo(2 * both.siteRps);
  });
});
