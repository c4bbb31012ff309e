import { describe, expect, it } from 'vitest';
import { NINES } from '../../content/failures';
import { deployCost, hoursText, matchingNinesIndex } from './arithmetic';

describe('deployCost', () => {
  it('gives the content report’s figures (1 a day × 30 s ≈ 3.0 h, 99.965 %)', () => {
    const c = deployCost('1', '30');
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.hoursPerYear).toBeCloseTo(3.04, 2);
    expect(c.availability).toBeCloseTo(0.99965, 5);
  });

  it('explains bad input instead of throwing', () => {
    expect(deployCost('', '30')).toEqual({ ok: false, message: 'Enter two numbers.' });
    expect(deployCost('-1', '30').ok).toBe(false);
    expect(deployCost('abc', '30').ok).toBe(false);
  });
});

describe('matchingNinesIndex', () => {
  it('picks the most nines still met', () => {
    const at = (a: number) => NINES[matchingNinesIndex(NINES, a)]?.availability;
    expect(at(0.99965)).toBe(99.95);
    expect(at(0.999)).toBe(99.9);
    expect(at(1)).toBe(99.999);
    expect(matchingNinesIndex(NINES, 0.98)).toBe(-1);
  });

  it('treats 86.4 s a day as exactly three nines', () => {
    const c = deployCost('1', '86.4');
    if (!c.ok) throw new Error('expected a result');
    expect(NINES[matchingNinesIndex(NINES, c.availability)]?.availability).toBe(99.9);
  });
});

describe('hoursText', () => {
  it('reads naturally', () => {
    expect(hoursText(3.0416)).toBe('3.04 hours a year');
    expect(hoursText(30.41)).toBe('30.4 hours a year');
  });
});
