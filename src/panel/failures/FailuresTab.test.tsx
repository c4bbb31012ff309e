// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Metrics, SeriesPoint } from '../../sim/types';
import { aMetrics as aMetricsOf, aSeriesPoint } from '../../sim/testkit';
import { INITIAL_UI, useUi } from '../../store/ui';
import { MODEL_CAPACITY, appFormula } from './capacity';
import FailuresTab from './FailuresTab';

vi.mock('../../store/actions', async () => {
  const { useUi } = await import('../../store/ui');
  return {
    setSpof: vi.fn(),
    setTraffic: vi.fn(),
    deploy: vi.fn(),
    setMode: vi.fn(),
    setBreakScene: vi.fn((breakScene: string) => useUi.setState({ breakScene: breakScene as 'spof' })),
  };
});
const actions = await import('../../store/actions');

const gauge = { status: 'up' as const, busy: 5, capacity: 5, queue: 40, queueCapacity: 511, utilisation: 0.98 };
const aPoint = (t: number, over: Partial<SeriesPoint> = {}): SeriesPoint =>
  aSeriesPoint(t, { arrivalRate: 200, pageArrivals: 140, throughput: 165, pagesServed: 105, filesServed: 60, p50: 0.3, p95: 1.2, appQueue: 40, appBusy: 5, ...over });
const aMetrics = (over: Partial<Metrics> = {}): Metrics =>
  aMetricsOf({ completed: 4950, inFlight: 60, inFlightOk: 60, throughput: 165, p50: 0.3, p95: 1.2, p99: 2, availability: 0.99, availabilityWindow: 0.99, gauges: { nginx: gauge, 'app-server': gauge, mysql: gauge }, ...over });

beforeEach(() => {
  // The plain controls: predictions have their own tests (panel/predict).
  useUi.setState({ ...INITIAL_UI, quiz: false }, true);
  vi.clearAllMocks();
});
afterEach(cleanup);

describe('Single point of failure', () => {
  it('is a labelled switch that calls setSpof', async () => {
    render(<FailuresTab />);
    const sw = screen.getByRole('switch', { name: /Single point of failure/ });
    expect(sw).not.toBeChecked();
    await userEvent.click(sw);
    expect(actions.setSpof).toHaveBeenCalledWith(true);
  });

  it('when on, says DNS still answers, how it is fixed, and the compressed wait in traffic mode', () => {
    useUi.setState({ spof: true, mode: 'traffic' });
    const { container } = render(<FailuresTab />);
    expect(screen.getByRole('switch', { name: /Single point of failure/ })).toBeChecked();
    expect(screen.getByText(/DNS still answers www\.foobar\.com → 8\.8\.8\.8/)).toBeInTheDocument();
    expect(screen.getByText(/compressed ×10, to 13\.1 s/)).toBeInTheDocument();
    expect(container.querySelector('.callout.callout--fix')).toHaveTextContent(/load balancer/);
  });

  it('does not claim a compressed clock in journey mode', () => {
    useUi.setState({ spof: true });
    render(<FailuresTab />);
    expect(screen.queryByText(/compressed ×10/)).toBeNull();
  });
});

describe('Downtime during maintenance', () => {
  beforeEach(() => useUi.setState({ breakScene: 'deploy' }));

  it('deploys with the chosen method', async () => {
    render(<FailuresTab />);
    const group = screen.getByRole('group', { name: /maintenance/ });
    await userEvent.click(within(group).getByRole('radio', { name: /Restart Nginx/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Deploy now' }));
    expect(actions.deploy).toHaveBeenCalledWith('nginx-restart');
  });

  it('notes that the journey restarts with the window at t = 0', () => {
    render(<FailuresTab />);
    expect(screen.getByText(/rebuilds the journey with the maintenance window at t = 0/)).toBeInTheDocument();
  });

  it('counts the failures inside the last window', () => {
    const series = Array.from({ length: 20 }, (_, i) => aPoint(i, { errors: i === 12 || i === 13 ? 30 : 0 }));
    useUi.setState({ mode: 'traffic', deploys: [{ method: 'nginx-restart', start: 11.2, end: 13.2 }], live: { ...INITIAL_UI.live, series } });
    render(<FailuresTab />);
    expect(screen.getByText(/60 requests failed during the last maintenance window \(Restart Nginx, 11\.2–13\.2 s\)/)).toBeInTheDocument();
  });

  it('turns deploys into hours a year and marks the nines row', () => {
    render(<FailuresTab />);
    expect(screen.getByText('3.04 hours a year')).toBeInTheDocument();
    expect(screen.getByText('99.965 %')).toBeInTheDocument();
    const row = screen.getByText('◀ your deploys').closest('tr')!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('99.95%');
    fireEvent.change(screen.getByLabelText('Deploys per day'), { target: { value: '10' } });
    expect(screen.getByText('30.4 hours a year')).toBeInTheDocument();
    expect(within(screen.getByText('◀ your deploys').closest('tr')!).getByRole('rowheader')).toHaveTextContent('99.5%');
  });
});

// The capacity is derived from the model's configuration (workers, cores, CPU share), never typed in.
const CAPACITY = Math.round(MODEL_CAPACITY.siteRps);

describe('Limited scalability', () => {
  beforeEach(() => useUi.setState({ breakScene: 'scale' }));

  it('has a traffic slider whose value text compares with capacity', () => {
    render(<FailuresTab />);
    const slider = screen.getByRole('slider', { name: /traffic/i });
    expect(slider).toHaveAttribute('aria-valuetext', `20 requests per second (below capacity ${CAPACITY})`);
    expect(screen.getByText(`capacity ≈ ${CAPACITY} req/s (${Math.round(MODEL_CAPACITY.appRps)} pages/s)`)).toBeInTheDocument();
    expect(screen.getByText(appFormula(MODEL_CAPACITY))).toBeInTheDocument();
    expect(appFormula(MODEL_CAPACITY)).toMatch(/^5 workers ÷ 43 ms ≈ 116 req\/s; 2 cores ÷ 20 ms of CPU ≈ 100 req\/s; together ≈ \d+ req\/s$/);
  });

  it('says what the model assumes about CPU and waiting, from the model’s own figures', () => {
    render(<FailuresTab />);
    expect(screen.getByText('What the model assumes')).toBeInTheDocument();
    expect(screen.getByText(/is CPU work and the rest waits on I\/O/)).toBeInTheDocument();
    expect(screen.getByText(/CPU cores are shared equally/)).toBeInTheDocument();
  });

  it('sets the traffic from the slider’s stop', () => {
    render(<FailuresTab />);
    const slider = screen.getByRole('slider', { name: /traffic/i });
    fireEvent.change(slider, { target: { value: '13' } });
    expect(actions.setTraffic).toHaveBeenCalledWith(100);
  });

  it('says above capacity past it', () => {
    useUi.setState({ rps: 250 });
    render(<FailuresTab />);
    expect(screen.getByRole('slider', { name: /traffic/i })).toHaveAttribute('aria-valuetext', `250 requests per second (above capacity ${CAPACITY})`);
  });

  it('shows utilisation, Little’s law and three charts with table alternatives in traffic mode', () => {
    const series = Array.from({ length: 30 }, (_, i) => aPoint(i, { errors: i > 25 ? 4 : 0 }));
    useUi.setState({ mode: 'traffic', rps: 200, live: { ...INITIAL_UI.live, series, metrics: aMetrics() } });
    render(<FailuresTab />);
    expect(screen.getByText('Utilisation ρ = λ ÷ capacity').nextElementSibling).toHaveTextContent(new RegExp(`^${(200 / MODEL_CAPACITY.siteRps).toFixed(2)}`));
    expect(screen.getByText('L = X × W').nextElementSibling).toHaveTextContent('49.5 requests');
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(3);
    expect(screen.getAllByText('Show as table')).toHaveLength(3);
    const table = screen.getByRole('table', { name: /Pages and static files per second \(last 20 seconds\)/ });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByRole('img', { name: new RegExp(`dashed line: application capacity ${Math.round(MODEL_CAPACITY.appRps)} pages/s`) })).toBeInTheDocument();
  });

  it('re-renders the charts only when a sample changes, not at every publish', () => {
    const series = Array.from({ length: 5 }, (_, i) => aPoint(i));
    useUi.setState({ mode: 'traffic', live: { ...INITIAL_UI.live, series } });
    let commits = 0;
    render(
      <Profiler id="failures" onRender={() => commits++}>
        <FailuresTab />
      </Profiler>,
    );
    const afterMount = commits;
    act(() => useUi.setState({ live: { ...INITIAL_UI.live, series: series.map((p) => ({ ...p })), simTime: 5.5 } }));
    expect(commits).toBe(afterMount);
    act(() => useUi.setState({ live: { ...INITIAL_UI.live, series: [...series, aPoint(5, { errors: 2 })], simTime: 6 } }));
    expect(commits).toBeGreaterThan(afterMount);
  });
});

it('links every source', () => {
  for (const breakScene of ['spof', 'deploy', 'scale'] as const) {
    useUi.setState({ breakScene });
    render(<FailuresTab />);
    expect(screen.getAllByRole('link').length).toBeGreaterThan(0);
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    cleanup();
  }
});

describe('three scenes', () => {
  it('shows one scene at a time behind tabs, and the arrow keys move between them', async () => {
    render(<FailuresTab />);
    const tabs = within(screen.getByRole('tablist', { name: 'What to break' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Server down', 'Deploy', 'Too much traffic']);
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Server down');
    expect(screen.queryByRole('button', { name: 'Deploy now' })).toBeNull();
    tabs[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(actions.setBreakScene).toHaveBeenCalledWith('deploy');
    expect(screen.getByRole('tab', { name: 'Deploy' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Deploy' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Deploy now' })).toBeInTheDocument();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('slider', { name: /traffic/i })).toBeInTheDocument();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('marks the server-down scene while the server is down', () => {
    useUi.setState({ spof: true, breakScene: 'scale' });
    render(<FailuresTab />);
    expect(screen.getByRole('tab', { name: /Server down/ })).toHaveTextContent('Server down (on)');
  });

  it.each([
    ['spof', 'switch', /Pages per second/],
    ['scale', 'slider', /Pages per second/],
    ['deploy', 'button', /Deploy timeline/],
  ] as const)('%s: the chart comes right after the control, before the folded explanation', (breakScene, role, chart) => {
    const series = Array.from({ length: 5 }, (_, i) => aPoint(i));
    useUi.setState({ breakScene, mode: 'traffic', live: { ...INITIAL_UI.live, series } });
    const { container } = render(<FailuresTab />);
    const control = role === 'button' ? screen.getByRole('button', { name: 'Deploy now' }) : screen.getAllByRole(role)[0]!;
    const figure = screen.getAllByRole('figure')[0]!;
    expect(figure).toHaveTextContent(chart);
    const more = container.querySelector('details.scene__more')!;
    expect(more).not.toHaveAttribute('open');
    // Document order: control, then its chart, then "More".
    expect(control.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(figure.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(more.querySelector('.callout--fix')).not.toBeNull();
    // Two or three sentences are shown before "More".
    const lead = container.querySelector('.scene__card .scene__lead')!.textContent!;
    expect(lead.split(/(?<=\.)\s/).length).toBeGreaterThanOrEqual(2);
    expect(lead.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(3);
  });

  it('offers traffic mode where the chart needs it', async () => {
    render(<FailuresTab />);
    expect(screen.queryByRole('figure')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Watch traffic' }));
    expect(actions.setMode).toHaveBeenCalledWith('traffic');
  });

  it('folds the sentences under "More" in an embedded frame', () => {
    useUi.setState({ embed: true });
    const { container } = render(<FailuresTab />);
    expect(container.querySelector('.scene__card .scene__lead')).toBeNull();
    expect(container.querySelector('details.scene__more .scene__lead')).not.toBeNull();
  });
});
