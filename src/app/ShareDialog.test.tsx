// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_UI, useUi } from '../store/ui';
import ShareDialog from './ShareDialog';

const link = () => (screen.getByRole('textbox', { name: 'Link to this view', hidden: true }) as HTMLInputElement).value;
const snippet = () => (screen.getByRole('textbox', { name: /Embed code/, hidden: true }) as HTMLTextAreaElement).value;
const designField = () => screen.getByRole('combobox', { name: 'Design played', hidden: true }) as HTMLSelectElement;

describe('ShareDialog: the design played', () => {
  beforeEach(() => useUi.setState({ ...INITIAL_UI, fixes: ['lb', 'replica'], servers: 3 }, true));
  afterEach(cleanup);

  it('keeps the fixes and servers in the link and the embed code, or drops them for the one-server stack', () => {
    render(<ShareDialog />);
    expect(designField().selectedOptions[0]!.textContent).toBe('As now: 3 servers behind HAProxy, a MySQL replica');
    expect(link()).toContain('?fixes=lb,replica&servers=3');
    expect(snippet()).toContain('fixes=lb,replica&amp;servers=3');

    fireEvent.change(designField(), { target: { value: 'none' } });
    expect(link()).not.toMatch(/fixes|servers/);
    expect(snippet()).not.toMatch(/fixes|servers/);
  });

  it('drops a balancer that is down along with the design', () => {
    useUi.setState({ faults: ['lb-down'] });
    render(<ShareDialog />);
    expect(link()).toContain('failure=lb');
    fireEvent.change(designField(), { target: { value: 'none' } });
    expect(link()).not.toMatch(/failure|fixes|servers/);
  });

  it('offers no design for a scene alone, which shows the one-server stack', () => {
    render(<ShareDialog />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show', hidden: true }), { target: { value: 'spof' } });
    expect(designField().disabled).toBe(true);
    expect(link()).toContain('scene=spof');
    expect(link()).not.toMatch(/fixes|servers/);
  });

  it('has nothing to choose on the one-server stack', () => {
    useUi.setState({ fixes: [], servers: null });
    render(<ShareDialog />);
    expect(designField().disabled).toBe(true);
    expect(link()).not.toMatch(/fixes|servers/);
  });
});
