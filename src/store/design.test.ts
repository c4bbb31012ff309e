import { beforeEach, describe, expect, it } from 'vitest';
import { selectPart } from './designActions';
import { designOf, partExplained, selectDesign } from './design';
import { INITIAL_UI, useUi } from './ui';

describe('a fixed design in the store', () => {
  beforeEach(() => useUi.setState(INITIAL_UI));

  it('is servers behind HAProxy once lb (or lb-pair) is chosen, the same object for the same choice', () => {
    expect(designOf([], null)).toBeNull();
    expect(designOf(['replica'], 3)).toBeNull();
    expect(designOf(['lb'], null)).toEqual({ servers: 2, pair: false, replica: false, rolling: false, balance: 'roundrobin' });
    expect(designOf(['lb-pair', 'replica'], 4)).toEqual({ servers: 4, pair: true, replica: true, rolling: false, balance: 'roundrobin' });
    expect(designOf(['lb'], 9)!.servers).toBe(4);
    expect(designOf(['lb'], 3)).toBe(designOf(['lb'], 3));
    useUi.setState({ fixes: ['lb'], servers: 3 });
    expect(selectDesign(useUi.getState())).toBe(designOf(['lb'], 3));
  });

  it('explains each part by the one-server part it copies, or by its fix', () => {
    expect(partExplained('nginx-2')).toBe('nginx');
    expect(partExplained('app-server-4')).toBe('app-server');
    expect(partExplained('server-1')).toBe('server');
    expect(partExplained('db-server')).toBe('mysql');
    expect(partExplained('lb-2')).toBe('load-balancer');
    expect(partExplained('mysql-replica')).toBe('replica');
    expect(partExplained('nginx-9')).toBeNull();
    expect(partExplained('__proto__')).toBeNull();
  });

  it('selectPart opens the explanation, and an unknown id changes nothing', () => {
    selectPart('app-files-3');
    expect(useUi.getState()).toMatchObject({ selected: 'app-files', topic: null, panelTab: 'explain' });
    selectPart('lb');
    expect(useUi.getState()).toMatchObject({ selected: null, topic: 'load-balancer' });
    const before = useUi.getState();
    selectPart('constructor');
    expect(useUi.getState()).toBe(before);
  });
});
