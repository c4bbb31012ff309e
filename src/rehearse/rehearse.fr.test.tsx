// @vitest-environment happy-dom
/** The whiteboard rehearsal in French: its headings, its progress line, its buttons and the question before clearing. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REHEARSAL } from '../content/rehearsal';
import { FR } from '../i18n/fr';
import { setCatalog } from '../i18n/t';
import RehearseView from './RehearseView';

beforeEach(() => setCatalog('fr', FR));
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

describe('Rehearse the whiteboard, in French', () => {
  it('names the view, counts the items and labels each text box', () => {
    render(<RehearseView />);
    expect(screen.getByRole('heading', { level: 2, name: 'S’entraîner au tableau' })).toBeInTheDocument();
    expect(screen.getByText(/Ce que vous écrivez reste dans ce navigateur\.$/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Éléments travaillés : 0 sur ${REHEARSAL.length}`);
    expect(screen.getAllByLabelText('Votre explication, avec vos propres mots')).toHaveLength(REHEARSAL.length);
    expect(screen.getAllByRole('button', { name: 'Afficher la réponse type' })).toHaveLength(REHEARSAL.length);
    expect(screen.getByRole('button', { name: 'Imprimer mes réponses' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retour au schéma' })).toBeInTheDocument();
  });

  it('asks before clearing, with the safe answer focused', async () => {
    render(<RehearseView />);
    await userEvent.click(screen.getByRole('button', { name: 'Recommencer…' }));
    expect(screen.getByText(/Effacer toutes les prédictions et réponses faites sur cette page\s\? Cette action est irréversible\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Garder mon travail' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Tout effacer' })).toBeInTheDocument();
  });
});
