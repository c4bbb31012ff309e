// @vitest-environment happy-dom
/** The panel in French: the controls, the events tab and its inspector, the design bar and the sources. */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FR } from '../i18n/fr';
import { setCatalog } from '../i18n/t';
import { designName } from '../playback/designConfig';
import type { Design } from '../playback/snapshot';
import { detailOf, dnsQuery } from '../sim/details';
import { EMPTY_LIVE, INITIAL_UI, useUi } from '../store/ui';
import { Controls } from './Controls';
import { DesignBar } from './DesignBar';
import EventsTab from './events/EventsTab';
import { createFakePlayer, type FakePlayer } from './events/fakePlayer';
import { aDnsQuery, aRequestStart, aSyn } from './events/testData';
import { SourceList } from './SourceList';

const fake = vi.hoisted(() => ({ player: null as FakePlayer | null }));
vi.mock('../store/appPlayer', () => ({ getPlayer: () => fake.player }));

beforeEach(() => {
  fake.player = createFakePlayer();
  useUi.setState(INITIAL_UI, true);
  setCatalog('fr', FR);
});
afterEach(() => {
  cleanup();
  setCatalog('en', null);
});

describe('the panel in French', () => {
  it('names the playback controls, the speed and the simulated time in French, with a decimal comma', () => {
    useUi.setState({ mode: 'traffic', speed: 0.5, live: { ...EMPTY_LIVE, simTime: 1.5 } });
    render(<Controls />);
    const group = screen.getByRole('group', { name: 'Lecture' });
    for (const name of ['Lecture', 'Reculer', 'Avancer', 'Recommencer']) expect(within(group).getByRole('button', { name })).toBeInTheDocument();
    expect(within(group).getByRole('slider', { name: 'Vitesse' })).toHaveAttribute('aria-valuetext', '0,5× (ralenti)');
    expect(screen.getByTestId('sim-time').textContent).toBe('1,50\u00a0s');
    expect(group).toHaveTextContent('ralenti 2× par rapport au temps réel');
  });

  it('lists the events, filters them and inspects a DNS query in French', () => {
    useUi.setState({ mode: 'traffic' });
    const query = aDnsQuery({ t: 0.001, detail: detailOf(dnsQuery('resolver')) });
    fake.player!.events = [aRequestStart({ t: 0 }), query, aSyn({ t: 0.05 })];
    render(<EventsTab />);
    expect(screen.getByRole('heading', { name: 'Événements' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Événements récents, le plus récent en dernier \(3 affichés\)/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Instant', 'Où', 'Quoi']);
    expect(screen.getByRole('group', { name: 'Afficher les événements' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'SQL et application' })).toBeChecked();
    expect(screen.getByText(/Choisissez un événement ci-dessus/)).toBeInTheDocument();

    act(() => useUi.setState({ inspected: query }));
    const inspector = screen.getByTestId('packet-inspector');
    expect(within(inspector).getByRole('heading', { level: 3 })).toHaveTextContent('DNS · Standard query A www.foobar.com');
    expect(within(inspector).getByText('oui (le résolveur fait le travail)')).toBeInTheDocument();
    expect(within(inspector).getByText('UDP, port de destination 53')).toBeInTheDocument();
    expect(within(inspector).getByText('Trajet')).toBeInTheDocument();
    expect(within(inspector).getByText('Arrive à')).toBeInTheDocument();
    expect(within(inspector).getByRole('button', { name: 'Fermer le détail du paquet' })).toBeInTheDocument();
  });

  it('names a fixed design in French, and in English exactly as the model does', () => {
    const design: Design = { servers: 3, pair: true, replica: true, rolling: false, balance: 'leastconn' };
    useUi.setState({ fixes: ['lb', 'lb-pair', 'replica'], servers: 3, mode: 'traffic' });
    render(<DesignBar design={design} />);
    expect(screen.getByText('3 serveurs derrière une paire de répartiteurs HAProxy (moins de connexions), une réplique MySQL')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Serveur 1' })).toBeInTheDocument();

    cleanup();
    setCatalog('en', null);
    render(<DesignBar design={design} />);
    expect(screen.getByText(designName(design))).toBeInTheDocument();
  });

  it('keeps a source’s title in English, marked as such, and says it is in English', () => {
    render(<SourceList sources={[{ title: 'Module ngx_http_proxy_module', url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html' }]} />);
    const link = screen.getByRole('link', { name: 'Module ngx_http_proxy_module (en anglais) (s’ouvre dans un nouvel onglet)' });
    expect(within(link).getByText('Module ngx_http_proxy_module')).toHaveAttribute('lang', 'en');
  });
});
