import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCatalog } from '../i18n/t';
import { FR } from '../i18n/fr';
import { FAILED_OUTCOMES, type Metrics } from '../sim/types';
import { trafficSummary } from './traffic';
import { designName } from './designConfig';
import { WorkerLink, type WorkerLike } from './remote/workerLink';
import type { ToWorker } from './remote/protocol';
import type { TrafficSpec } from './track';

beforeEach(() => setCatalog('fr', FR));
afterEach(() => setCatalog('en', null));

const failed = Object.fromEntries(FAILED_OUTCOMES.map((o) => [o, 0])) as Metrics['failed'];
const METRICS = { completed: 1234, failed: { ...failed, timeout: 5, refused: 2 }, failingNow: 3, inFlightOk: 17, availability: 0.9946, pageP95: 0.0874 } as Metrics;

describe('playback text in French', () => {
  it('writes the traffic caption with its figures, a decimal comma and French spacing', () => {
    expect(trafficSummary(METRICS, 40)).toBe(
      'Trafic de 40 req/s — servies\u202f: 1234, en échec\u202f: 7, bloquées\u202f: 3 (attente de plus de 3\u00a0s ou renvoi), ' +
        'en cours\u202f: 17, disponibilité\u202f: 99,5\u202f%, p95 des pages\u202f: 87\u00a0ms.',
    );
    setCatalog('en', null);
    expect(trafficSummary(METRICS, 40)).toBe(
      'At 40 requests per second: 1234 served, 7 failed, 3 failing now (waiting over 3 s or re-sending), 17 loading, availability 99.5 %, page p95 87 ms.',
    );
  });

  it('names a design in French, one whole phrase per case', () => {
    expect(designName({ servers: 3, pair: true, replica: true, rolling: false, balance: 'leastconn' })).toBe(
      '3 serveurs derrière une paire de répartiteurs HAProxy (moins de connexions), une réplique MySQL',
    );
    expect(designName({ servers: 2, pair: false, replica: false, rolling: true, balance: 'roundrobin' })).toBe('2 serveurs derrière HAProxy');
  });
});

describe('the traffic worker’s language', () => {
  const SPEC: TrafficSpec = { seed: 7, rps: 50, spof: false, design: null, faults: [], scale: {} };
  const fakeWorker = () => {
    const sent: ToWorker[] = [];
    const worker: WorkerLike = { postMessage: (m) => sent.push(m), onmessage: null, onerror: null, terminate: vi.fn() };
    return { worker, sent };
  };

  it('is told French, with the dictionary, before anything it is asked meanwhile', async () => {
    const { worker, sent } = fakeWorker();
    const link = new WorkerLink(worker, vi.fn());
    link.build(SPEC);
    expect(sent).toEqual([]);
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(1));
    expect(sent[0]).toEqual({ type: 'lang', lang: 'fr', dict: FR });
    expect(sent[1]!.type).toBe('build');
  });

  it('hears nothing of English when it starts in it, and is told each switch after, the track shown asking again', async () => {
    setCatalog('en', null);
    const { worker, sent } = fakeWorker();
    const link = new WorkerLink(worker, vi.fn());
    link.build(SPEC);
    expect(sent.map((m) => m.type)).toEqual(['build']);
    setCatalog('fr', FR);
    link.build(SPEC);
    // The track shown asks again, so what the worker wrote in English is written again in French.
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['build', 'lang', 'build', 'command']));
    expect(sent[3]).toMatchObject({ command: { op: 'look' } });
  });
});
