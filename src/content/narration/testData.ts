/**
 * Test-data builders for the narration tests: hops on real links, one sample of every event kind,
 * and the sentence checks every caption must pass.
 */
import { expect } from 'vitest';
import { linkBetween, type ComponentId } from '../../sim/topology';
import type { ComponentStatus, HopEvent, PacketDetail, PacketKind, SimEvent, SimEventKind } from '../../sim/types';
import { describeEvent } from '../narration';

/** A hop on the real link between `from` and `to`, with an empty detail unless overridden. */
export function aHop(packet: PacketKind, from: ComponentId, to: ComponentId, overrides: Partial<HopEvent> = {}): HopEvent {
  const link = linkBetween(from, to);
  if (!link) throw new Error(`no link ${from}–${to}`);
  return {
    kind: 'hop',
    seq: 1,
    t: 1,
    requestId: 1,
    from,
    to,
    link: link.id,
    arrive: 1.01,
    packet,
    direction: link.source === from ? 'request' : 'response',
    detail: { protocol: 'TCP', summary: '', fields: [] },
    ...overrides,
  };
}

/** A packet detail; DNS unless told. */
export const detail = (summary: string, fields: PacketDetail['fields'] = [], protocol: PacketDetail['protocol'] = 'DNS'): PacketDetail => ({
  protocol,
  summary,
  fields,
});

/** Where each packet kind travels in a normal journey. */
export const CANONICAL: Record<PacketKind, [ComponentId, ComponentId]> = {
  'dns-query': ['browser', 'resolver'],
  'dns-response': ['resolver', 'browser'],
  'tcp-syn': ['browser', 'nginx'],
  'tcp-syn-ack': ['nginx', 'browser'],
  'tcp-ack': ['browser', 'nginx'],
  'tcp-rst': ['nginx', 'browser'],
  'tls-client-hello': ['browser', 'nginx'],
  'tls-server-hello': ['nginx', 'browser'],
  'http-request': ['browser', 'nginx'],
  'http-response': ['nginx', 'browser'],
  'proxy-request': ['nginx', 'app-server'],
  'proxy-response': ['app-server', 'nginx'],
  'file-read': ['nginx', 'app-files'],
  'file-data': ['app-files', 'nginx'],
  'sql-query': ['app-server', 'mysql'],
  'sql-result': ['mysql', 'app-server'],
};
/** Every packet kind (the Record above makes the list complete). */
export const PACKET_KINDS = Object.keys(CANONICAL) as PacketKind[];

/** Common fields of a request-scoped event. */
export const base = { seq: 2, t: 3, requestId: 1 };
/** One typical event of every kind, with reasons worded as the model words them. */
export const SAMPLES: Record<SimEventKind, SimEvent> = {
  hop: aHop('dns-query', 'browser', 'resolver'),
  'request-start': { ...base, kind: 'request-start', browserId: 0, path: '/', dynamic: true },
  'request-end': { ...base, kind: 'request-end', outcome: 'ok', symptom: '200 OK' },
  cache: { ...base, kind: 'cache', at: 'browser', layer: 'browser', hit: false },
  queued: { ...base, kind: 'queued', at: 'app-server', queueLength: 3 },
  dequeued: { ...base, kind: 'dequeued', at: 'app-server', queueLength: 2 },
  refused: { ...base, kind: 'refused', at: 'nginx', reason: 'nothing listens on port 443 while Nginx restarts: the kernel answers RST' },
  timeout: { ...base, kind: 'timeout', at: 'browser', reason: 'no answer from 8.8.8.8 after 127 s of retransmissions' },
  state: { seq: 2, t: 3, requestId: -1, kind: 'state', component: 'nginx', status: 'restarting' },
};

/** Every component status. */
export const STATUSES: ComponentStatus[] = ['up', 'down', 'restarting', 'reloading', 'slow'];

/** Every sentence must be a real sentence: non-empty, capitalised or a name, ending in a full stop. */
export function expectSentence(text: string | null): asserts text is string {
  expect(text).toBeTypeOf('string');
  expect(text!.trim().length).toBeGreaterThan(10);
  expect(text).toMatch(/[.]$/);
  expect(text).not.toMatch(/undefined|NaN|null|\[object|\(\)|\s{2}/);
}

/** Every cell of an event-table row is filled and clean. */
export function expectRow(event: SimEvent) {
  const row = describeEvent(event);
  for (const cell of [row.from, row.to, row.what]) {
    expect(cell.trim()).not.toBe('');
    expect(cell).not.toMatch(/undefined|NaN|\[object/);
  }
}

