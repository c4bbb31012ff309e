// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LIVE, INITIAL_UI, useUi } from '../../store/ui';
import type { ComponentId } from '../../sim/topology';
import { useStatusText } from './useNodeState';

const status = (s: Partial<typeof EMPTY_LIVE.status>) => act(() => useUi.setState({ live: { ...EMPTY_LIVE, status: { ...EMPTY_LIVE.status, ...s } } }));

beforeEach(() => useUi.setState(INITIAL_UI, true));

describe('useStatusText', () => {
  it('says down for the server and everything on it, the application files included, while the server is down', () => {
    const ids: ComponentId[] = ['server', 'nginx', 'app-server', 'app-files', 'mysql', 'browser', 'resolver'];
    const hooks = ids.map((id) => renderHook(() => useStatusText(id)));
    expect(hooks.map((h) => h.result.current)).toEqual(['', '', '', '', '', '', '']);
    status({ server: 'down' });
    expect(hooks.map((h) => h.result.current)).toEqual(['down', 'down', 'down', 'down', 'down', '', '']);
  });

  it('shows a process restarting on its own, and nothing for the files', () => {
    const app = renderHook(() => useStatusText('app-server'));
    const files = renderHook(() => useStatusText('app-files'));
    status({ 'app-server': 'restarting' });
    expect(app.result.current).toBe('restarting');
    expect(files.result.current).toBe('');
  });
});
