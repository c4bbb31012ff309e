// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../content/glossary';
import { INITIAL_UI, useUi } from '../../store/ui';
import ExplanationView from './ExplanationView';

beforeEach(() => useUi.setState(INITIAL_UI, true));
afterEach(cleanup);

describe('ExplanationView', () => {
  it('leads with the short points and the first misconception; the rest waits behind "More"', () => {
    const { container } = render(<ExplanationView id="nginx" />);
    const points = screen.getByRole('list', { name: 'In short' });
    expect(within(points).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/Common misconception:/)).toBeTruthy();
    const more = container.querySelector('details.explanation__more')!;
    expect(more.hasAttribute('open')).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('More about Nginx web server');
    // Good to know and the sources are inside the closed disclosure.
    expect(within(more as HTMLElement).getByRole('heading', { name: 'Good to know' })).toBeTruthy();
    expect(within(more as HTMLElement).getByRole('heading', { name: 'Sources' })).toBeTruthy();
  });

  it('opens a topic (the DNS record) with its CNAME correction up front', () => {
    render(<ExplanationView id="dns-record" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('DNS record for www: an A record');
    expect(screen.getByRole('list', { name: 'In short' }).textContent).toMatch(/Not a CNAME/);
    expect(screen.getByText(/www in www\.foobar\.com is a CNAME record/)).toBeTruthy();
    // A topic has no live figures.
    expect(screen.queryByRole('heading', { name: 'In this request' })).toBeNull();
  });

  it('says "Half an answer" for a half-right claim, and keeps the right half', () => {
    render(<ExplanationView id="browser-nginx" />);
    expect(screen.getByText('Half an answer:')).toBeTruthy();
  });

  it('defines a term in place, by keyboard, once per card', async () => {
    const user = userEvent.setup();
    render(<ExplanationView id="dns" />);
    const terms = screen.getAllByRole('button', { name: /^TTL: show definition$/ });
    expect(terms).toHaveLength(1);
    const term = terms[0]!;
    expect(term.getAttribute('aria-expanded')).toBe('false');
    const definition = document.getElementById(term.getAttribute('aria-controls')!)!;
    expect(definition.hidden).toBe(true);
    term.focus();
    await user.keyboard('{Enter}');
    expect(term.getAttribute('aria-expanded')).toBe('true');
    expect(definition.hidden).toBe(false);
    expect(definition.textContent).toContain(GLOSSARY.ttl.definition);
  });
});
