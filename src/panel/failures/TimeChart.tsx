import { useId } from 'react';
import type { SeriesPoint } from '../../sim/types';
import { t } from '../../i18n/t';
import { sampleStart } from './series';
import { bars, lastFinite, linePath, linearScale, niceMax, spreadLabels, ticks, yTickCount } from './chart';
import { asWritten } from './figure';
import { useChartSize } from './useChartSize';
import '../../styles/charts.css';

/** One quantity drawn over time; `dash` tells lines apart without colour. NaN leaves a gap. */
export interface ChartLine {
  label: string;
  pick: (p: SeriesPoint) => number;
  dash: 'solid' | 'dashed' | 'dotted';
}

export interface TimeChartProps {
  caption: string;
  series: readonly SeriesPoint[];
  domain: readonly [number, number];
  /** Axis unit, as printed: "req/s", "ms", "failed/s". */
  unit: string;
  lines?: readonly ChartLine[];
  /** Draw this quantity as one bar per second instead. */
  barsOf?: (p: SeriesPoint) => number;
  /** A horizontal reference (the capacity), drawn long-dashed with its label above it. */
  reference?: { value: number; label: string };
  /** The smallest top of the y axis, so a quiet chart does not magnify noise. */
  minMax?: number;
  /** Written across the plot when there is nothing to draw now (e.g. "no page served since 12 s"). */
  note?: string | null;
}

/** The proportions in the side panel; the chart is drawn at its size on screen (useChartSize). */
const FALLBACK = { width: 360, height: 140 };
/**
 * Room for 12 px text: the unit above the tick figures on the left, line labels on the right ("failing
 * now"), the time ticks below with their unit at the right end of the row.
 */
const M = { left: 40, right: 80, top: 22, bottom: 18 };
/** Line labels are this far apart at least, and stay above the time axis' tick labels. */
const LABEL_GAP = 14;

/** A small line or bar chart over simulated time, with labelled axes and labels at the line ends. */
export function TimeChart({ caption, series, domain, unit, lines = [], barsOf, reference, minMax = 1, note }: TimeChartProps) {
  const captionId = useId();
  const [ref, { width: W, height: H }] = useChartSize(FALLBACK);
  const values = series.flatMap((p) => [...lines.map((l) => l.pick(p)), barsOf ? barsOf(p) : 0]).filter(Number.isFinite);
  const yMax = niceMax(Math.max(...values, reference ? reference.value * 1.15 : 0, minMax));
  const x = linearScale(domain, [M.left, W - M.right]);
  const y = linearScale([0, yMax], [H - M.bottom, M.top]);
  const baseline = H - M.bottom;
  // End labels sit at each line's last drawn value, nudged apart, never below the axis.
  const ends = lines.map((l) => lastFinite(series, l.pick));
  const labelYs = spreadLabels(
    ends.map((v) => (v === undefined ? baseline : y(v))),
    LABEL_GAP,
    M.top + 4,
    // Clear of the time axis' unit, which shares the right margin.
    baseline - 4,
  );
  return (
    <svg ref={ref} className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={captionId}>
      <title id={captionId}>{caption}</title>
      {ticks(yMax, yTickCount(H - M.top - M.bottom)).map((v) => (
        <g key={v} className="chart__grid">
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
          <text className="chart__tick" x={M.left - 4} y={y(v) + 4} textAnchor="end">
            {asWritten(v)}
          </text>
        </g>
      ))}
      {ticks(domain[1] - domain[0], 3).map((dt) => (
        <text key={dt} className="chart__tick" x={x(domain[0] + dt)} y={H - 4} textAnchor="middle">
          {Math.round(domain[0] + dt)}
        </text>
      ))}
      <text className="chart__unit" x={2} y={12}>
        {unit}
      </text>
      {/* Simulated time: the title and caption say so. */}
      <text className="chart__unit" x={W - M.right + 14} y={H - 4}>
        {t('time (s)')}
      </text>
      <line className="chart__axis" x1={M.left} x2={W - M.right} y1={baseline} y2={baseline} />
      {barsOf &&
        bars(series.map((p) => ({ t: sampleStart(p), value: barsOf(p) })), x, y, baseline).map((b) => (
          <rect key={b.x} className="chart__bar" x={b.x} y={b.y} width={b.width} height={b.height} />
        ))}
      {reference && (
        <g className="chart__reference">
          <line x1={M.left} x2={W - M.right} y1={y(reference.value)} y2={y(reference.value)} />
          <text className="chart__halo" x={M.left + 4} y={y(reference.value) - 4}>
            {reference.label}
          </text>
        </g>
      )}
      {lines.map((l, i) => (
        <g key={l.label} className={`chart__line chart__line--${l.dash}`}>
          {/* Samples sit at the middle of their second. */}
          <path d={linePath(series.map((p) => [x(sampleStart(p) + 0.5), y(l.pick(p))]))} />
          {ends[i] !== undefined && (
            <text x={W - M.right + 4} y={labelYs[i]! + 4}>
              {l.label}
            </text>
          )}
        </g>
      ))}
      {note && (
        <text className="chart__note chart__halo" x={(M.left + W - M.right) / 2} y={M.top + (baseline - M.top) / 2} textAnchor="middle">
          {note}
        </text>
      )}
    </svg>
  );
}
