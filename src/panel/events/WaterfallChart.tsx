import type { Timing } from '../../sim/types';
import { ms } from '../format';
import { waterfallBars, waterfallTotal, type PhaseId } from './waterfall';
import { t, tx } from '../../i18n/t';

/** Chart geometry in SVG user units; the SVG scales to the panel's width. */
const WIDTH = 320;
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 104;
const DURATION_WIDTH = 58;
const BAR_X = LABEL_WIDTH;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - DURATION_WIDTH;
const BAR_HEIGHT = 12;
/** A phase shorter than a pixel still shows as a sliver, so it is not mistaken for one that never ran. */
const MIN_VISIBLE_WIDTH = 1.5;
/** Why a phase took no time, written in its empty track so a warm request does not read as blank. */
function skipped(phase: PhaseId): string {
  switch (phase) {
    case 'dns':
      return t('none: answer cached');
    case 'connect':
    case 'tls':
      return t('none: connection reused');
    case 'waiting':
      return t('none');
    case 'download':
      return t('none: arrived at once');
  }
}

interface Props {
  timing: Timing;
  /** Names the chart for screen readers ("Request #3"). */
  name: string;
  /** Seconds the full width stands for, when several requests share one scale. */
  scaleS?: number;
}

/** The phases of one request as a Network panel's waterfall, each bar labelled with its name and duration. */
export function WaterfallChart({ timing, name, scaleS = 0 }: Props) {
  const bars = waterfallBars(timing, scaleS);
  const total = waterfallTotal(timing);
  const height = bars.length * ROW_HEIGHT;
  const phases = bars.map((b) => `${tx(b.label)} ${ms(b.durationS)}${b.durationS > 0 ? '' : ` (${skipped(b.phase)})`}`).join(', ');
  const summary = t('{name} timing: {phases}; total {total}.', { name, phases, total: ms(total) });
  return (
    <svg className="waterfall" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} data-testid="waterfall-chart">
      {/* A faint track per row shows the whole scale, so each bar reads as a share of it. */}
      {bars.map((b, i) => {
        const y = i * ROW_HEIGHT;
        const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        const width = b.durationS > 0 ? Math.max(b.width * BAR_WIDTH, MIN_VISIBLE_WIDTH) : 0;
        return (
          <g key={b.phase} className={`waterfall__row waterfall__row--${b.phase}`}>
            <text className="waterfall__label" x={0} y={y + ROW_HEIGHT / 2} dominantBaseline="central">
              {tx(b.label)}
            </text>
            <rect className="waterfall__track" x={BAR_X} y={barY} width={BAR_WIDTH} height={BAR_HEIGHT} />
            {width > 0 ? (
              <rect className="waterfall__bar" x={BAR_X + b.offset * BAR_WIDTH} y={barY} width={width} height={BAR_HEIGHT} />
            ) : (
              <text className="waterfall__skipped" x={BAR_X + 4} y={y + ROW_HEIGHT / 2} dominantBaseline="central">
                {skipped(b.phase)}
              </text>
            )}
            <text className="waterfall__duration" x={WIDTH} y={y + ROW_HEIGHT / 2} dominantBaseline="central" textAnchor="end">
              {ms(b.durationS)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
