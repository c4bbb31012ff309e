// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_LIVE, INITIAL_UI, useUi } from '../../store/ui';
import type { RequestRecord } from '../../sim/types';
import { createFakePlayer, type FakePlayer } from './fakePlayer';
import { TimingWaterfall } from './TimingWaterfall';
import { aFailure, aHop, aRequest, aStateChange, aTiming } from './testData';

const fake = vi.hoisted(() => ({ player: null as FakePlayer | null }));
vi.mock('../../store/player', () => ({ getPlayer: () => fake.player }));

beforeEach(() => {
  fake.player = createFakePlayer();
  useUi.setState(INITIAL_UI, true);
});
afterEach(cleanup);

const lastRequest = (r: RequestRecord | null, simTime = 1) => act(() => useUi.setState({ live: { ...EMPTY_LIVE, simTime, lastRequest: r } }));

describe('TimingWaterfall', () => {
  it('draws nothing before any request has finished', () => {
    const { container } = render(<TimingWaterfall />);
    expect(container).toBeEmptyDOMElement();
  });

  it('draws the latest request’s phases with names and durations as text', () => {
    render(<TimingWaterfall />);
    lastRequest(aRequest({ id: 7 }));
    expect(screen.getByRole('heading', { name: /Request #7/ })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Request #7 timing: DNS 40 ms, Connect 30 ms, TLS 32 ms, Waiting \(TTFB\) 50 ms, Download 8\.0 ms/ });
    expect(chart.querySelectorAll('.waterfall__bar')).toHaveLength(5);
    expect(within(chart).getByText('Waiting (TTFB)')).toBeInTheDocument();
    expect(screen.getByText(/✓ 200 OK in 160 ms/)).toBeInTheDocument();
    expect(screen.getByText(/^Cold/)).toBeInTheDocument();
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
    expect(screen.getByRole('img').querySelectorAll('.waterfall__bar')).toHaveLength(2);
    expect(screen.getByText(/^Warm/)).toBeInTheDocument();
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
    expect(screen.getByRole('heading', { name: /Request #3 \/about/ })).toBeInTheDocument();
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
