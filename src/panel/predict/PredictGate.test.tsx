// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS } from '../../content/questions';
import { resetProgress } from '../../store/progressActions';
import { useProgress } from '../../store/progress';
import { INITIAL_UI, useUi } from '../../store/ui';
import { PredictGate } from './PredictGate';
import { sceneEvidence, SCALE_WATCH_S } from './evidence';
import { MODEL_CAPACITY } from '../failures/capacity';

vi.mock('../../store/actions', () => ({ announce: vi.fn(), select: vi.fn(), openTopic: vi.fn() }));

const spof = QUESTIONS.find((q) => q.id === 'spof-browser')!;
const right = spof.choices[spof.correct]!.text;
const Control = () => <button type="button">The switch</button>;

beforeEach(() => {
  useUi.setState(INITIAL_UI, true);
  resetProgress();
});
afterEach(cleanup);

describe('PredictGate', () => {
  it('asks before the control acts; committing shows the control, and the answer once the scene has played', async () => {
    render(<PredictGate scene="spof" standalone={false}><Control /></PredictGate>);
    expect(screen.queryByRole('button', { name: 'The switch' })).toBeNull();
    const commit = screen.getByRole('button', { name: 'Commit my prediction' });
    expect(commit).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: '404 Not Found' }));
    await userEvent.click(commit);
    expect(screen.getByRole('button', { name: 'The switch' })).toBeInTheDocument();
    expect(screen.getByText(/You predicted “404 Not Found”/).closest('p')).toHaveFocus();
    expect(useProgress.getState().predictions[spof.id]).toMatchObject({ choice: 0, correct: false, revealed: false });

    act(() => useUi.setState({ spof: true, live: { ...INITIAL_UI.live, tab: { state: 'done', requestId: 1, outcome: 'timeout', symptom: 'ERR_CONNECTION_TIMED_OUT', seconds: 13 } } }));
    expect(screen.getByText(/Not what you predicted/)).toBeInTheDocument();
    expect(screen.getByText(/a browser here showed ERR_CONNECTION_TIMED_OUT/)).toBeInTheDocument();
    expect(screen.getByText(spof.why)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Read the card: Server 8\.8\.8\.8/ })).toBeInTheDocument();
    expect(screen.getAllByText(right, { exact: false }).length).toBeGreaterThan(0);
    // Then the fix.
    expect(screen.getByText('Predict the fix')).toBeInTheDocument();
  });

  it('skipping shows the control and counts nothing; the tally shows only on request', async () => {
    render(<PredictGate scene="deploy" standalone={false}><Control /></PredictGate>);
    await userEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(screen.getByRole('button', { name: 'The switch' })).toBeInTheDocument();
    // The fix question follows a skip too; commit it and it is answered at once.
    await userEvent.click(screen.getByRole('radio', { name: /None: the old workers finish/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Commit my prediction' }));
    expect(screen.getByText('You predicted it.')).toBeInTheDocument();
    expect(screen.queryByText(/predictions? right/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show my tally' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 1 prediction right');
  });

  it('with ?quiz=0, or a scene already broken, shows the control alone', () => {
    useUi.setState({ quiz: false });
    const { unmount } = render(<PredictGate scene="spof" standalone={false}><Control /></PredictGate>);
    expect(screen.getByRole('button', { name: 'The switch' })).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    unmount();
    useUi.setState({ quiz: true, spof: true });
    render(<PredictGate scene="spof" standalone={false}><Control /></PredictGate>);
    expect(screen.getByRole('button', { name: 'The switch' })).toBeInTheDocument();
  });
});

describe('sceneEvidence', () => {
  const base = { spof: false, deploys: [], rps: 20, live: INITIAL_UI.live };
  it('waits for the scene to play', () => {
    expect(sceneEvidence('spof', base, { since: 0, overCapacitySince: null })).toBeNull();
    expect(sceneEvidence('deploy', { ...base, deploys: [{ method: 'app-restart', start: 5, end: 9 }], live: { ...base.live, simTime: 8 } }, { since: 0, overCapacitySince: null })).toBeNull();
    expect(sceneEvidence('scale', { ...base, rps: 500, live: { ...base.live, simTime: SCALE_WATCH_S - 1 } }, { since: 0, overCapacitySince: 0 })).toBeNull();
  });

  it('then says what the model showed', () => {
    expect(sceneEvidence('deploy', { ...base, deploys: [{ method: 'app-restart', start: 5, end: 9 }], live: { ...base.live, simTime: 9 } }, { since: 0, overCapacitySince: null })).toMatch(/502 Bad Gateway/);
    expect(sceneEvidence('deploy', { ...base, deploys: [{ method: 'nginx-reload', start: 5, end: 9 }], live: { ...base.live, simTime: 10 } }, { since: 0, overCapacitySince: null })).toMatch(/no request failed/);
    // A deploy from before the learner committed does not count.
    expect(sceneEvidence('deploy', { ...base, deploys: [{ method: 'app-restart', start: 1, end: 3 }], live: { ...base.live, simTime: 10 } }, { since: 4, overCapacitySince: null })).toBeNull();
    expect(sceneEvidence('scale', { ...base, rps: 500, live: { ...base.live, simTime: SCALE_WATCH_S } }, { since: 0, overCapacitySince: 0 })).toContain(`about ${Math.round(MODEL_CAPACITY.siteRps)}`);
  });
});
