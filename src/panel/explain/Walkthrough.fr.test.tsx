// @vitest-environment happy-dom
/** A walkthrough step in French; what it lights up on the diagram stays the source's ids. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WALKTHROUGH } from '../../content/walkthrough';
import { FR } from '../../i18n/fr';
import { setCatalog } from '../../i18n/t';
import { showWalkStep } from '../../store/actions';
import { INITIAL_UI, useUi } from '../../store/ui';
import Walkthrough from './Walkthrough';

vi.mock('../../store/actions', () => ({
  deploy: vi.fn(),
  setRate: vi.fn(),
  setSpof: vi.fn(),
  setWalkStep: vi.fn(),
  setWalkthrough: vi.fn(),
  showWalkStep: vi.fn(),
}));
vi.mock('../../store/tour', () => ({ OVERLOAD_RPS: 60, SCENE_RPS: 20, enterScene: vi.fn(), leaveScene: vi.fn() }));

const record = WALKTHROUGH.findIndex((s) => s.id === 'dns-record');

beforeEach(() => {
  setCatalog('fr', FR);
  useUi.setState({ ...INITIAL_UI, walkthrough: true, walkStep: record }, true);
});
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

describe('the walkthrough in French', () => {
  it('shows the step’s title and text in French, and lights the same components', () => {
    render(<Walkthrough />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/La réponse\u202F: un enregistrement A$/);
    expect(screen.getByText(/^Le serveur faisant autorité répond que www\.foobar\.com est un enregistrement A qui pointe vers 8\.8\.8\.8/)).toBeInTheDocument();
    expect(showWalkStep).toHaveBeenCalledWith(record, WALKTHROUGH[record]!.highlight, WALKTHROUGH[record]!.anchor);
    const list = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(list).toHaveLength(WALKTHROUGH.length);
    expect(list[0]).toBe('Un utilisateur veut voir le site');
    expect(list.at(-1)).toBe('Problème 3 : pas de mise à l’échelle possible');
  });
});
