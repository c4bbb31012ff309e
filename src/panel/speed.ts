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
  if (speed < 1) return `${speed}× (slow motion)`;
  return speed === 1 ? '1×' : `${speed}× (fast)`;
}

/** Simulated time in the unit that reads best. */
export function formatSimTime(t: number): string {
  if (t < 1) return `${(t * 1000).toFixed(t < 0.01 ? 2 : 1)} ms`;
  if (t < 120) return `${t.toFixed(2)} s`;
  const m = Math.floor(t / 60);
  return `${m} min ${(t - m * 60).toFixed(0)} s`;
}
