/** Figures as a learner reads them. */
export function percent(x: number): string {
  if (x >= 0.99995 || x === 0) return `${(x * 100).toFixed(x === 1 || x === 0 ? 0 : 2)} %`;
  return `${(x * 100).toFixed(x > 0.999 ? 3 : 1)} %`;
}

export function ms(seconds: number): string {
  const v = seconds * 1000;
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
}

export function rate(x: number): string {
  return `${x < 10 ? x.toFixed(1) : Math.round(x)} req/s`;
}
