// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LIVE, INITIAL_UI, useUi } from '../../store/ui';
import type { PartLive } from '../../playback/snapshot';
import FixedDiagram from './FixedDiagram';

const UP: PartLive = { status: 'up', busy: 0, capacity: 0, queue: 0, queueCapacity: 0 };
const aPart = (over: Partial<PartLive> = {}): PartLive => ({ ...UP, ...over });

/** Two servers behind HAProxy with server 1 down, as the player publishes them. */
const PARTS: Record<string, PartLive> = {
  lb: aPart({ capacity: 2000 }),
  'server-1': aPart({ status: 'down' }),
  'nginx-1': aPart({ status: 'down', capacity: 1536 }),
  'app-server-1': aPart({ status: 'down', capacity: 5, queueCapacity: 511 }),
  'server-2': aPart(),
  'nginx-2': aPart({ busy: 3, capacity: 1536 }),
  'app-server-2': aPart({ busy: 2, capacity: 5, queue: 7, queueCapacity: 511 }),
  'db-server': aPart(),
  mysql: aPart({ busy: 4, capacity: 151 }),
};

const DESIGN = { servers: 2, pair: false, replica: false, rolling: false, balance: 'roundrobin' } as const;
const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;

afterEach(cleanup);
beforeEach(() => useUi.setState({ ...INITIAL_UI, mode: 'traffic', fixes: ['lb'], servers: 2, live: { ...EMPTY_LIVE, parts: PARTS } }));

const renderDiagram = () =>
  render(
    <ReactFlowProvider>
      <FixedDiagram design={DESIGN} />
    </ReactFlowProvider>,
  );

describe('FixedDiagram', () => {
  it('draws every part of the design, each named for a screen reader', () => {
    renderDiagram();
    for (const id of ['browser', 'dns', 'lb', 'server-1', 'nginx-1', 'app-server-1', 'app-files-1', 'server-2', 'nginx-2', 'app-server-2', 'app-files-2', 'db-server', 'mysql'])
      expect(node(id), id).toBeInTheDocument();
    expect(node('lb-2')).toBeNull();
    expect(node('mysql-replica')).toBeNull();
    expect(node('lb')).toHaveAttribute('aria-label', 'HAProxy load balancer');
    expect(node('nginx-2')).toHaveAttribute('aria-label', 'Nginx on server 2');
    expect(node('nginx-1')).toHaveAttribute('aria-label', 'Nginx on server 1, down');
  });

  it('says a server down in words, and everything on it, its files included', () => {
    renderDiagram();
    for (const id of ['server-1', 'nginx-1', 'app-server-1', 'app-files-1']) expect(within(node(id)).getAllByText(/down/).length, id).toBeGreaterThan(0);
    for (const id of ['nginx-2', 'app-server-2', 'app-files-2']) expect(within(node(id)).queryByText(/down/), id).toBeNull();
    expect(within(node('server-2')).getByText('10.0.0.12')).toBeInTheDocument();
  });

  it('shows each running part’s load, and follows the player', () => {
    renderDiagram();
    expect(within(node('nginx-2')).getByText('3/1536 connections')).toBeInTheDocument();
    expect(within(node('app-server-2')).getByText('2/5 workers')).toBeInTheDocument();
    expect(within(node('app-server-2')).getByText('7/511 queued')).toBeInTheDocument();
    expect(within(node('mysql')).getByText('4/151 connections')).toBeInTheDocument();
    // A process that is down shows no load, only that it is down.
    expect(within(node('nginx-1')).queryByText(/connections/)).toBeNull();
    act(() => useUi.setState({ live: { ...EMPTY_LIVE, parts: { ...PARTS, 'nginx-2': aPart({ busy: 9, capacity: 1536 }), 'server-1': aPart() } } }));
    expect(within(node('nginx-2')).getByText('9/1536 connections')).toBeInTheDocument();
    expect(within(node('app-files-1')).queryByText(/down/)).toBeNull();
  });

  it('opens a part’s explanation on click, Enter or Space, and nothing else on other keys', () => {
    renderDiagram();
    fireEvent.click(node('nginx-2'));
    expect(useUi.getState().selected).toBe('nginx');
    fireEvent.keyDown(node('lb'), { key: 'Enter' });
    expect(useUi.getState().topic).toBe('load-balancer');
    fireEvent.keyDown(node('mysql'), { key: ' ' });
    expect(useUi.getState().selected).toBe('mysql');
    fireEvent.keyDown(node('app-server-2'), { key: 'a' });
    expect(useUi.getState().selected).toBe('mysql');
  });

  it('labels the diagram for what it shows', () => {
    renderDiagram();
    expect(screen.getByLabelText('Diagram of the fixed design: 2 servers behind HAProxy')).toBeInTheDocument();
  });
});
