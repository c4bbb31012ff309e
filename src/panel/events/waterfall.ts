/**
 * A request's timing as the bars of a browser Network panel's waterfall: each phase starts where the
 * previous one ended, and everything is scaled to the whole request. Pure: the chart only draws it.
 */
import type { Timing } from '../../sim/types';

export type PhaseId = 'dns' | 'connect' | 'tls' | 'waiting' | 'download';

/** The phases in the order a browser goes through them, named as Chrome's Network panel names them. */
export const PHASES: readonly { id: PhaseId; label: string }[] = [
  { id: 'dns', label: 'DNS' },
  { id: 'connect', label: 'Connect' },
  { id: 'tls', label: 'TLS' },
  { id: 'waiting', label: 'Waiting (TTFB)' },
  { id: 'download', label: 'Download' },
];

export interface WaterfallBar {
  phase: PhaseId;
  label: string;
  /** Seconds from the start of the request to the start of this phase. */
  startS: number;
  durationS: number;
  /** Where the bar starts and how wide it is, as fractions (0..1) of the scale. */
  offset: number;
  width: number;
}

/** A duration the model might leave out or get wrong counts as nothing, never as negative time. */
const clean = (s: number): number => (Number.isFinite(s) && s > 0 ? s : 0);

/**
 * One bar per phase. The scale is the request's total, or the sum of the phases if they add up to
 * more (so no bar runs off the chart); with nothing to scale, every bar is empty. `scaleS` widens the
 * scale (never narrows it) so several requests can share one, e.g. a cold and a warm one.
 */
export function waterfallBars(timing: Timing, scaleS = 0): WaterfallBar[] {
  const durations = PHASES.map((p) => clean(timing[p.id]));
  const sum = durations.reduce((a, b) => a + b, 0);
  const scale = Math.max(clean(timing.total), sum, clean(scaleS));
  let startS = 0;
  return PHASES.map((p, i) => {
    const durationS = durations[i]!;
    const bar: WaterfallBar = {
      phase: p.id,
      label: p.label,
      startS,
      durationS,
      offset: scale > 0 ? startS / scale : 0,
      width: scale > 0 ? durationS / scale : 0,
    };
    startS += durationS;
    return bar;
  });
}

/** The whole request in seconds: the model's total, or the phases' sum if that is larger. */
export function waterfallTotal(timing: Timing): number {
  return Math.max(
    clean(timing.total),
    PHASES.reduce((a, p) => a + clean(timing[p.id]), 0),
  );
}
