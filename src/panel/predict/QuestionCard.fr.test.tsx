// @vitest-environment happy-dom
/** A question and its answer in French: the content's French, the literals (status lines, browser errors) kept. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS } from '../../content/questions';
import { FR } from '../../i18n/fr';
import { setCatalog } from '../../i18n/t';
import { QuestionCard } from './QuestionCard';
import { Reveal } from './Reveal';

vi.mock('../../store/actions', () => ({ announce: vi.fn(), select: vi.fn(), openTopic: vi.fn() }));

const spof = QUESTIONS.find((q) => q.id === 'spof-browser')!;

beforeEach(() => setCatalog('fr', FR));
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

describe('a question in French', () => {
  it('asks the prompt and offers the choices in French, keeping 404 Not Found and ERR_CONNECTION_TIMED_OUT', () => {
    render(<QuestionCard question={spof} heading="Predict first" onCommit={vi.fn()} onSkip={vi.fn()} />);
    // getByText sees the no-break spaces as ordinary ones (its normalizer collapses whitespace); textContent keeps them.
    expect(screen.getByText('L’unique serveur tombe en panne. Qu’affiche le navigateur d’un visiteur ?')).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual([
      '404 Not Found',
      'Une erreur DNS : le nom n’est plus résolu',
      'Une roue qui tourne, puis ERR_CONNECTION_TIMED_OUT',
      '502 Bad Gateway',
    ]);
    expect(screen.getByRole('group', { name: /Qu’affiche le navigateur/ })).toBeInTheDocument();
  });

  it('reveals the answer and the why in French, the learner’s choice with it', () => {
    render(<Reveal question={spof} prediction={{ choice: 1, correct: false, revealed: true }} evidence={null} standalone={false} />);
    expect(screen.getByText(/Une erreur DNS : le nom n’est plus résolu/)).toBeInTheDocument();
    expect(screen.getByText('Une roue qui tourne, puis ERR_CONNECTION_TIMED_OUT')).toBeInTheDocument();
    expect(screen.getByText(/^Le DNS répond toujours 8\.8\.8\.8, mais là-bas plus rien ne répond/)).toBeInTheDocument();
  });
});
