import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setDesign, tryDesignLive } from '../store/designActions';
import { INITIAL_UI, useUi } from '../store/ui';
import { createCommandListener, fixChangeEvent, type Command, type ListeningWindow, type ReceivedMessage } from './messages';
import { sameDesign, watchDesign } from './designEvents';

// The store, not the model: the player is never started here.
vi.mock('../store/playerHandle', () => ({ withPlayer: () => {}, loadPlayer: () => new Promise(() => {}) }));

const source = 'web-stack-explorer';

describe('sameDesign', () => {
  it('compares values, not arrays', () => {
    expect(sameDesign({ fixes: ['lb'], servers: 3 }, { fixes: ['lb'], servers: 3 })).toBe(true);
    expect(sameDesign({ fixes: ['lb'], servers: 3 }, { fixes: ['lb'], servers: null })).toBe(false);
    expect(sameDesign({ fixes: ['lb'], servers: null }, { fixes: ['lb', 'replica'], servers: null })).toBe(false);
    expect(sameDesign({ fixes: ['lb', 'replica'], servers: null }, { fixes: ['lb', 'rolling'], servers: null })).toBe(false);
  });
});

describe('watchDesign: the fixchange events', () => {
  beforeEach(() => useUi.setState(INITIAL_UI, true));

  it('tells each real change once, whoever makes it, and nothing for a no-op', () => {
    const heard = vi.fn();
    const stop = watchDesign(heard);
    setDesign([], null); // what the store already holds
    setDesign(['lb'], null);
    setDesign(['lb'], null); // a new array with the same fixes
    useUi.setState({ rps: 90, selected: 'nginx' }); // other state
    tryDesignLive(['lb', 'replica'], 3); // a fix card's "Try it live"
    setDesign(['lb', 'replica'], 3);
    setDesign([], null);
    expect(heard.mock.calls.map(([d]) => fixChangeEvent(d))).toEqual([
      fixChangeEvent({ fixes: ['lb'], servers: null }),
      fixChangeEvent({ fixes: ['lb', 'replica'], servers: 3 }),
      fixChangeEvent({ fixes: [], servers: null }),
    ]);
    stop();
    setDesign(['lb'], 4);
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('says nothing at start: the design a page opened with is in the ready event', () => {
    useUi.setState({ fixes: ['lb'], servers: 2 });
    const heard = vi.fn();
    watchDesign(heard)();
    expect(heard).not.toHaveBeenCalled();
  });

  it('a refused setFixes command changes nothing in the store, and says nothing', () => {
    const parent = { postMessage: vi.fn() };
    let deliver: (event: ReceivedMessage) => void = () => {};
    const win: ListeningWindow = { parent, addEventListener: (_t, l) => (deliver = l), removeEventListener: () => {} };
    // What the bridge does with the command.
    const onCommand = vi.fn((c: Command) => {
      if (c.type === 'setFixes') setDesign(c.fixes, c.servers);
    });
    createCommandListener({ win, allowedOrigins: [], onCommand });
    const heard = vi.fn();
    watchDesign(heard);
    const before = useUi.getState();
    for (const fields of [{ fixes: ['nope'] }, { fixes: ['lb'], servers: 9 }, { fixes: 'lb', servers: '3' }, { fixes: new Array(1e5).fill('lb') }]) {
      deliver({ data: { source, type: 'setFixes', ...fields }, origin: 'https://lms.example.edu', source: parent });
    }
    expect(onCommand).not.toHaveBeenCalled();
    expect(useUi.getState()).toBe(before);
    expect(heard).not.toHaveBeenCalled();

    deliver({ data: { source, type: 'setFixes', fixes: ['lb'], servers: 3 }, origin: 'https://lms.example.edu', source: parent });
    expect(useUi.getState()).toMatchObject({ fixes: ['lb'], servers: 3 });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
