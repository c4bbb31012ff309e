import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_SYMPTOM } from '../sim/types';
import { DEPLOY_METHODS, FAILURE_EXPLANATIONS, NINES, deployDowntime, formatDuration } from './failures';

const sentences = (text: string) => text.match(/[.!?](\s|$)/g)?.length ?? 0;

describe('FAILURE_EXPLANATIONS', () => {
  it('labels each switch as the brief asks', () => {
    expect(FAILURE_EXPLANATIONS.spof.switchLabel).toContain('Single point of failure');
    expect(FAILURE_EXPLANATIONS.maintenance.switchLabel).toContain('maintenance');
    expect(FAILURE_EXPLANATIONS.scalability.switchLabel).toContain('traffic');
  });

  it.each(Object.entries(FAILURE_EXPLANATIONS))('%s has every field filled and https sources', (_id, f) => {
    for (const text of [f.title, f.switchLabel, f.what, f.why, f.userSees, f.operatorSees, f.fix]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN/);
    }
    expect(f.sources.length).toBeGreaterThan(0);
    for (const s of f.sources) expect(new URL(s.url).protocol).toBe('https:');
  });

  it('shows what the browser really shows, and names the standard fixes', () => {
    expect(FAILURE_EXPLANATIONS.spof.userSees).toContain('ERR_CONNECTION_TIMED_OUT');
    expect(FAILURE_EXPLANATIONS.spof.fix).toMatch(/load balancer/);
    expect(FAILURE_EXPLANATIONS.maintenance.userSees).toContain('ERR_CONNECTION_REFUSED');
    expect(FAILURE_EXPLANATIONS.maintenance.userSees).toContain('502 Bad Gateway');
    expect(FAILURE_EXPLANATIONS.maintenance.fix).toMatch(/rolling/);
    expect(FAILURE_EXPLANATIONS.maintenance.fix).toMatch(/blue-green/);
    expect(FAILURE_EXPLANATIONS.scalability.userSees).toContain('504 Gateway Timeout');
    expect(FAILURE_EXPLANATIONS.scalability.fix).toMatch(/scaling up/);
    expect(FAILURE_EXPLANATIONS.scalability.fix).toMatch(/scaling out/);
  });
});

describe('DEPLOY_METHODS', () => {
  it('maps each deploy to what users get: refused, 502, nothing lost', () => {
    expect(DEPLOY_METHODS['nginx-restart']).toMatchObject({ outcome: 'refused', symptom: OUTCOME_SYMPTOM.refused });
    expect(DEPLOY_METHODS['nginx-restart'].explanation).toContain('ERR_CONNECTION_REFUSED');
    expect(DEPLOY_METHODS['app-restart']).toMatchObject({ outcome: 'bad-gateway', symptom: '502 Bad Gateway' });
    expect(DEPLOY_METHODS['nginx-reload']).toMatchObject({ outcome: null, command: 'nginx -s reload' });
    expect(DEPLOY_METHODS['nginx-reload'].explanation).toMatch(/no request is lost/);
  });

  it('explains each in one sentence under a label', () => {
    for (const method of Object.values(DEPLOY_METHODS)) {
      expect(method.label.trim()).not.toBe('');
      expect(method.command.trim()).not.toBe('');
      expect(sentences(method.explanation)).toBe(1);
    }
  });
});

describe('NINES', () => {
  const row = (availability: number) => NINES.find((r) => r.availability === availability);

  it('matches the published downtime tables (30-day month)', () => {
    expect(row(99)).toMatchObject({ label: '99%', perYear: '3.65 days', perMonth: '7.2 h', perDay: '14.4 min' });
    expect(row(99.5)).toMatchObject({ perYear: '1.83 days', perMonth: '3.6 h', perDay: '7.2 min' });
    expect(row(99.9)).toMatchObject({ perYear: '8.76 h', perMonth: '43.2 min', perDay: '1.44 min' });
    expect(row(99.95)).toMatchObject({ perYear: '4.38 h', perMonth: '21.6 min', perDay: '43.2 s' });
    expect(row(99.99)).toMatchObject({ perYear: '52.6 min', perMonth: '4.32 min', perDay: '8.64 s' });
    expect(row(99.999)).toMatchObject({ label: '99.999%', perYear: '5.26 min', perMonth: '25.9 s', perDay: '0.864 s' });
  });

  it('allows less downtime with every extra nine', () => {
    for (let i = 1; i < NINES.length; i++) {
      const [before, after] = [NINES[i - 1]!, NINES[i]!];
      expect(after.availability).toBeGreaterThan(before.availability);
      expect(after.perYearS).toBeLessThan(before.perYearS);
      expect(after.perDayS).toBeCloseTo(after.perYearS / 365, 9);
    }
  });

  it('formats durations in a person’s unit', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(30)).toBe('30 s');
    expect(formatDuration(90)).toBe('1.5 min');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(86_400 * 2)).toBe('2 days');
  });
});

describe('deployDowntime', () => {
  it('reproduces the research examples (content.md §5.2)', () => {
    const daily = deployDowntime(1, 30);
    expect(daily.hoursPerYear.toFixed(1)).toBe('3.0');
    expect((daily.availability * 100).toFixed(3)).toBe('99.965');
    const tenADay = deployDowntime(10, 30);
    expect(tenADay.hoursPerYear.toFixed(1)).toBe('30.4');
    expect((tenADay.availability * 100).toFixed(2)).toBe('99.65');
    const minuteADay = deployDowntime(1, 60);
    expect(minuteADay.hoursPerYear.toFixed(1)).toBe('6.1');
    expect((minuteADay.availability * 100).toFixed(2)).toBe('99.93');
    expect(Math.round(deployDowntime(1 / 7, 30).hoursPerYear * 60)).toBe(26);
  });

  it('is 100 % with no visible downtime and rejects nonsense', () => {
    expect(deployDowntime(0, 30)).toEqual({ hoursPerYear: 0, availability: 1 });
    expect(deployDowntime(12, 0).availability).toBe(1);
    expect(() => deployDowntime(-1, 30)).toThrow(RangeError);
    expect(() => deployDowntime(1, Number.NaN)).toThrow(RangeError);
    expect(() => deployDowntime(Infinity, 1)).toThrow(RangeError);
  });

  it('stays between 0 and 1, and more deploys never raise availability', () => {
    const deploys = fc.double({ min: 0, max: 10_000, noNaN: true });
    const seconds = fc.double({ min: 0, max: 100_000, noNaN: true });
    fc.assert(
      fc.property(deploys, deploys, seconds, (a, b, s) => {
        const [few, many] = a <= b ? [a, b] : [b, a];
        const x = deployDowntime(few, s);
        const y = deployDowntime(many, s);
        expect(x.availability).toBeGreaterThanOrEqual(0);
        expect(x.availability).toBeLessThanOrEqual(1);
        expect(y.availability).toBeLessThanOrEqual(x.availability);
        expect(x.hoursPerYear).toBeLessThanOrEqual(8760 + 1e-9);
      }),
    );
  });
});
