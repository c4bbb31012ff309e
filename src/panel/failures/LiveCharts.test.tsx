// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aSeriesPoint } from '../../sim/testkit';
import { INITIAL_UI, useUi } from '../../store/ui';
import { MODEL_CAPACITY } from './capacity';
import { capacityLabel, chartCaptions, noPagesNote } from './chartCopy';
import { LiveCharts } from './LiveCharts';

beforeEach(() => useUi.setState(INITIAL_UI, true));
afterEach(cleanup);

/** 20 healthy seconds, then 10 with the server down: nothing served, requests piling up failing. */
const outage = () =>
  Array.from({ length: 30 }, (_, i) =>
    i < 20
      ? aSeriesPoint(i + 1)
      : aSeriesPoint(i + 1, { pagesServed: 0, filesServed: 0, throughput: 0, p50: Number.NaN, p95: Number.NaN, failingNow: (i - 19) * 20 }),
  );

describe('chart words', () => {
  it('names what the capacity line is the capacity of, with the model’s figure', () => {
    expect(capacityLabel(MODEL_CAPACITY)).toBe(`application capacity ${Math.round(MODEL_CAPACITY.appRps)} pages/s`);
    const c = chartCaptions(MODEL_CAPACITY);
    expect(c.throughput).toMatch(/dynamic requests/);
    expect(c.throughput).toMatch(/Static files \(30 % of requests\).*not plotted/);
    expect(c.latency).toMatch(/successful pages/);
    expect(c.latency).toMatch(/Failed requests are not in it/);
    expect(c.failures).toMatch(/failing now \(still waiting after 3 s/);
  });

  it('says when no page has succeeded lately, instead of drawing 0 ms', () => {
    expect(noPagesNote(outage())).toBe('no successful page since 20 s');
    expect(noPagesNote([aSeriesPoint(1, { pagesServed: 0 })])).toBe('no successful page yet');
    expect(noPagesNote([aSeriesPoint(1)])).toBeNull();
  });
});

describe('LiveCharts', () => {
  it('during an outage: a gap and a note on the latency chart, failing requests on the failures chart', () => {
    useUi.setState({ mode: 'traffic', live: { ...INITIAL_UI.live, series: outage() } });
    const { container } = render(<LiveCharts />);
    const latency = screen.getByRole('img', { name: /Latency of successful pages/ });
    expect(within(latency).getByText('no successful page since 20 s')).toBeInTheDocument();
    // The p50 line stops where the pages stop: one segment, no point drawn for the outage seconds.
    const p50 = latency.querySelector('.chart__line--solid path')!.getAttribute('d')!;
    expect(p50.match(/M/g)).toHaveLength(1);
    expect(p50.match(/[ML]/g)).toHaveLength(20);
    const failures = screen.getByRole('img', { name: /Failures:/ });
    expect(within(failures).getByText('failing now')).toBeInTheDocument();
    expect(container.querySelectorAll('svg.chart')).toHaveLength(3);
  });

  it('plots pages against the application capacity line, labelled with what it is', () => {
    useUi.setState({ mode: 'traffic', live: { ...INITIAL_UI.live, series: [aSeriesPoint(1), aSeriesPoint(2)] } });
    render(<LiveCharts />);
    const chart = screen.getByRole('img', { name: /Pages per second/ });
    expect(within(chart).getByText(`application capacity ${Math.round(MODEL_CAPACITY.appRps)} pages/s`)).toBeInTheDocument();
    expect(within(chart).getByText('pages/s')).toBeInTheDocument();
  });

  it('keeps every line label above the time axis and apart from the others', () => {
    // Both latencies at 0 used to push "p95" onto the axis' "60" tick.
    const flat = Array.from({ length: 60 }, (_, i) => aSeriesPoint(i + 1, { p50: 0.001, p95: 0.001, failedP50: 0.001 }));
    useUi.setState({ mode: 'traffic', live: { ...INITIAL_UI.live, series: flat } });
    render(<LiveCharts />);
    const chart = screen.getByRole('img', { name: /Latency of successful pages/ });
    const axisY = Number(chart.querySelector('.chart__axis')!.getAttribute('y1'));
    const ys = [...chart.querySelectorAll('.chart__line text')].map((t) => Number(t.getAttribute('y')));
    expect(ys).toHaveLength(3);
    for (const y of ys) expect(y).toBeLessThanOrEqual(axisY + 4);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(11.9);
  });
});
