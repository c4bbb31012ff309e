import { memo, useMemo } from 'react';
import type { SeriesPoint } from '../../sim/types';
import { useUi } from '../../store/ui';
import { fixed } from '../../i18n/number';
import { t } from '../../i18n/t';
import { MODEL_CAPACITY } from './capacity';
import { useCapacity, type SiteCapacity } from './useCapacity';
import { capacityLabel, chartCaptions, noPagesNote } from './chartCopy';
import { makeSeriesSelector, visibleDomain } from './series';
import { SeriesTable, type Column } from './SeriesTable';
import { TimeChart, type ChartLine } from './TimeChart';

const selectSeries = makeSeriesSelector();
/** The throughput chart's caption and dashed line for the capacity of the stack playing. */
const capacityLine = (c: SiteCapacity) => ({
  caption: chartCaptions(c).throughput,
  reference: { value: c.appRps, label: capacityLabel(c) },
});

const errorsOf = (p: SeriesPoint) => p.errors;
const toMs = (s: number) => s * 1000;
/** A figure for the tables; an empty second (NaN) reads "none", not "NaN" or 0. */
const figure = (v: number) => (Number.isFinite(v) ? fixed(v, 0) : t('none'));

// Labels in the reader's language: built at render (the language is loaded after this module), once per mount.
const throughputLines = (): ChartLine[] => [
  { label: t('arriving'), pick: (p) => p.pageArrivals, dash: 'dotted' },
  { label: t('served'), pick: (p) => p.pagesServed, dash: 'solid' },
];
const latencyLines = (): ChartLine[] => [
  { label: 'p50', pick: (p) => toMs(p.p50), dash: 'solid' },
  { label: 'p95', pick: (p) => toMs(p.p95), dash: 'dashed' },
  { label: t('failed'), pick: (p) => toMs(p.failedP50), dash: 'dotted' },
];
const failingLines = (): ChartLine[] => [{ label: t('failing now'), pick: (p) => p.failingNow, dash: 'solid' }];
const throughputColumns = (): Column[] => [
  { label: t('Pages arriving (req/s)'), value: (p) => figure(p.pageArrivals) },
  { label: t('Pages served (req/s)'), value: (p) => figure(p.pagesServed) },
  { label: t('Static files served (req/s)'), value: (p) => figure(p.filesServed) },
];
const latencyColumns = (): Column[] => [
  { label: t('Pages p50 (ms)'), value: (p) => figure(toMs(p.p50)) },
  { label: t('Pages p95 (ms)'), value: (p) => figure(toMs(p.p95)) },
  { label: t('Failed, median wait (ms)'), value: (p) => figure(toMs(p.failedP50)) },
];
const errorColumns = (): Column[] => [
  { label: t('Failed (per s)'), value: (p) => String(p.errors) },
  { label: t('Failing now'), value: (p) => String(p.failingNow) },
];

const emptyText = () => t('The live charts fill in traffic mode: move the traffic slider to start it.');

/** Pages (dynamic requests) arriving and served per second, against the application's capacity. Each chart can stand on its own in a scene. */
export const ThroughputChart = memo(function ThroughputChart() {
  const series = useUi(selectSeries);
  const c = useCapacity();
  const { caption, reference } = useMemo(() => capacityLine(c), [c]);
  const lines = useMemo(throughputLines, []);
  const columns = useMemo(throughputColumns, []);
  if (series.length === 0) return <p className="muted">{emptyText()}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{caption}</figcaption>
      <TimeChart caption={caption} series={series} domain={visibleDomain(series.at(-1)?.t ?? 0)} unit="pages/s" lines={lines} reference={reference} />
      <SeriesTable caption={t('Pages and static files per second')} series={series} columns={columns} />
    </figure>
  );
});

/** Median and 95th-percentile latency of successful pages, and the median wait of failures, apart. */
export const LatencyChart = memo(function LatencyChart() {
  const series = useUi(selectSeries);
  const caption = useMemo(() => chartCaptions(MODEL_CAPACITY).latency, []);
  const lines = useMemo(latencyLines, []);
  const columns = useMemo(latencyColumns, []);
  if (series.length === 0) return <p className="muted">{emptyText()}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{caption}</figcaption>
      <TimeChart
        caption={caption}
        series={series}
        domain={visibleDomain(series.at(-1)?.t ?? 0)}
        unit="ms"
        lines={lines}
        minMax={100}
        note={noPagesNote(series)}
      />
      <SeriesTable caption={t('Latency')} series={series} columns={columns} />
    </figure>
  );
});

/** Failed requests per second, as bars, and the requests failing now (still waiting), as a line. */
export const FailedChart = memo(function FailedChart() {
  const series = useUi(selectSeries);
  const caption = useMemo(() => chartCaptions(MODEL_CAPACITY).failures, []);
  const lines = useMemo(failingLines, []);
  const columns = useMemo(errorColumns, []);
  if (series.length === 0) return <p className="muted">{emptyText()}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{caption}</figcaption>
      <TimeChart
        caption={caption}
        series={series}
        domain={visibleDomain(series.at(-1)?.t ?? 0)}
        unit={t('requests')}
        barsOf={errorsOf}
        lines={lines}
      />
      <SeriesTable caption={t('Failed and failing requests')} series={series} columns={columns} />
    </figure>
  );
});

/** Pages against the application's capacity, page latency, and failures over the last minute; each redrawn only when a sample changes. */
export const LiveCharts = memo(function LiveCharts() {
  const empty = useUi((s) => s.live.series.length === 0);
  if (empty) return <p className="muted">{emptyText()}</p>;
  return (
    <div className="failures__charts">
      <ThroughputChart />
      <LatencyChart />
      <FailedChart />
    </div>
  );
});
