import { describe, expect, it } from 'vitest';
import { PaceMeter, modelBudgetMs } from './pace';

describe('the pace meter', () => {
  it('says nothing while the model keeps up, and the speed reached once a second falls short', () => {
    const pace = new PaceMeter();
    for (let i = 0; i < 60; i++) pace.add(1 / 60, 100 / 60, 100);
    expect(pace.runningAt).toBeNull();
    for (let i = 0; i < 60; i++) pace.add(1 / 60, 37 / 60, 100);
    expect(pace.runningAt).toBeCloseTo(37);
    for (let i = 0; i < 60; i++) pace.add(1 / 60, 100 / 60, 100);
    expect(pace.runningAt).toBeNull();
  });

  it('gives the model half a frame, never under 8 ms nor near a 50 ms long task', () => {
    expect(modelBudgetMs(1 / 30)).toBeCloseTo(1000 / 60);
    expect(modelBudgetMs(0)).toBe(8);
    expect(modelBudgetMs(1)).toBe(30);
  });
});
