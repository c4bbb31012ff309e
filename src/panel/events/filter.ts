/**
 * Which events the table shows: each event belongs to one category a learner can switch on or off.
 * Pure, so the table never decides anything about an event by itself.
 */
import type { PacketKind, SimEvent } from '../../sim/types';

/** The categories of the filter, in the order the checkboxes show them. */
export const EVENT_CATEGORIES = [
  { id: 'dns', label: 'DNS' },
  { id: 'tcp', label: 'TCP' },
  { id: 'tls', label: 'TLS' },
  { id: 'http', label: 'HTTP' },
  { id: 'app', label: 'SQL and app' },
  { id: 'cache', label: 'Cache' },
  { id: 'trouble', label: 'Queue, refused, timeout' },
  { id: 'state', label: 'State changes' },
] as const;

export type EventCategory = (typeof EVENT_CATEGORIES)[number]['id'];

/** Every category: the filter's starting point. */
export const ALL_CATEGORIES: ReadonlySet<EventCategory> = new Set(EVENT_CATEGORIES.map((c) => c.id));

const PACKET_CATEGORY: Record<PacketKind, EventCategory> = {
  'dns-query': 'dns',
  'dns-response': 'dns',
  'tcp-syn': 'tcp',
  'tcp-syn-ack': 'tcp',
  'tcp-ack': 'tcp',
  'tcp-rst': 'tcp',
  'tls-client-hello': 'tls',
  'tls-server-hello': 'tls',
  'http-request': 'http',
  'http-response': 'http',
  // Behind Nginx: the application's side of the request.
  'proxy-request': 'app',
  'proxy-response': 'app',
  'file-read': 'app',
  'file-data': 'app',
  'sql-query': 'app',
  'sql-result': 'app',
};

/** The one category an event belongs to. */
export function categoryOf(event: SimEvent): EventCategory {
  switch (event.kind) {
    case 'hop':
      return PACKET_CATEGORY[event.packet] ?? 'http';
    // A request starting and ending is what the browser's Network panel lists: HTTP.
    case 'request-start':
    case 'request-end':
      return 'http';
    case 'cache':
      return 'cache';
    case 'queued':
    case 'dequeued':
    case 'refused':
    case 'timeout':
      return 'trouble';
    case 'state':
      return 'state';
  }
}

/** The events whose category is shown, in their original order. */
export function filterEvents<E extends SimEvent>(events: readonly E[], shown: ReadonlySet<EventCategory>): E[] {
  if (shown.size === ALL_CATEGORIES.size) return [...events];
  return events.filter((e) => shown.has(categoryOf(e)));
}

/** `shown` with `category` switched on or off; a new set, so React sees the change. */
export function toggleCategory(shown: ReadonlySet<EventCategory>, category: EventCategory, on: boolean): ReadonlySet<EventCategory> {
  const next = new Set(shown);
  if (on) next.add(category);
  else next.delete(category);
  return next;
}
