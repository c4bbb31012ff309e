// @vitest-environment happy-dom
/** The explain tab and the predictions' tally in French: sentences with their bold parts, Chrome's own error page, a count. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FR } from '../../i18n/fr';
import { setCatalog } from '../../i18n/t';
import { questionsFor } from '../../content/questions';
import { EMPTY_PROGRESS, useProgress } from '../../store/progress';
import { EMPTY_LIVE, INITIAL_UI, useUi } from '../../store/ui';
import { Tally } from '../predict/Tally';
import { BrowserView } from './BrowserView';
import { Overview } from './Overview';

beforeEach(() => {
  useUi.setState(INITIAL_UI, true);
  setCatalog('fr', FR);
});
afterEach(() => {
  cleanup();
  setCatalog('en', null);
  useProgress.setState(EMPTY_PROGRESS, true);
});

describe('the explain tab in French', () => {
  it('introduces the stack in French, its names still in bold', async () => {
    render(<Overview />);
    expect(screen.getByRole('heading', { name: 'Comment www.foobar.com est servi' })).toBeInTheDocument();
    const intro = screen.getByText(/Un utilisateur tape/);
    expect(intro).toHaveTextContent(/^Un utilisateur tape www\.foobar\.com\. Le DNS répond par un enregistrement A qui pointe vers l’unique serveur, 8\.8\.8\.8\./);
    expect([...intro.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(['www.foobar.com', 'enregistrement A', '8.8.8.8', 'Lecture']);
    expect(screen.getByRole('button', { name: 'Visite guidée' })).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: 'Ce que voit l’utilisateur' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Composants et liens' })).toHaveTextContent('Serveur web Nginx');
  });

  it('shows Chrome’s error page as a French Chrome does, the error code unchanged', () => {
    useUi.setState({ live: { ...EMPTY_LIVE, tab: { state: 'done', requestId: 1, outcome: 'timeout', symptom: 'ERR_CONNECTION_TIMED_OUT', seconds: 12 } } });
    render(<BrowserView />);
    expect(screen.getByText('Ce site est inaccessible')).toBeInTheDocument();
    expect(screen.getByText('www.foobar.com a mis trop de temps à répondre.')).toBeInTheDocument();
    expect(screen.getByText('ERR_CONNECTION_TIMED_OUT')).toBeInTheDocument();
  });

  it('counts the predictions with French plurals (one for 0 and 1)', () => {
    const [a, b] = questionsFor('spof').map((q) => q.id);
    useProgress.setState({ ...EMPTY_PROGRESS, tallyShown: true, predictions: { [a!]: { choice: 0, correct: true, revealed: true } } });
    const { unmount } = render(<Tally />);
    expect(screen.getByRole('status')).toHaveTextContent('1 prédiction juste sur 1');
    expect(screen.getByRole('button', { name: 'Masquer mon score' })).toBeInTheDocument();
    unmount();
    useProgress.setState({ predictions: { [a!]: { choice: 0, correct: true, revealed: true }, [b!]: { choice: 1, correct: false, revealed: true } } });
    render(<Tally />);
    expect(screen.getByRole('status')).toHaveTextContent('1 prédictions justes sur 2');
  });
});
