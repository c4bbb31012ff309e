import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SnapshotContext, TrafficSpec } from '../track';
import { narrate } from '../../content/narration';
import { FR } from '../../i18n/fr';
import { currentLang, setCatalog } from '../../i18n/t';
import { TrafficHost } from './trafficHost';
import type { FromWorker, ToWorker } from './protocol';
import { WorkerLink, type WorkerLike } from './workerLink';
import type { RemoteTrack } from './remoteTrack';

const SPEC: TrafficSpec = { seed: 7, rps: 50, spof: false, design: null, faults: [], scale: {} };
const paused: SnapshotContext = { playing: false, rps: SPEC.rps, speed: 1, previousCaption: '' };

/** The page and the worker in one test, messages cloned as `postMessage` would; `sent` keeps what the page told the worker. */
function connect() {
  const toWorker: ToWorker[] = [];
  const toMain: FromWorker[] = [];
  const sent: ToWorker[] = [];
  const later: (() => void)[] = [];
  const host = new TrafficHost((m) => toMain.push(structuredClone(m)), (fn) => later.push(fn));
  const worker: WorkerLike = {
    postMessage: (m) => {
      sent.push(m);
      toWorker.push(structuredClone(m));
    },
    onmessage: null,
    onerror: null,
    terminate: vi.fn(),
  };
  const link = new WorkerLink(worker, vi.fn());
  const flush = () => {
    while (toWorker.length || later.length || toMain.length) {
      for (const m of toWorker.splice(0)) host.receive(m);
      later.shift()?.();
      for (const m of toMain.splice(0)) worker.onmessage!({ data: m } as MessageEvent<FromWorker>);
    }
  };
  return { link, worker, sent, flush };
}

const langs = (sent: ToWorker[]) => sent.flatMap((m) => (m.type === 'lang' ? [m.lang] : []));

afterEach(() => setCatalog('en', null));

describe('the traffic worker’s language', () => {
  it('is told, with the dictionary, when the worker starts and at every switch, until the worker has failed', async () => {
    setCatalog('fr', FR);
    const { worker, sent } = connect();
    await expect.poll(() => langs(sent)).toEqual(['fr']);
    expect(sent.find((m) => m.type === 'lang')).toEqual({ type: 'lang', lang: 'fr', dict: FR });
    setCatalog('en', null);
    await expect.poll(() => langs(sent)).toEqual(['fr', 'en']);
    setCatalog('fr', FR);
    await expect.poll(() => langs(sent)).toEqual(['fr', 'en', 'fr']);
    worker.onerror!(new Event('error'));
    setCatalog('en', null);
    await Promise.resolve();
    expect(langs(sent)).toEqual(['fr', 'en', 'fr']);
  });

  it('makes the captions the worker writes French after a lang message', () => {
    const { link, worker, flush } = connect();
    const remote = link.build(SPEC);
    remote.seek(3, undefined, { progress: vi.fn(), done: vi.fn() });
    flush();
    remote.stepForward();
    flush();
    const caption = () => {
      remote.snapshot(paused);
      flush();
      return remote.snapshot(paused);
    };
    const english = caption();
    expect(english.current).not.toBeNull();
    expect(english.caption).toBe(narrate(english.current!));
    expect(english.caption).toMatch(/^(Your|The|A|Nginx|MySQL|All|No)\b/);

    // What the link does on a switch, without switching the page: only the worker's message sets French.
    worker.postMessage({ type: 'lang', lang: 'fr', dict: FR });
    (remote as RemoteTrack).retell();
    expect(currentLang()).toBe('en');
    flush();
    const french = caption();
    expect(french.current).toEqual(english.current);
    expect(currentLang()).toBe('fr');
    expect(french.caption).toBe(narrate(french.current!));
    expect(french.caption).not.toBe(english.caption);
    expect(french.caption).toMatch(/^(Votre|Le|La|Les|L’|Un|Une|Nginx|MySQL|Tous|Aucune)\b/);

    worker.postMessage({ type: 'lang', lang: 'en', dict: null });
    (remote as RemoteTrack).retell();
    flush();
    expect(caption().caption).toBe(english.caption);
  });

  it('gives a paused view its caption again in the new language after a switch', async () => {
    const { link, flush } = connect();
    const remote = link.build(SPEC);
    remote.seek(3, undefined, { progress: vi.fn(), done: vi.fn() });
    flush();
    remote.stepForward();
    flush();
    remote.snapshot(paused);
    flush();
    const english = remote.snapshot(paused).caption;
    const changed = vi.fn();
    remote.onChange = changed;
    setCatalog('fr', FR);
    await expect.poll(() => {
      flush();
      return changed.mock.calls.length;
    }).toBeGreaterThan(0);
    const french = remote.snapshot(paused);
    expect(french.caption).not.toBe(english);
    expect(french.caption).toBe(narrate(french.current!));
  });

  it('ignores a language it does not know', () => {
    const { worker, flush } = connect();
    worker.postMessage({ type: 'lang', lang: 'xx' as never, dict: null });
    flush();
    expect(currentLang()).toBe('en');
  });
});
