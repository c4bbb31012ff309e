// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INITIAL_UI, useUi } from '../../store/ui';
import type { SimEvent } from '../../sim/types';
import { createFakePlayer, type FakePlayer } from './fakePlayer';
import { PacketInspector, inspectorTitle } from './PacketInspector';
import { aCacheMiss, aHop, aRefusal, aSyn } from './testData';

const fake = vi.hoisted(() => ({ player: null as FakePlayer | null }));
vi.mock('../../store/appPlayer', () => ({ getPlayer: () => fake.player }));

beforeEach(() => {
  fake.player = createFakePlayer();
  useUi.setState(INITIAL_UI, true);
});
afterEach(cleanup);

const showing = (event: SimEvent | null) => {
  act(() => useUi.setState({ inspected: event }));
};

describe('PacketInspector', () => {
  it('invites a choice when nothing is inspected', () => {
    render(<PacketInspector />);
    expect(screen.getByText(/choose an event/i)).toBeInTheDocument();
  });

  it('shows a packet as a capture would: protocol and summary, then its fields', () => {
    render(<PacketInspector />);
    showing(aHop());
    expect(screen.getByRole('heading', { name: 'HTTP · GET / HTTP/1.1' })).toBeInTheDocument();
    expect(screen.getByText('Host')).toBeInTheDocument();
    expect(screen.getByText('www.foobar.com').tagName).toBe('CODE');
    expect(screen.getByText('HTTP / HTTPS · TCP 80 / 443')).toBeInTheDocument();
    expect(screen.getByText('Arrives at')).toBeInTheDocument();
    expect(screen.getByText(/✓ Delivered to Nginx/)).toBeInTheDocument();
  });

  it('says in words when a packet was lost or refused', () => {
    render(<PacketInspector />);
    showing(aSyn({ lost: true }));
    expect(screen.getByText(/✗ Lost on the way/)).toBeInTheDocument();
    expect(screen.getByText('Lost at')).toBeInTheDocument();
    showing(aSyn({ refused: true }));
    expect(screen.getByText(/✗ Refused at Nginx/)).toBeInTheDocument();
  });

  it('describes and narrates an event that is not a packet', () => {
    render(<PacketInspector />);
    showing(aRefusal());
    expect(screen.getByRole('heading', { name: /connection refused \(port closed\)/i })).toBeInTheDocument();
    expect(screen.getByText(/ERR_CONNECTION_REFUSED/)).toBeInTheDocument();
    expect(screen.getByText('#1')).toBeInTheDocument();
  });

  it('titles a packet without a summary by protocol and sender', () => {
    expect(inspectorTitle(aSyn({ detail: { protocol: 'TCP', summary: ' ', fields: [] } }))).toBe("TCP · User's browser");
    expect(inspectorTitle(aCacheMiss())).toBe('browser DNS cache miss');
  });
});
