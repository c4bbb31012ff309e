// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setCatalog } from '../i18n/t';
import { FR } from '../i18n/fr';
import { EMPTY_LIVE, INITIAL_UI, useUi } from '../store/ui';
import { Diagram } from './Diagram';
import FixedDiagram from './fixed/FixedDiagram';
import { ReactFlowProvider } from '@xyflow/react';
import type { HopEvent } from '../sim/types';
import { packetLabel } from './packets';

const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
const GAUGE = { busy: 3, capacity: 5, queue: 2, queueCapacity: 64 };

beforeEach(() => setCatalog('fr', FR));
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

describe('the one-server diagram in French', () => {
  beforeEach(() => {
    const gauges = { nginx: GAUGE, 'app-server': GAUGE, mysql: GAUGE };
    useUi.setState({
      ...INITIAL_UI,
      live: { ...EMPTY_LIVE, status: { ...EMPTY_LIVE.status, nginx: 'restarting' }, metrics: { gauges } as never },
    });
  });

  it('names the components, their details and the links in French, keeping the technical names', () => {
    render(<Diagram />);
    expect(screen.getByRole('application', { name: 'Schéma de la pile web à un seul serveur' })).toBeInTheDocument();
    expect(within(node('resolver')).getByText('Résolveur récursif')).toBeInTheDocument();
    expect(within(node('app-server')).getByText('exécute le code · port 8000')).toBeInTheDocument();
    expect(within(node('browser')).getByText('Navigateur')).toBeInTheDocument();
    expect(node('mysql')).toHaveAttribute('aria-label', 'Base de données MySQL');
    expect(node('browser')).toHaveAttribute('aria-label', 'Navigateur web de l’utilisateur');
    expect(screen.getByRole('button', { name: 'requête DNS · UDP 53. Lien\u202f: du navigateur au résolveur récursif, DNS sur UDP, port 53' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^proxy_pass 127\.0\.0\.1:8000\. Lien/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'L’adresse www.foobar.com\u202f: expliquer le nom de domaine' })).toBeInTheDocument();
  });

  it('says a status and the load in French, while the store keeps the English word', () => {
    render(<Diagram />);
    expect(within(node('nginx')).getByText('● en redémarrage')).toBeInTheDocument();
    expect(node('nginx').querySelector('[data-status]')).toHaveAttribute('data-status', 'restarting');
    expect(within(node('app-server')).getByText('3/5 workers')).toBeInTheDocument();
    expect(within(node('app-server')).getByText('2/64 en attente')).toBeInTheDocument();
    expect(within(node('mysql')).getByText('3/5 connexions')).toBeInTheDocument();
  });

  it('describes the read-only diagram to screen readers in French', () => {
    render(<Diagram />);
    expect(document.body.textContent).toContain('Appuyez sur Entrée ou Espace pour ouvrir son explication.');
    expect(document.body.textContent).not.toContain('Press Enter');
  });
});

describe('a fixed design’s diagram in French', () => {
  it('names its parts, their status and the design', () => {
    const parts = {
      lb: { status: 'up', busy: 0, capacity: 2000, queue: 0, queueCapacity: 0 },
      'server-1': { status: 'down', busy: 0, capacity: 0, queue: 0, queueCapacity: 0 },
      'nginx-2': { status: 'up', busy: 3, capacity: 1536, queue: 0, queueCapacity: 0 },
    } as const;
    useUi.setState({ ...INITIAL_UI, mode: 'traffic', fixes: ['lb', 'replica'], servers: 2, balance: 'leastconn', live: { ...EMPTY_LIVE, parts } });
    const design = { servers: 2, pair: false, replica: true, rolling: false, balance: 'leastconn' } as const;
    render(
      <ReactFlowProvider>
        <FixedDiagram design={design} />
      </ReactFlowProvider>,
    );
    expect(screen.getByRole('application', { name: 'Schéma de l’architecture corrigée\u202f: 2 serveurs derrière HAProxy, avec une réplique MySQL' })).toBeInTheDocument();
    expect(node('lb')).toHaveAttribute('aria-label', 'Répartiteur de charge HAProxy');
    expect(within(node('lb')).getByText('moins de connexions · 8.8.8.8')).toBeInTheDocument();
    expect(node('nginx-1')).toHaveAttribute('aria-label', 'Nginx sur le serveur 1, en panne');
    expect(node('server-2')).toHaveAttribute('aria-label', 'Serveur 2, 10.0.0.12');
    expect(within(node('nginx-2')).getByText('3/1536 connexions')).toBeInTheDocument();
    expect(within(node('mysql-replica')).getByText('Réplique MySQL')).toBeInTheDocument();
  });
});

describe('the journey’s packet names in French', () => {
  const hop = (over: Partial<HopEvent>): HopEvent => ({
    seq: 1, t: 0, requestId: 0, kind: 'hop', from: 'browser', to: 'nginx', link: 'browser-nginx', arrive: 0.02,
    packet: 'http-request', direction: 'request', detail: { protocol: 'HTTP', summary: 'GET / HTTP/1.1', fields: [] }, ...over,
  });

  it('translates the words and keeps the packet and handshake names', () => {
    expect(packetLabel(hop({ packet: 'dns-query', link: 'browser-resolver', to: 'resolver' }))).toBe('requête DNS');
    expect(packetLabel(hop({ packet: 'tcp-syn', lost: true }))).toBe('SYN (perdu)');
    expect(packetLabel(hop({ packet: 'tcp-syn', refused: true }))).toBe('SYN (refusé)');
    expect(packetLabel(hop({}))).toBe('GET');
    expect(packetLabel(hop({ packet: 'sql-result', direction: 'response' }))).toBe('lignes');
  });
});
