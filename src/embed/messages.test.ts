import { describe, expect, it, vi } from 'vitest';
import {
  canvasFrameResize,
  checkCommand,
  createCommandListener,
  failureChangeEvent,
  fixChangeEvent,
  parseCommand,
  playbackEvent,
  postToParent,
  readyEvent,
  resizeEvent,
  selectEvent,
  targetOriginsFor,
  type Command,
  type ListeningWindow,
  type ParentWindow,
  type ReceivedMessage,
} from './messages';

const source = 'web-stack-explorer';

describe('events', () => {
  it('are namespaced and versioned', () => {
    const summary = { select: 'nginx', failure: null, mode: 'journey', rps: 20, speed: 1, seed: 1, t: 0, fixes: [], servers: null, playing: false } as const;
    expect(readyEvent({ ...summary, fixes: [] })).toEqual({ source, v: 1, type: 'ready', state: summary });
    expect(selectEvent('mysql')).toEqual({ source, v: 1, type: 'select', id: 'mysql' });
    expect(selectEvent(null)).toEqual({ source, v: 1, type: 'select', id: null });
    expect(failureChangeEvent('spof')).toEqual({ source, v: 1, type: 'failurechange', failure: 'spof' });
    expect(fixChangeEvent({ fixes: ['lb', 'replica'], servers: 3 })).toEqual({ source, v: 1, type: 'fixchange', fixes: ['lb', 'replica'], servers: 3 });
    expect(playbackEvent({ playing: true, t: 2.5, mode: 'traffic' })).toEqual({ source, v: 1, type: 'playback', playing: true, t: 2.5, mode: 'traffic' });
  });

  it('report heights in whole pixels, also in the Canvas LMS shape', () => {
    expect(resizeEvent(612.2)).toEqual({ source, v: 1, type: 'resize', height: 613 });
    expect(canvasFrameResize(612.2)).toEqual({ subject: 'lti.frameResize', height: 613 });
    expect(resizeEvent(Number.NaN).height).toBe(0);
    expect(canvasFrameResize(-5).height).toBe(0);
  });

  it('survive structured cloning', () => {
    const event = readyEvent({ select: null, failure: 'spof', mode: 'traffic', rps: 250, speed: 1, seed: 7, t: 3, fixes: ['lb'], servers: 4, playing: true });
    expect(structuredClone(event)).toEqual(event);
  });

  it('carry a copy of the fixes, never the array the store holds', () => {
    const fixes: ('lb' | 'replica')[] = ['lb'];
    const event = fixChangeEvent({ fixes, servers: null });
    fixes.push('replica');
    expect(event.fixes).toEqual(['lb']);
  });
});

describe('parseCommand', () => {
  it.each<[unknown, Command]>([
    [{ source, type: 'select', id: 'mysql' }, { type: 'select', id: 'mysql' }],
    [{ source, type: 'select', id: 'browser-nginx' }, { type: 'select', id: 'browser-nginx' }],
    [{ source, type: 'select', id: null }, { type: 'select', id: null }],
    [{ source, type: 'setFailure', failure: 'spof' }, { type: 'setFailure', failure: 'spof' }],
    [{ source, type: 'setFailure', failure: null }, { type: 'setFailure', failure: null }],
    [{ source, type: 'setFailure', failure: 'lb' }, { type: 'setFailure', failure: 'lb' }],
    [{ source, type: 'setTraffic', rps: 250 }, { type: 'setTraffic', rps: 250 }],
    [{ source, type: 'play' }, { type: 'play' }],
    [{ source, v: 1, type: 'pause' }, { type: 'pause' }],
    [{ source, type: 'seek', t: 12.5 }, { type: 'seek', t: 12.5 }],
    [{ source, type: 'seek', t: 0, extra: 'ignored' }, { type: 'seek', t: 0 }],
    [JSON.parse(`{"source":"${source}","type":"play"}`), { type: 'play' }],
    [Object.assign(Object.create(null) as object, { source, type: 'play' }), { type: 'play' }],
  ])('accepts %j', (data, expected) => {
    expect(parseCommand(data)).toEqual(expected);
    expect(parseCommand(structuredClone(data))).toEqual(expected);
  });

  it('returns a fresh object holding only the checked fields', () => {
    const data = { source, type: 'select', id: 'nginx', payload: '<img onerror=alert(1)>' };
    const command = parseCommand(data);
    expect(command).not.toBe(data);
    expect(Object.keys(command!)).toEqual(['type', 'id']);
  });

  class Message {
    source = source;
    type = 'play';
  }
  const withGetter = { source, get type() { throw new Error('boom'); } };
  const hostileProxy = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); } });
  const polluted = JSON.parse(`{"__proto__":{"source":"${source}","type":"play"}}`) as unknown;

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a JSON string', JSON.stringify({ source, type: 'play' })],
    ['an array', [source, 'play']],
    ['an array with the fields', Object.assign([], { source, type: 'play' })],
    ['a function', () => ({ source, type: 'play' })],
    ['a class instance', new Message()],
    ['an object inheriting the fields', Object.create({ source, type: 'play' })],
    ['a __proto__ key from JSON', polluted],
    ['a constructor key', { source, type: 'constructor' }],
    ['a getter that throws', withGetter],
    ['a Proxy whose traps throw', hostileProxy],
    ['no source', { type: 'play' }],
    ['the wrong source', { source: 'webstack-sim', type: 'play' }],
    ['a source in other case', { source: 'Web-Stack-Explorer', type: 'play' }],
    ['another protocol version', { source, v: 2, type: 'play' }],
    ['an unknown type', { source, type: 'eval', code: 'alert(1)' }],
    ['a type of another kind', { source, type: ['play'] }],
    ['an event type', { source, type: 'ready' }],
    ['select without id', { source, type: 'select' }],
    ['select with an unknown id', { source, type: 'select', id: '<script>' }],
    ['select __proto__', { source, type: 'select', id: '__proto__' }],
    ['select with an id of another kind', { source, type: 'select', id: { toString: () => 'nginx' } }],
    ['setFailure with a made-up failure', { source, type: 'setFailure', failure: 'dns' }],
    ['setFailure without failure', { source, type: 'setFailure' }],
    ['setTraffic NaN', { source, type: 'setTraffic', rps: Number.NaN }],
    ['setTraffic Infinity', { source, type: 'setTraffic', rps: Number.POSITIVE_INFINITY }],
    ['setTraffic huge', { source, type: 'setTraffic', rps: 1e308 }],
    ['setTraffic negative', { source, type: 'setTraffic', rps: -1 }],
    ['setTraffic as a string', { source, type: 'setTraffic', rps: '250' }],
    ['setTraffic as a BigInt', { source, type: 'setTraffic', rps: 250n }],
    ['seek past the end', { source, type: 'seek', t: 86_401 }],
    ['seek without t', { source, type: 'seek' }],
  ])('refuses %s', (_label, data) => {
    expect(parseCommand(data)).toBeNull();
    const check = checkCommand(data);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toEqual(expect.any(String));
  });

  it('leaves Object.prototype untouched', () => {
    parseCommand(JSON.parse(`{"source":"${source}","type":"select","id":"nginx","__proto__":{"polluted":true}}`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** A frame and its parent: `fire` plays a message arriving at the frame. */
function aFramedWindow() {
  const parent = { postMessage: vi.fn() };
  let listener: ((event: ReceivedMessage) => void) | null = null;
  const win = {
    parent: parent as unknown,
    addEventListener: vi.fn((_type: 'message', l: (event: ReceivedMessage) => void) => {
      listener = l;
    }),
    removeEventListener: vi.fn(() => {
      listener = null;
    }),
  } satisfies ListeningWindow;
  const fire = (data: unknown, overrides: Partial<ReceivedMessage> = {}) =>
    listener?.({ data, origin: 'https://lms.example.edu', source: parent, ...overrides });
  return { win, parent, fire };
}

describe('createCommandListener', () => {
  const play = { source, type: 'play' };

  it('accepts valid commands from the parent window', () => {
    const { win, fire } = aFramedWindow();
    const onCommand = vi.fn();
    const listener = createCommandListener({ win, allowedOrigins: [], onCommand });
    fire(play);
    fire({ source, type: 'select', id: 'mysql' });
    expect(onCommand.mock.calls).toEqual([[{ type: 'play' }], [{ type: 'select', id: 'mysql' }]]);
    expect(listener.rejectedCount()).toBe(0);
  });

  it('accepts only listed origins when origins are given', () => {
    const { win, fire } = aFramedWindow();
    const onCommand = vi.fn();
    const onRejected = vi.fn();
    const listener = createCommandListener({ win, allowedOrigins: ['https://lms.example.edu'], onCommand, onRejected });
    fire(play);
    fire(play, { origin: 'https://evil.example' });
    fire(play, { origin: 'null' });
    fire(play, { origin: 'https://lms.example.edu.evil.example' });
    expect(onCommand).toHaveBeenCalledTimes(1);
    expect(listener.rejectedCount()).toBe(3);
    expect(onRejected).toHaveBeenCalledWith('origin not allowed', play);
  });

  it('refuses messages from any window but the parent', () => {
    const { win, fire } = aFramedWindow();
    const onCommand = vi.fn();
    const listener = createCommandListener({ win, allowedOrigins: [], onCommand });
    fire(play, { source: win });
    fire(play, { source: { postMessage: vi.fn() } });
    fire(play, { source: null });
    expect(onCommand).not.toHaveBeenCalled();
    expect(listener.rejectedCount()).toBe(3);
  });

  it('refuses everything when not framed', () => {
    const { win, fire } = aFramedWindow();
    win.parent = win;
    const onCommand = vi.fn();
    const listener = createCommandListener({ win, allowedOrigins: [], onCommand });
    fire(play, { source: win });
    expect(onCommand).not.toHaveBeenCalled();
    expect(listener.rejectedCount()).toBe(1);
  });

  it('counts malformed messages, and never throws, even when the callbacks do', () => {
    const { win, fire } = aFramedWindow();
    const listener = createCommandListener({
      win,
      allowedOrigins: [],
      onCommand: () => {
        throw new Error('app bug');
      },
      onRejected: () => {
        throw new Error('logger bug');
      },
    });
    const hostile = [null, [], 'play', JSON.stringify(play), { source: 'other', type: 'play' }, { source, type: 'setTraffic', rps: Number.NaN }];
    for (const data of hostile) expect(() => fire(data)).not.toThrow();
    expect(() => fire(play)).not.toThrow();
    expect(listener.rejectedCount()).toBe(hostile.length + 1);
  });

  it('stops listening once disposed', () => {
    const { win, fire } = aFramedWindow();
    const onCommand = vi.fn();
    const listener = createCommandListener({ win, allowedOrigins: [], onCommand });
    listener.dispose();
    listener.dispose();
    fire(play);
    expect(onCommand).not.toHaveBeenCalled();
    expect(win.removeEventListener).toHaveBeenCalledTimes(1);
  });

  it('fits a real window (type check)', () => {
    const fits = (w: Window): ListeningWindow & ParentWindow => w;
    expect(fits).toBeTypeOf('function');
  });
});

describe('postToParent', () => {
  it('posts to the parent with the given target origin', () => {
    const { win, parent } = aFramedWindow();
    expect(postToParent(win as ParentWindow, selectEvent('nginx'), 'https://lms.example.edu')).toBe(true);
    expect(parent.postMessage).toHaveBeenCalledWith(selectEvent('nginx'), 'https://lms.example.edu');
  });

  it("posts once to each allowed origin, or to '*' when none are listed", () => {
    const { win, parent } = aFramedWindow();
    postToParent(win as ParentWindow, resizeEvent(600), ['https://a.example', 'https://b.example']);
    postToParent(win as ParentWindow, resizeEvent(600), []);
    expect(parent.postMessage.mock.calls.map((call) => call[1])).toEqual(['https://a.example', 'https://b.example', '*']);
    expect(targetOriginsFor([])).toEqual(['*']);
  });

  it('does nothing when not framed, and reports a failed post instead of throwing', () => {
    const alone = { parent: null };
    expect(postToParent(alone, resizeEvent(1), '*')).toBe(false);
    const { win, parent } = aFramedWindow();
    parent.postMessage.mockImplementation(() => {
      throw new DOMException('bad origin', 'SyntaxError');
    });
    expect(postToParent(win as ParentWindow, resizeEvent(1), 'not an origin')).toBe(false);
  });
});
