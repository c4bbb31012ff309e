import { memo, useMemo } from 'react';
import type { SeriesPoint } from '../../sim/types';
import { useUi } from '../../store/ui';
import { MODEL_CAPACITY } from './capacity';
import { useCapacity, type SiteCapacity } from './useCapacity';
import { capacityLabel, chartCaptions, noPagesNote } from './chartCopy';
import { makeSeriesSelector, visibleDomain } from './series';
import { SeriesTable, type Column } from './SeriesTable';
import { TimeChart, type ChartLine } from './TimeChart';

const selectSeries = makeSeriesSelector();
// Latency and failures: captions that do not depend on the capacity.
const CAPTIONS = chartCaptions(MODEL_CAPACITY);
/** The throughput chart's caption and dashed line for the capacity of the stack playing. */
const capacityLine = (c: SiteCapacity) => ({
  caption: chartCaptions(c).throughput,
  reference: { value: c.appRps, label: capacityLabel(c) },
});

const errorsOf = (p: SeriesPoint) => p.errors;
const toMs = (s: number) => s * 1000;
/** A figure for the tables; an empty second (NaN) reads "none", not "NaN" or 0. */
const fixed = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : 'none');

const THROUGHPUT_LINES: ChartLine[] = [
  { label: 'arriving', pick: (p) => p.pageArrivals, dash: 'dotted' },
  { label: 'served', pick: (p) => p.pagesServed, dash: 'solid' },
];
const LATENCY_LINES: ChartLine[] = [
  { label: 'p50', pick: (p) => toMs(p.p50), dash: 'solid' },
  { label: 'p95', pick: (p) => toMs(p.p95), dash: 'dashed' },
  { label: 'failed', pick: (p) => toMs(p.failedP50), dash: 'dotted' },
];
const FAILING_LINES: ChartLine[] = [{ label: 'failing now', pick: (p) => p.failingNow, dash: 'solid' }];
const THROUGHPUT_COLUMNS: Column[] = [
  { label: 'Pages arriving (req/s)', value: (p) => fixed(p.pageArrivals) },
  { label: 'Pages served (req/s)', value: (p) => fixed(p.pagesServed) },
  { label: 'Static files served (req/s)', value: (p) => fixed(p.filesServed) },
];
const LATENCY_COLUMNS: Column[] = [
  { label: 'Pages p50 (ms)', value: (p) => fixed(toMs(p.p50)) },
  { label: 'Pages p95 (ms)', value: (p) => fixed(toMs(p.p95)) },
  { label: 'Failed, median wait (ms)', value: (p) => fixed(toMs(p.failedP50)) },
];
const ERROR_COLUMNS: Column[] = [
  { label: 'Failed (per s)', value: (p) => String(p.errors) },
  { label: 'Failing now', value: (p) => String(p.failingNow) },
];

const EMPTY_TEXT = 'The live charts fill in traffic mode: move the traffic slider to start it.';

/** Pages (dynamic requests) arriving and served per second, against the application's capacity. Each chart can stand on its own in a scene. */
export const ThroughputChart = memo(function ThroughputChart() {
  const series = useUi(selectSeries);
  const c = useCapacity();
  const { caption, reference } = useMemo(() => capacityLine(c), [c]);
  if (series.length === 0) return <p className="muted">{EMPTY_TEXT}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{caption}</figcaption>
      <TimeChart caption={caption} series={series} domain={visibleDomain(series.at(-1)?.t ?? 0)} unit="pages/s" lines={THROUGHPUT_LINES} reference={reference} />
      <SeriesTable caption="Pages and static files per second" series={series} columns={THROUGHPUT_COLUMNS} />
    </figure>
  );
});

/** Median and 95th-percentile latency of successful pages, and the median wait of failures, apart. */
export const LatencyChart = memo(function LatencyChart() {
  const series = useUi(selectSeries);
  if (series.length === 0) return <p className="muted">{EMPTY_TEXT}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{CAPTIONS.latency}</figcaption>
      <TimeChart
        caption={CAPTIONS.latency}
        series={series}
        domain={visibleDomain(series.at(-1)?.t ?? 0)}
        unit="ms"
        lines={LATENCY_LINES}
        minMax={100}
        note={noPagesNote(series)}
      />
      <SeriesTable caption="Latency" series={series} columns={LATENCY_COLUMNS} />
    </figure>
  );
});

/** Failed requests per second, as bars, and the requests failing now (still waiting), as a line. */
export const FailedChart = memo(function FailedChart() {
  const series = useUi(selectSeries);
  if (series.length === 0) return <p className="muted">{EMPTY_TEXT}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{CAPTIONS.failures}</figcaption>
      <TimeChart
        caption={CAPTIONS.failures}
        series={series}
        domain={visibleDomain(series.at(-1)?.t ?? 0)}
        unit="requests"
        barsOf={errorsOf}
        lines={FAILING_LINES}
      />
      <SeriesTable caption="Failed and failing requests" series={series} columns={ERROR_COLUMNS} />
    </figure>
  );
});

/** Pages against the application's capacity, page latency, and failures over the last minute; each redrawn only when a sample changes. */
export const LiveCharts = memo(function LiveCharts() {
  const empty = useUi((s) => s.live.series.length === 0);
  if (empty) return <p className="muted">{EMPTY_TEXT}</p>;
  return (
    <div className="failures__charts">
      <ThroughputChart />
      <LatencyChart />
      <FailedChart />
    </div>
  );
});
