// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPLANATIONS, TOPICS } from '../../content/explanations';
import { FR } from '../../i18n/fr';
import { setCatalog } from '../../i18n/t';
import { INITIAL_UI, useUi } from '../../store/ui';
import { CardLink } from '../predict/CardLink';
import ExplanationView from './ExplanationView';

beforeEach(() => {
  useUi.setState(INITIAL_UI, true);
  setCatalog('fr', FR);
});
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

describe('ExplanationView in French', () => {
  it('shows the Nginx card in French: title, chips, points, misconception and the text behind "More"', () => {
    const { container } = render(<ExplanationView id="nginx" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Serveur web Nginx');
    const chips = container.querySelectorAll('.chip');
    expect([...chips].map((c) => c.textContent)).toEqual(['port 80', 'port 443', 'fichiers statiques', 'proxy inverse', 'nginx -s reload', 'TLS']);
    const points = container.querySelector('.explanation__points') as HTMLElement;
    expect(within(points).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Le programme auquel parle votre navigateur, sur le port 443 (HTTPS) et le port 80 (HTTP).',
      'Il envoie lui-même les fichiers statiques et transmet les pages dynamiques au serveur d’applications.',
      'Il recharge une nouvelle configuration sans coupure\u202f; seul un redémarrage coupe les connexions.',
    ]);
    expect(screen.getByText(/Pour appliquer une modification, il faut redémarrer le serveur web/)).toBeTruthy();
    const more = container.querySelector('details.explanation__more') as HTMLElement;
    expect(more.textContent).toContain('Rechargement sans coupure (graceful reload)');
    expect(more.textContent).toContain('Nginx répond 502 Bad Gateway');
    // The quote and the source titles stay in English, as written.
    expect(more.textContent).toContain('Old worker processes, receiving a command to shut down');
    expect(container.textContent).not.toMatch(/The program your browser talks to|static files itself/);
  });

  it('marks a glossary term in the French text of the DNS card', () => {
    render(<ExplanationView id="dns" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('DNS (système de noms de domaine)');
    // TTL stays TTL in French, so the card still defines it in place, once.
    expect(screen.getAllByRole('button', { name: /^TTL\b/ })).toHaveLength(1);
    expect(screen.getByText(/Le serveur DNS est le point de défaillance unique de ce site/)).toBeTruthy();
  });

  it('names the card in French where a question links to it', () => {
    render(<CardLink card="dns-record" standalone={false} />);
    expect(screen.getByRole('button').textContent).toContain('Enregistrement DNS de www\u202f: un enregistrement A');
  });

  it('keeps French chips as short as chips', () => {
    const chips = [...Object.values(EXPLANATIONS), ...Object.values(TOPICS)].flatMap((e) => e.keyFacts);
    const long = chips.map((chip) => FR[chip] ?? chip).filter((f) => typeof f !== 'string' || f.length > 30);
    expect(long).toEqual([]);
  });

  it('shows the English card unchanged once English is back', () => {
    setCatalog('en', null);
    render(<ExplanationView id="nginx" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nginx web server');
  });
});
