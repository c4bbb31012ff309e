import { memo, useId } from 'react';
import { DEPLOY_METHODS } from '../../content/failures';
import { unitSpace } from '../../i18n/figures';
import { fixed } from '../../i18n/number';
import { t, tn, tx } from '../../i18n/t';
import { useUi, type DeployWindow, type UiState } from '../../store/ui';
import { band, bars, linearScale, niceMax, ticks, yTickCount } from './chart';
import { DEPLOY_SHORT_LABEL } from './copy';
import { failuresInWindow, makeSeriesSelector, sampleStart, visibleDomain } from './series';
import { asWritten } from './figure';
import { useChartSize } from './useChartSize';

const selectSeries = makeSeriesSelector();
const selectDeploys = (s: UiState) => s.deploys;

/** The proportions in the side panel; the chart is drawn at its size on screen (useChartSize). */
const FALLBACK = { width: 360, height: 120 };
/** Room for 12 px text: the bands' names above, tick figures left, the time axis below. */
const M = { left: 40, right: 8, top: 20, bottom: 32 };

/** The last 60 simulated seconds: each maintenance window as a labelled band, failed requests as bars. */
export const DeployTimeline = memo(function DeployTimeline() {
  const series = useUi(selectSeries);
  const deploys = useUi(selectDeploys);
  const titleId = useId();
  const [ref, { width: W, height: H }] = useChartSize(FALLBACK);
  const last = deploys.at(-1);
  const seriesEnd = series.at(-1)?.t ?? 0;
  const domain = visibleDomain(Math.max(seriesEnd, last?.start ?? 0));
  const x = linearScale(domain, [M.left, W - M.right]);
  const yMax = niceMax(Math.max(...series.map((p) => p.errors), 1));
  const y = linearScale([0, yMax], [H - M.bottom, M.top]);
  const baseline = H - M.bottom;
  const errorBars = bars(
    series.map((p) => ({ t: sampleStart(p), value: p.errors })),
    x,
    y,
    baseline,
  );
  const summary = last ? windowSummary(series, last, seriesEnd) : t('No maintenance window yet: choose a method and press “Deploy now”.');
  return (
    <figure className="failures__figure">
      <figcaption id={titleId}>
        {t('Deploy timeline: failed requests per second (last 60 simulated s); shaded bands are maintenance windows.')}
      </figcaption>
      {series.length === 0 ? (
        <p className="muted">{t('The timeline fills in traffic mode, where many users send requests at once.')}</p>
      ) : (
        <svg ref={ref} className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId}>
          {deploys.map((d, i) => {
            const b = band(d.start, d.end, domain, x);
            if (!b) return null;
            return (
              <g key={`${d.start}-${i}`} className="chart__band" data-method={d.method}>
                <rect x={b.x} y={M.top} width={b.width} height={baseline - M.top} />
                <text x={b.x + 2} y={M.top - 5}>
                  {tx(DEPLOY_SHORT_LABEL[d.method])}
                </text>
              </g>
            );
          })}
          {errorBars.map((b) => (
            <rect key={b.x} className="chart__bar" x={b.x} y={b.y} width={b.width} height={b.height} />
          ))}
          <line className="chart__axis" x1={M.left} x2={W - M.right} y1={baseline} y2={baseline} />
          {ticks(yMax, yTickCount(H - M.top - M.bottom)).map((v) => (
            <text key={v} className="chart__tick" x={M.left - 4} y={y(v) + 4} textAnchor="end">
              {asWritten(v)}
            </text>
          ))}
          {ticks(domain[1] - domain[0], 3).map((dt) => (
            <text key={dt} className="chart__tick" x={x(domain[0] + dt)} y={H - 17} textAnchor="middle">
              {Math.round(domain[0] + dt)}
            </text>
          ))}
          <text className="chart__unit" x={W - M.right} y={H - 1} textAnchor="end">
            {t('simulated time (s)')}
          </text>
          <text className="chart__unit" x={2} y={12}>
            {t('failed/s')}
          </text>
        </svg>
      )}
      <p className="failures__window-count">
        {summary}
      </p>
    </figure>
  );
});

function windowSummary(series: Parameters<typeof failuresInWindow>[0], w: DeployWindow, seriesEnd: number): string {
  const { failed, seconds } = failuresInWindow(series, w.start, w.end);
  const method = tx(DEPLOY_METHODS[w.method].label);
  const span = `${fixed(w.start, 1)}–${fixed(w.end, 1)}${unitSpace('s')}s`;
  if (seconds === 0 && seriesEnd <= w.start) return t('Maintenance window ({method}, {span}) starting…', { method, span });
  if (seconds === 0) return t('The last maintenance window ({method}, {span}) is older than the history the model keeps.', { method, span });
  if (seriesEnd < w.end)
    return tn(
      failed,
      { one: '{n} request failed during the last maintenance window so far ({method}, {span}).', other: '{n} requests failed during the last maintenance window so far ({method}, {span}).' },
      { method, span },
    );
  return tn(
    failed,
    { one: '{n} request failed during the last maintenance window ({method}, {span}).', other: '{n} requests failed during the last maintenance window ({method}, {span}).' },
    { method, span },
  );
}
