// @vitest-environment happy-dom
/** A whiteboard item in French: its prompt, model answer and checklist, and the wrong answers still found. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REHEARSAL } from '../content/rehearsal';
import { FR } from '../i18n/fr';
import { setCatalog } from '../i18n/t';
import { useProgress } from '../store/progress';
import { resetProgress } from '../store/progressActions';
import { RehearsalItemCard } from './RehearsalItemCard';

const item = REHEARSAL.find((r) => r.id === 'dns-record-type')!;

beforeEach(() => {
  setCatalog('fr', FR);
  resetProgress();
  useProgress.setState((s) => ({ rehearsal: { ...s.rehearsal, [item.id]: { text: '', revealed: true, ticked: [] } } }));
});
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

describe('a rehearsal item in French', () => {
  it('asks, answers and lists the points in French, with the card’s wrong answer found on the English card', () => {
    render(<RehearsalItemCard item={item} number={3} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('3. Quel type d’enregistrement DNS est www dans www.foobar.com ?');
    expect(screen.getByText(/^Un enregistrement A : www\.foobar\.com\. IN A 8\.8\.8\.8\./)).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual([
      'enregistrement A',
      'Associe un nom à une adresse IPv4',
      'Pas un CNAME : un CNAME pointe vers un autre nom',
    ]);
    expect(screen.getAllByRole('listitem')).toHaveLength(item.misconceptions.length);
  });
});
