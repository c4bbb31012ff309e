// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_UI, useUi } from '../store/ui';
import { designOf } from '../store/design';
import { DesignBar } from './DesignBar';
import { FixList } from './failures/FixList';
import { ScaleControls } from './ScaleControls';

afterEach(cleanup);
beforeEach(() => useUi.setState(INITIAL_UI));

describe('DesignBar', () => {
  it('names the design and changes it: servers, a replica, and back to one server', () => {
    useUi.setState({ fixes: ['lb'], servers: 2, mode: 'traffic' });
    const { rerender } = render(<DesignBar design={designOf(['lb'], 2)!} />);
    const bar = screen.getByRole('group', { name: /Fixed design: 2 servers behind HAProxy/ });
    fireEvent.change(within(bar).getByRole('combobox', { name: 'Servers' }), { target: { value: '3' } });
    expect(useUi.getState()).toMatchObject({ fixes: ['lb'], servers: 3 });
    rerender(<DesignBar design={designOf(['lb'], 3)!} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'MySQL replica' }));
    expect(useUi.getState()).toMatchObject({ fixes: ['lb', 'replica'], servers: 3 });
    useUi.setState({ faults: ['lb-down'] });
    fireEvent.click(screen.getByRole('button', { name: 'Back to one server' }));
    expect(useUi.getState()).toMatchObject({ fixes: [], servers: null, faults: [] });
  });

  it('is what "Try it live" on a fix card starts', () => {
    render(<FixList issue="spof" />);
    const card = document.querySelector<HTMLElement>('[data-fix="lb-pair"]')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Try it live' }));
    expect(useUi.getState()).toMatchObject({ fixes: ['lb', 'lb-pair'], servers: 2, mode: 'traffic' });
  });
});

describe('ScaleControls', () => {
  it('sets each server’s workers and cores, stores the model’s own size as null, and switches to traffic', () => {
    render(<ScaleControls />);
    const group = screen.getByRole('group', { name: 'Each server:' });
    fireEvent.change(within(group).getByRole('combobox', { name: 'workers' }), { target: { value: '15' } });
    expect(useUi.getState()).toMatchObject({ workers: 15, cores: null, mode: 'traffic' });
    fireEvent.change(within(group).getByRole('combobox', { name: 'CPU cores' }), { target: { value: '6' } });
    expect(useUi.getState()).toMatchObject({ workers: 15, cores: 6 });
    fireEvent.change(within(group).getByRole('combobox', { name: 'workers' }), { target: { value: '5' } });
    expect(useUi.getState()).toMatchObject({ workers: null, cores: 6 });
  });

  it('offers a size a link asked for even when it is not among the usual choices', () => {
    useUi.setState({ workers: 7 });
    render(<ScaleControls />);
    expect(screen.getByRole('combobox', { name: 'workers' })).toHaveValue('7');
  });
});
