// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INITIAL_UI, EMPTY_LIVE, useUi } from '../../store/ui';
import EventsTab from './EventsTab';
import { aDnsQuery, aHop, aRequestEnd, aRequestStart, aSyn } from './testData';
import { createFakePlayer, type FakePlayer } from './fakePlayer';

const fake = vi.hoisted(() => ({ player: null as FakePlayer | null }));
vi.mock('../../store/appPlayer', () => ({ getPlayer: () => fake.player }));

beforeEach(() => {
  fake.player = createFakePlayer();
  useUi.setState(INITIAL_UI, true);
});
afterEach(cleanup);

/** As the player does: a new snapshot moves the table. */
function publish(simTime: number, stepIndex = 0, current: import('../../sim/types').SimEvent | null = null) {
  act(() => useUi.setState({ live: { ...EMPTY_LIVE, simTime, stepIndex, current } }));
}

describe('EventsTab', () => {
  it('lists events in an accessible table, newest at the bottom', () => {
    fake.player!.events = [aRequestStart({ t: 0 }), aDnsQuery({ t: 0.001 }), aSyn({ t: 0.05 })];
    render(<EventsTab />);
    const table = screen.getByRole('table', { name: /recent events/i });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Time', 'Where', 'What']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('TCP SYN');
    expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent("User's browser → Recursive resolver");
  });

  it('re-reads the player when the playback moves', () => {
    render(<EventsTab />);
    expect(screen.getByText(/nothing has happened yet/i)).toBeInTheDocument();
    fake.player!.events = [aSyn({ t: 0.05 })];
    publish(0.06);
    expect(screen.getByRole('button', { name: /TCP SYN/ })).toBeInTheDocument();
  });

  it('filters by kind', async () => {
    fake.player!.events = [aDnsQuery(), aSyn(), aHop()];
    render(<EventsTab />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'TCP' }));
    expect(screen.queryByRole('button', { name: /TCP SYN/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /DNS query/ })).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAccessibleName(/2 of 3 shown/);
  });

  it('opens a packet in the inspector without moving the playback (traffic mode)', async () => {
    useUi.setState({ mode: 'traffic', playing: true });
    const request = aHop({ t: 1.5 });
    fake.player!.events = [aSyn(), request, aRequestEnd({ t: 1.7 })];
    render(<EventsTab />);
    publish(1.8);
    await userEvent.click(screen.getByRole('button', { name: /HTTP request: GET \/ HTTP\/1\.1/ }));
    expect(screen.getByRole('heading', { name: /GET \/ HTTP\/1\.1/ })).toHaveTextContent('HTTP · GET / HTTP/1.1');
    expect(useUi.getState().inspected).toBe(request);
    expect(screen.getByRole('button', { name: /HTTP request/ }).closest('tr')).toHaveAttribute('aria-current', 'true');
    // Paused where it was: no seek, every row still listed, the time unchanged.
    expect(fake.player!.pause).toHaveBeenCalled();
    expect(fake.player!.seekTime).not.toHaveBeenCalled();
    expect(fake.player!.seekStep).not.toHaveBeenCalled();
    expect(useUi.getState().live.simTime).toBe(1.8);
    expect(screen.getAllByRole('row').slice(1)).toHaveLength(3);
    expect(screen.getByText(/Happened at/)).toHaveTextContent('Happened at 1.50 s; the diagram shows 1.80 s');
  });

  it('selects a journey step by keyboard without rewinding, and moves there only on the labelled button', async () => {
    const events = [aRequestStart(), aDnsQuery(), aSyn(), aHop()];
    fake.player!.events = events;
    render(<EventsTab />);
    publish(0.2, 3, events[3]!);
    screen.getByRole('button', { name: /TCP SYN/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useUi.getState().inspected).toBe(events[2]);
    expect(fake.player!.seekStep).not.toHaveBeenCalled();
    expect(screen.getAllByRole('row').slice(1)).toHaveLength(4);

    const jump = screen.getByRole('button', { name: 'Move the diagram to this moment' });
    expect(jump).toHaveAccessibleDescription(/Moves the diagram, gauges and figures back to .* The events after it stay listed/);
    await userEvent.click(jump);
    expect(fake.player!.seekStep).toHaveBeenCalledWith(2);
  });

  it('keeps rows after the moment shown, in italics and said in words', () => {
    const events = [aRequestStart(), aDnsQuery(), aSyn(), aHop()];
    fake.player!.events = events;
    render(<EventsTab />);
    publish(0.05, 1, events[1]!);
    const later = screen.getByRole('button', { name: /TCP SYN/ }).closest('tr')!;
    expect(later).toHaveClass('events-row--later');
    expect(later).toHaveTextContent('(later than the diagram shows)');
    expect(screen.getByRole('button', { name: /DNS query/ }).closest('tr')).not.toHaveClass('events-row--later');
    expect(screen.getByTestId('events-later-note')).toHaveTextContent('The 2 rows after it, in italics, are later; Play continues from ▶.');
  });

  it('marks the row the caption describes with ▶ and aria-current', () => {
    const dns = aDnsQuery();
    fake.player!.events = [aRequestStart(), dns];
    render(<EventsTab />);
    publish(0.01, 1, dns);
    const row = screen.getByRole('button', { name: /DNS query/ }).closest('tr')!;
    expect(row).toHaveAttribute('aria-current', 'step');
    expect(row).toHaveTextContent('▶');
  });

  it('closes the inspector and gives focus back to the row', async () => {
    fake.player!.events = [aHop(), aRequestEnd()];
    render(<EventsTab />);
    const button = screen.getByRole('button', { name: /HTTP request/ });
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Close inspector' }));
    expect(useUi.getState().inspected).toBeNull();
    expect(screen.queryByTestId('packet-inspector')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

describe('EventsTab, following the diagram', () => {
  it('brings the row of a packet clicked on the diagram into view', () => {
    const hop = aHop();
    fake.player!.events = [aSyn(), hop];
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    render(<EventsTab />);
    act(() => useUi.setState({ inspected: hop }));
    expect(scrolled).toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: /GET \/ HTTP\/1\.1/ })).toBeInTheDocument();
  });
});
