// @vitest-environment happy-dom
/** The fixes area as a French learner sees it in "Break it": the fix cards, the nines table and the QPS note. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FR } from '../../i18n/fr';
import { setCatalog } from '../../i18n/t';
import { FixList } from './FixList';
import { IssueFix } from './IssueExplanation';
import { NinesTable } from './NinesTable';
import { QpsNote } from './QpsNote';
import { MODEL_CAPACITY } from './capacity';
import { FAILURE_EXPLANATIONS } from '../../content/failures';

beforeEach(() => setCatalog('fr', FR));
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

it('shows the fix cards in French, the same cards as in English', () => {
  const { container } = render(<FixList issue="spof" />);
  const ids = [...container.querySelectorAll('[data-fix]')].map((el) => el.getAttribute('data-fix'));
  expect(ids).toEqual(['lb', 'lb-pair', 'replica']);
  const lb = container.querySelector<HTMLElement>('[data-fix="lb"]')!;
  expect(within(lb).getByText('Un deuxième serveur derrière un répartiteur de charge')).toBeInTheDocument();
  expect(within(lb).getByText(/^Le répartiteur de charge est désormais le point de défaillance unique/)).toBeInTheDocument();
  expect(lb.textContent).toContain('Le tourniquet, c’est la façon dont le répartiteur choisit un serveur.');
  expect(lb.textContent).not.toContain('Round robin takes the servers in turn');
});

it('fills the nines table with French durations', () => {
  render(<NinesTable match={-1} />);
  const row = screen.getByRole('rowheader', { name: '99,9\u202f%' }).closest('tr')!;
  expect([...row.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)).toEqual(['8,76\u00a0heures', '43,2\u00a0minutes', '1,44\u00a0minute']);
});

it('writes the QPS note and the issue’s fix in French', () => {
  const { container } = render(<QpsNote />);
  expect(container.textContent).toContain(`Ce serveur unique peut accepter environ ${Math.round(MODEL_CAPACITY.siteRps)} requêtes par seconde au total.`);
  cleanup();
  const fix = render(<IssueFix issue={FAILURE_EXPLANATIONS.spof} />);
  expect(fix.container.textContent).toContain('La redondance\u202f: deux serveurs ou plus derrière un répartiteur de charge');
});
