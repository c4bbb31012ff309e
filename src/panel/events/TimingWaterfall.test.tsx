// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_LIVE, INITIAL_UI, useUi } from '../../store/ui';
import type { RequestRecord } from '../../sim/types';
import { createFakePlayer, type FakePlayer } from './fakePlayer';
import { TimingWaterfall } from './TimingWaterfall';
import { aFailure, aHop, aRequest, aRequestStart, aStateChange, aTiming } from './testData';

const fake = vi.hoisted(() => ({ player: null as FakePlayer | null }));
vi.mock('../../store/appPlayer', () => ({ getPlayer: () => fake.player }));

beforeEach(() => {
  fake.player = createFakePlayer();
  useUi.setState(INITIAL_UI, true);
});
afterEach(cleanup);

/** Traffic mode: one request, the inspected event's or the latest. */
const inTraffic = () => useUi.setState({ mode: 'traffic' });

const lastRequest = (r: RequestRecord | null, simTime = 1) => act(() => useUi.setState({ live: { ...EMPTY_LIVE, simTime, lastRequest: r } }));

describe('TimingWaterfall in traffic mode', () => {
  beforeEach(inTraffic);

  it('draws nothing before any request has finished', () => {
    const { container } = render(<TimingWaterfall />);
    expect(container).toBeEmptyDOMElement();
  });

  it('draws the latest request’s phases with names and durations as text', () => {
    render(<TimingWaterfall />);
    lastRequest(aRequest({ id: 7 }));
    expect(screen.getByRole('heading', { name: 'Cold request · Request #7 · GET /' })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Request #7 timing: DNS 40 ms, Connect 30 ms, TLS 32 ms, Waiting \(TTFB\) 50 ms, Download 8\.0 ms/ });
    expect(chart.querySelectorAll('.waterfall__bar')).toHaveLength(5);
    expect(within(chart).getByText('Waiting (TTFB)')).toBeInTheDocument();
    expect(screen.getByText(/✓ 200 OK in 160 ms/)).toBeInTheDocument();
    expect(screen.getByText(/^Cold:/)).toBeInTheDocument();
  });

  it('offers the same figures as a table', async () => {
    render(<TimingWaterfall />);
    lastRequest(aRequest());
    await userEvent.click(screen.getByText('Show as table'));
    const table = screen.getByRole('table', { name: /request timing by phase/i });
    expect(within(table).getByRole('rowheader', { name: 'TLS' }).closest('tr')).toHaveTextContent('TLS70 ms32 ms');
    expect(within(table).getByRole('rowheader', { name: 'Total' }).closest('tr')).toHaveTextContent('160 ms');
  });

  it('shows a warm request with no DNS, Connect or TLS bar', () => {
    render(<TimingWaterfall />);
    lastRequest(aRequest({ cold: false, timing: aTiming({ dns: 0, connect: 0, tls: 0 }) }));
    const chart = screen.getByRole('img');
    expect(chart.querySelectorAll('.waterfall__bar')).toHaveLength(2);
    // The empty rows say why they are empty, on the chart and to a screen reader.
    expect(within(chart).getByText('none: answer cached')).toBeInTheDocument();
    expect(within(chart).getAllByText('none: connection reused')).toHaveLength(2);
    expect(chart).toHaveAccessibleName(/DNS 0\.0 ms \(none: answer cached\)/);
    expect(screen.getByText(/^Warm:/)).toBeInTheDocument();
  });

  it('says what happened instead of bars when the request failed', () => {
    render(<TimingWaterfall />);
    lastRequest(aFailure());
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText(/✗ ERR_CONNECTION_REFUSED/)).toBeInTheDocument();
    expect(screen.getByText(/The connection was refused: the browser shows ERR_CONNECTION_REFUSED/)).toBeInTheDocument();
  });

  it('follows the inspected event’s request, and falls back to the latest for events of no request', () => {
    fake.player!.requests.set(3, aRequest({ id: 3, path: '/about', outcome: 'gateway-timeout', symptom: '504 Gateway Timeout' }));
    render(<TimingWaterfall />);
    lastRequest(aRequest({ id: 9 }));
    act(() => useUi.setState({ inspected: aHop({ requestId: 3 }) }));
    expect(screen.getByRole('heading', { name: /Request #3 · GET \/about/ })).toBeInTheDocument();
    expect(screen.getByText(/Nginx gave up/)).toBeInTheDocument();
    act(() => useUi.setState({ inspected: aStateChange() }));
    expect(screen.getByRole('heading', { name: /Request #9/ })).toBeInTheDocument();
  });

  it('waits for a request still in flight, and draws it once it finishes', () => {
    fake.player!.requests.set(4, aRequest({ id: 4, end: undefined, outcome: undefined, symptom: undefined, timing: undefined }));
    render(<TimingWaterfall />);
    act(() => useUi.setState({ inspected: aHop({ requestId: 4 }) }));
    expect(screen.getByText(/still in flight/i)).toBeInTheDocument();
    fake.player!.requests.set(4, aRequest({ id: 4 }));
    lastRequest(null, 2);
    expect(screen.getByRole('img', { name: /Request #4/ })).toBeInTheDocument();
  });
});

describe('TimingWaterfall in the journey', () => {
  const cold = aRequest({ id: 0, cold: true, timing: aTiming({ total: 0.24, download: 0.088 }) });
  const warm = aRequest({ id: 1, cold: false, start: 1.2, timing: aTiming({ dns: 0, connect: 0, tls: 0, waiting: 0.048, download: 0, total: 0.048 }) });

  beforeEach(() => {
    fake.player!.events = [aRequestStart({ requestId: 0 }), aRequestStart({ requestId: 1, t: 1.2 })];
  });

  it('shows the cold request, then the warm one, each under its own name, on one scale', () => {
    fake.player!.requests.set(0, cold).set(1, warm);
    render(<TimingWaterfall />);
    lastRequest(warm, 1.3);
    const sections = screen.getAllByTestId('timing-waterfall');
    expect(sections.map((s) => s.dataset.request)).toEqual(['0', '1']);
    expect(within(sections[0]!).getByRole('heading')).toHaveTextContent('Cold request · Request #0 · GET /');
    expect(within(sections[1]!).getByRole('heading')).toHaveTextContent('Warm request · Request #1 · GET /');
    expect(screen.getByText(/full width is 240 ms/)).toBeInTheDocument();
    // The warm request's one bar is a fifth of the width on the shared scale, not stretched to full width.
    const [coldWait, warmWait] = screen.getAllByRole('img').map((c) => Number(c.querySelector('.waterfall__row--waiting .waterfall__bar')!.getAttribute('width')));
    expect(warmWait! / coldWait!).toBeCloseTo(0.048 / 0.05, 5);
    const warmBar = screen.getAllByRole('img')[1]!.querySelector('.waterfall__row--waiting .waterfall__bar')!;
    expect(Number(warmBar.getAttribute('width'))).toBeCloseTo((0.048 / 0.24) * 158, 5);
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleName(/Request #1 timing: .*Waiting \(TTFB\) 48 ms/);
  });

  it('shows only the cold request until the warm one has started', () => {
    fake.player!.requests.set(0, cold);
    render(<TimingWaterfall />);
    lastRequest(cold, 0.3);
    expect(screen.getAllByTestId('timing-waterfall')).toHaveLength(1);
    expect(screen.queryByText(/one scale/)).not.toBeInTheDocument();
  });
});
