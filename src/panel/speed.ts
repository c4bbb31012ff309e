import { t } from '../i18n/t';
import { figures } from '../i18n/figures';

/** The speed control's stops: slow motion to faster than real time. */
export const SPEEDS = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100] as const;

export function speedIndex(speed: number): number {
  let best = 0;
  SPEEDS.forEach((s, i) => {
    if (Math.abs(Math.log(s / speed)) < Math.abs(Math.log(SPEEDS[best]! / speed))) best = i;
  });
  return best;
}

export function speedText(speed: number): string {
  if (speed < 1) return t('{n}× (slow motion)', { n: decimal(speed) });
  return speed === 1 ? '1×' : t('{n}× (fast)', { n: decimal(speed) });
}

/** Simulated time in the unit that reads best. */
export function formatSimTime(time: number): string {
  if (time < 1) return figures(`${(time * 1000).toFixed(time < 0.01 ? 2 : 1)} ms`);
  if (time < 120) return figures(`${time.toFixed(2)} s`);
  const m = Math.floor(time / 60);
  return figures(`${m} min ${(time - m * 60).toFixed(0)} s`);
}

/** A speed as written ("0.25" / « 0,25 »): any number of decimals, as the stop has them. */
export const decimal = (x: number): string => figures(String(x));

