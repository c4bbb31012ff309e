/**
 * Pure geometry of the small live charts: scales, ticks, paths and bars. No React, no DOM, so every
 * function is tested in node; the components only place what these return.
 */

/** A linear map from a data domain to a pixel range; a zero-width domain maps to the range start. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0 || !Number.isFinite(span)) return () => r0;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** The smallest 1, 2, 2.5 or 5 × 10ᵏ at or above `value` (at least `floor`), so axes end on round numbers. */
export function niceMax(value: number, floor = 1): number {
  const v = Math.max(value, floor);
  if (!Number.isFinite(v) || v <= 0) return floor;
  const magnitude = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    // Tolerance for floating-point noise: niceMax(0.3) must be 0.3's own bucket, not the next one.
    if (candidate >= v * (1 - 1e-12)) return Number(candidate.toPrecision(12));
  }
  return 10 * magnitude;
}

/** `count + 1` evenly spaced ticks from 0 to `max`, rounded against floating-point noise. */
/** Steps on the y axis for a plot this many pixels tall: two, or one where 12 px figures would crowd. */
export function yTickCount(plotHeight: number): number {
  return plotHeight < 56 ? 1 : 2;
}

export function ticks(max: number, count = 2): number[] {
  return Array.from({ length: count + 1 }, (_, i) => Number(((max * i) / count).toPrecision(12)));
}

/** An SVG path through the points, skipping non-finite values (a gap in the line). */
export function linePath(points: ReadonlyArray<readonly [number, number]>): string {
  let d = '';
  let pen = false;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(x)} ${round(y)}`;
    pen = true;
  }
  return d;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One bar per one-second sample, standing on `baseline`. `x` maps the start of the second; bars of zero
 * value are left out so an empty second draws nothing.
 */
export function bars(
  samples: ReadonlyArray<{ t: number; value: number }>,
  x: (t: number) => number,
  y: (v: number) => number,
  baseline: number,
  gap = 1,
): Bar[] {
  const out: Bar[] = [];
  for (const { t, value } of samples) {
    if (!(value > 0)) continue;
    const left = x(t);
    const width = Math.max(1, x(t + 1) - left - gap);
    const top = Math.min(y(value), baseline);
    out.push({ x: round(left), y: round(top), width: round(width), height: round(baseline - top) });
  }
  return out;
}

/** A band across the plot for a time interval, clipped to the visible domain; null when outside it. */
export function band(start: number, end: number, domain: readonly [number, number], x: (t: number) => number): { x: number; width: number } | null {
  const s = Math.max(start, domain[0]);
  const e = Math.min(end, domain[1]);
  if (!(e > s)) return null;
  return { x: round(x(s)), width: round(Math.max(1, x(e) - x(s))) };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * Nudge label positions (y, in drawing order) apart so no two are closer than `gap`, keeping their
 * order by height; used for the labels at the end of lines that run close together. With `max`, the
 * lowest label stays at or above it (the stack moves up instead, not below the axis into its ticks),
 * and with `min` the highest stays at or below it while there is room for both.
 */
export function spreadLabels(ys: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = ys.map((y, i) => ({ y: Math.min(Math.max(y, min), max), i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const cur = order[k]!;
    if (cur.y - prev.y < gap) cur.y = prev.y + gap;
  }
  // Pushed past the bottom: shift the stack up from the bottom, as far as `min` allows.
  for (let k = order.length - 1; k >= 0; k--) {
    const cur = order[k]!;
    const limit = k === order.length - 1 ? max : order[k + 1]!.y - gap;
    if (cur.y > limit) cur.y = Math.max(limit, min);
  }
  const out = new Array<number>(ys.length);
  for (const { y, i } of order) out[i] = round(y);
  return out;
}

/** The value of the newest sample where `pick` is a number (undefined when none is). */
export function lastFinite<T>(samples: readonly T[], pick: (s: T) => number): number | undefined {
  for (let i = samples.length - 1; i >= 0; i--) {
    const v = pick(samples[i]!);
    if (Number.isFinite(v)) return v;
  }
  return undefined;
}
