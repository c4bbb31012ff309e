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

/**
 * The page and the worker in one test, messages cloned as `postMessage` would. A lang message is taken
 * as the worker's scope takes it (trafficWorker.ts); page and worker share one catalog here, so one
 * already in use is not installed again (that would echo back to the link).
 */
function connect() {
  const toWorker: ToWorker[] = [];
  const toMain: FromWorker[] = [];
  const later: (() => void)[] = [];
  const host = new TrafficHost((m) => toMain.push(structuredClone(m)), (fn) => later.push(fn));
  const worker: WorkerLike = { postMessage: (m) => toWorker.push(structuredClone(m)), onmessage: null, onerror: null, terminate: vi.fn() };
  const link = new WorkerLink(worker, vi.fn());
  const flush = () => {
    while (toWorker.length || later.length || toMain.length) {
      for (const m of toWorker.splice(0)) {
        if (m.type !== 'lang') host.receive(m);
        else if (m.lang !== currentLang()) setCatalog(m.lang, m.dict);
      }
      later.shift()?.();
      for (const m of toMain.splice(0)) worker.onmessage!({ data: m } as MessageEvent<FromWorker>);
    }
  };
  return { link, worker, flush };
}

/** A paused track one step past 3 s, and how to read its caption (asked, then answered). */
function pausedTrack(link: WorkerLink, flush: () => void) {
  const remote = link.build(SPEC) as RemoteTrack;
  remote.seek(3, undefined, { progress: vi.fn(), done: vi.fn() });
  flush();
  remote.stepForward();
  flush();
  const view = () => {
    remote.snapshot(paused);
    flush();
    return remote.snapshot(paused);
  };
  return { remote, view };
}

afterEach(() => setCatalog('en', null));

describe('the captions the traffic worker writes', () => {
  it('are French once the worker has the French catalog: the narration it carries speaks French', () => {
    const { link, worker, flush } = connect();
    const { remote, view } = pausedTrack(link, flush);
    const english = view();
    expect(english.current).not.toBeNull();
    expect(english.caption).toBe(narrate(english.current!));
    expect(english.caption).toMatch(/^(Your|The|A|Nginx|MySQL|All|No)\b/);

    worker.postMessage({ type: 'lang', lang: 'fr', dict: FR });
    remote.retell();
    flush();
    const french = view();
    expect(french.current).toEqual(english.current);
    expect(french.caption).toBe(narrate(french.current!));
    expect(french.caption).not.toBe(english.caption);
    expect(french.caption).toMatch(/^(Votre|Le|La|Les|L’|Un|Une|Nginx|MySQL|Tous|Aucune)\b/);
  });

  it('are written again in the new language for a paused view after a switch', async () => {
    const { link, flush } = connect();
    const { remote, view } = pausedTrack(link, flush);
    const english = view().caption;
    const changed = vi.fn();
    remote.onChange = changed;
    setCatalog('fr', FR);
    await expect
      .poll(() => {
        flush();
        return changed.mock.calls.length;
      })
      .toBeGreaterThan(0);
    const french = remote.snapshot(paused);
    expect(french.caption).not.toBe(english);
    expect(french.caption).toBe(narrate(french.current!));
  });
});
