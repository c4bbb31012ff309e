// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS } from '../../content/questions';
import { aRun } from '../../sim/testkit';
import type { HopEvent, SimEvent } from '../../sim/types';
import { useProgress } from '../../store/progress';
import { resetProgress } from '../../store/progressActions';
import { INITIAL_UI, useUi } from '../../store/ui';
import JourneyPredict from './JourneyPredict';

vi.mock('../../store/actions', () => ({ announce: vi.fn(), select: vi.fn(), openTopic: vi.fn() }));

// The model's own journey, cold then warm, as the player shows it step by step.
const sim = aRun({ seed: 3 }, [{ t: 0, type: 'request' }, { t: 1, type: 'request' }], 5);
const hops = (events: SimEvent[]) => events.filter((e): e is HopEvent => e.kind === 'hop');
const question = (id: string) => QUESTIONS.find((q) => q.id === id)!;

beforeEach(() => {
  useUi.setState(INITIAL_UI, true);
  resetProgress();
});
afterEach(cleanup);

describe('the journey questions agree with the model', () => {
  it('the first DNS answer comes from the root server, as the correct choice says', () => {
    const first = hops(sim.eventsOf(0)).find((h) => h.packet === 'dns-response')!;
    expect(first.from).toBe('root');
    const q = question('journey-dns-first');
    expect(q.choices[q.correct]!.text).toMatch(/root server/);
  });

  it('the second request skips DNS and the TCP and TLS handshakes, and still runs the application', () => {
    const packets = hops(sim.eventsOf(1)).map((h) => h.packet);
    for (const skipped of ['dns-query', 'tcp-syn', 'tls-client-hello'] as const) expect(packets).not.toContain(skipped);
    expect(packets).toContain('sql-query');
    const q = question('journey-second-skip');
    expect(q.choices[q.correct]!.text).toMatch(/DNS lookup and the TCP and TLS handshakes/);
  });
});

describe('JourneyPredict', () => {
  it('asks before Play, then reveals the answer at the step that shows the first DNS answer', async () => {
    render(<JourneyPredict />);
    await userEvent.click(screen.getByRole('radio', { name: /foobar\.com’s own name server/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Commit my prediction' }));
    expect(screen.queryByRole('group')).toBeNull();
    const steps = sim.eventsOf(0);
    const query = steps.find((e) => e.kind === 'hop' && e.packet === 'dns-query')!;
    act(() => useUi.setState({ live: { ...INITIAL_UI.live, stepIndex: 1, current: query } }));
    expect(useProgress.getState().predictions['journey-dns-first']).toMatchObject({ revealed: false });
    const answer = hops(steps).find((h) => h.packet === 'dns-response')!;
    act(() => useUi.setState({ live: { ...INITIAL_UI.live, stepIndex: 3, current: answer } }));
    expect(screen.getByText(/Not what you predicted/)).toBeInTheDocument();
    expect(screen.getByText(/came from the Root server/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close the answer' }));
    expect(screen.queryByText(/Not what you predicted/)).toBeNull();
  });

  it('asks what the second request skips at the pause before it', () => {
    useProgress.setState({ predictions: { 'journey-dns-first': 'skipped' } });
    useUi.setState({ live: { ...INITIAL_UI.live, stepIndex: 20 }, chapterPause: { after: 'response', next: 'dns', nextRequest: true } });
    render(<JourneyPredict />);
    expect(screen.getByRole('group', { name: /What does it skip/ })).toBeInTheDocument();
  });
});
