/** Figures as a learner reads them, in the current language's number format. */
import { unitSpace } from '../i18n/figures';
import { fixed } from '../i18n/number';

export function percent(x: number): string {
  const digits = x >= 0.99995 || x === 0 ? (x === 1 || x === 0 ? 0 : 2) : x > 0.999 ? 3 : 1;
  return `${fixed(x * 100, digits)}${unitSpace('%')}%`;
}

export function ms(seconds: number): string {
  const v = seconds * 1000;
  if (v >= 10_000) return `${fixed(v / 1000, 1)}${unitSpace('s')}s`;
  return `${v < 10 ? fixed(v, 1) : fixed(Math.round(v))}${unitSpace('ms')}ms`;
}

export function rate(x: number): string {
  return `${x < 10 ? fixed(x, 1) : fixed(Math.round(x))}${unitSpace('req/s')}req/s`;
}
