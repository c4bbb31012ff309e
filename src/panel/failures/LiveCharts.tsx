import { memo } from 'react';
import type { SeriesPoint } from '../../sim/types';
import { useUi } from '../../store/ui';
import { MODEL_CAPACITY } from './capacity';
import { makeSeriesSelector, visibleDomain } from './series';
import { SeriesTable, type Column } from './SeriesTable';
import { TimeChart, type ChartLine } from './TimeChart';

const selectSeries = makeSeriesSelector();
const CAPACITY = MODEL_CAPACITY.siteRps;

const errorsOf = (p: SeriesPoint) => p.errors;
const toMs = (s: number) => s * 1000;
const fixed = (digits: number) => (v: number) => v.toFixed(digits);

const THROUGHPUT_LINES: ChartLine[] = [
  { label: 'arriving', pick: (p) => p.arrivalRate, dash: 'dotted' },
  { label: 'served', pick: (p) => p.throughput, dash: 'solid' },
];
const LATENCY_LINES: ChartLine[] = [
  { label: 'p50', pick: (p) => toMs(p.p50), dash: 'solid' },
  { label: 'p95', pick: (p) => toMs(p.p95), dash: 'dashed' },
];
const THROUGHPUT_COLUMNS: Column[] = [
  { label: 'Arriving (req/s)', value: (p) => fixed(0)(p.arrivalRate) },
  { label: 'Served (req/s)', value: (p) => fixed(0)(p.throughput) },
];
const LATENCY_COLUMNS: Column[] = [
  { label: 'p50 (ms)', value: (p) => fixed(0)(toMs(p.p50)) },
  { label: 'p95 (ms)', value: (p) => fixed(0)(toMs(p.p95)) },
];
const ERROR_COLUMNS: Column[] = [{ label: 'Failed (per s)', value: (p: SeriesPoint) => String(p.errors) }];

const CAPTIONS = {
  throughput: `Throughput: requests served vs arriving per second; dashed line: capacity ≈ ${Math.round(CAPACITY)} req/s.`,
  latency: 'Latency of successful requests: median (p50, solid) and 95th percentile (p95, dashed), ms.',
  errors: 'Failed requests per second (timed out, refused, 502 or 504).',
};

const EMPTY_TEXT = 'The live charts fill in traffic mode: move the traffic slider to start it.';

/** Served against arriving requests per second, with the capacity line. Each chart can stand on its own in a scene. */
export const ThroughputChart = memo(function ThroughputChart() {
  const series = useUi(selectSeries);
  if (series.length === 0) return <p className="muted">{EMPTY_TEXT}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{CAPTIONS.throughput}</figcaption>
      <TimeChart
        caption={CAPTIONS.throughput}
        series={series}
        domain={visibleDomain(series.at(-1)?.t ?? 0)}
        unit="req/s"
        lines={THROUGHPUT_LINES}
        reference={{ value: CAPACITY, label: `capacity ${Math.round(CAPACITY)}` }}
      />
      <SeriesTable caption="Throughput" series={series} columns={THROUGHPUT_COLUMNS} />
    </figure>
  );
});

/** Median and 95th-percentile latency of successful requests. */
export const LatencyChart = memo(function LatencyChart() {
  const series = useUi(selectSeries);
  if (series.length === 0) return <p className="muted">{EMPTY_TEXT}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{CAPTIONS.latency}</figcaption>
      <TimeChart caption={CAPTIONS.latency} series={series} domain={visibleDomain(series.at(-1)?.t ?? 0)} unit="ms" lines={LATENCY_LINES} minMax={100} />
      <SeriesTable caption="Latency" series={series} columns={LATENCY_COLUMNS} />
    </figure>
  );
});

/** Failed requests per second, as bars. */
export const FailedChart = memo(function FailedChart() {
  const series = useUi(selectSeries);
  if (series.length === 0) return <p className="muted">{EMPTY_TEXT}</p>;
  return (
    <figure className="failures__figure">
      <figcaption>{CAPTIONS.errors}</figcaption>
      <TimeChart caption={CAPTIONS.errors} series={series} domain={visibleDomain(series.at(-1)?.t ?? 0)} unit="failed/s" barsOf={errorsOf} />
      <SeriesTable caption="Failed requests" series={series} columns={ERROR_COLUMNS} />
    </figure>
  );
});

/** Throughput, latency and errors over the last minute; each redrawn only when a sample changes. */
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
