import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_CATEGORIES, EVENT_CATEGORIES, categoryOf, filterEvents, toggleCategory, type EventCategory } from './filter';
import {
  aCacheMiss,
  aDnsQuery,
  aHop,
  aQueued,
  aRefusal,
  aRequestEnd,
  aRequestStart,
  aSqlQuery,
  aStateChange,
  aSyn,
  aTimeout,
} from './testData';

const sample = () => [
  aRequestStart(),
  aCacheMiss(),
  aDnsQuery(),
  aSyn(),
  aHop({ packet: 'tls-client-hello', detail: { protocol: 'TLS', summary: 'ClientHello', fields: [] } }),
  aHop(),
  aHop({ packet: 'proxy-request', from: 'nginx', to: 'app-server', link: 'nginx-app-server' }),
  aSqlQuery(),
  aQueued(),
  aRefusal(),
  aTimeout(),
  aStateChange(),
  aRequestEnd(),
];

describe('categoryOf', () => {
  it('sorts packets by protocol, as a capture filter would', () => {
    expect(categoryOf(aDnsQuery())).toBe('dns');
    expect(categoryOf(aSyn())).toBe('tcp');
    expect(categoryOf(aHop({ packet: 'tcp-rst' }))).toBe('tcp');
    expect(categoryOf(aHop({ packet: 'tls-server-hello' }))).toBe('tls');
    expect(categoryOf(aHop())).toBe('http');
    expect(categoryOf(aHop({ packet: 'http-response', direction: 'response' }))).toBe('http');
  });

  it('puts what happens behind Nginx under SQL and app', () => {
    expect(categoryOf(aSqlQuery())).toBe('app');
    expect(categoryOf(aHop({ packet: 'proxy-response' }))).toBe('app');
    expect(categoryOf(aHop({ packet: 'file-read' }))).toBe('app');
  });

  it('groups trouble together and keeps caches and states apart', () => {
    expect(categoryOf(aQueued())).toBe('trouble');
    expect(categoryOf(aQueued({ kind: 'dequeued' }))).toBe('trouble');
    expect(categoryOf(aRefusal())).toBe('trouble');
    expect(categoryOf(aTimeout())).toBe('trouble');
    expect(categoryOf(aCacheMiss())).toBe('cache');
    expect(categoryOf(aStateChange())).toBe('state');
    expect(categoryOf(aRequestStart())).toBe('http');
    expect(categoryOf(aRequestEnd())).toBe('http');
  });

  it('gives every event a category the filter offers', () => {
    const offered = new Set(EVENT_CATEGORIES.map((c) => c.id));
    for (const e of sample()) expect(offered.has(categoryOf(e))).toBe(true);
  });
});

describe('filterEvents', () => {
  it('shows everything when every category is on', () => {
    const events = sample();
    expect(filterEvents(events, ALL_CATEGORIES)).toEqual(events);
  });

  it('shows nothing when every category is off', () => {
    expect(filterEvents(sample(), new Set())).toEqual([]);
  });

  it('keeps only the chosen kinds, in order', () => {
    const events = sample();
    const kept = filterEvents(events, new Set<EventCategory>(['dns', 'trouble']));
    expect(kept.map((e) => e.kind)).toEqual(['hop', 'queued', 'refused', 'timeout']);
    expect(kept[0]).toBe(events[2]);
  });

  it('loses nothing: the categories split the events exactly (property)', () => {
    const ids = EVENT_CATEGORIES.map((c) => c.id);
    fc.assert(
      fc.property(fc.subarray(ids), (on) => {
        const events = sample();
        const shown = new Set<EventCategory>(on);
        const hidden = new Set<EventCategory>(ids.filter((id) => !shown.has(id)));
        const a = filterEvents(events, shown);
        const b = filterEvents(events, hidden);
        expect(a.length + b.length).toBe(events.length);
        expect(a.every((e) => !b.includes(e))).toBe(true);
      }),
    );
  });
});

describe('toggleCategory', () => {
  it('returns a new set with the category switched', () => {
    const off = toggleCategory(ALL_CATEGORIES, 'tcp', false);
    expect(off.has('tcp')).toBe(false);
    expect(ALL_CATEGORIES.has('tcp')).toBe(true);
    expect(toggleCategory(off, 'tcp', true).has('tcp')).toBe(true);
  });
});
