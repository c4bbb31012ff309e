/**
 * The journey's chapters (DNS, connect, TLS, request, application and database, response): which step
 * belongs to which, and after which steps the journey stops for the learner. Loaded with the player,
 * not with the first view.
 */
import type { PacketKind, SimEvent } from '../sim/types';

/** The parts of the story the journey stops after, in the order a request meets them. */
export type Chapter = 'dns' | 'connect' | 'tls' | 'request' | 'application' | 'response';

const CHAPTER_ORDER: readonly Chapter[] = ['dns', 'connect', 'tls', 'request', 'application', 'response'];

/** What each chapter is called on screen. */
export const CHAPTER_TITLES: Record<Chapter, string> = {
  dns: 'DNS: finding the address',
  connect: 'Connect: the TCP handshake',
  tls: 'TLS: encrypting the connection',
  request: 'The request reaches Nginx',
  application: 'The application and the database',
  response: 'The response travels back',
};

const PACKET_CHAPTER: Record<PacketKind, Chapter> = {
  'dns-query': 'dns',
  'dns-response': 'dns',
  'tcp-syn': 'connect',
  'tcp-syn-ack': 'connect',
  'tcp-ack': 'connect',
  'tcp-rst': 'connect',
  'tls-client-hello': 'tls',
  'tls-server-hello': 'tls',
  'http-request': 'request',
  'proxy-request': 'application',
  'file-read': 'application',
  'file-data': 'application',
  'sql-query': 'application',
  'sql-result': 'application',
  'proxy-response': 'application',
  'http-response': 'response',
};

/** The chapter an event belongs to by itself, or null when it takes its neighbours' (a request start, a state change). */
function ownChapter(e: SimEvent): Chapter | null {
  switch (e.kind) {
    case 'hop':
      return PACKET_CHAPTER[e.packet];
    case 'cache':
      return 'dns';
    case 'queued':
    case 'dequeued':
      return e.at === 'nginx' ? 'request' : 'application';
    case 'request-end':
      return 'response';
    default:
      return null;
  }
}

/**
 * The chapter of every step. A step with none of its own joins the chapter that follows it (a request's
 * start opens its first chapter), or the one before it at the very end.
 */
export function chaptersOf(steps: readonly SimEvent[]): Chapter[] {
  const out = new Array<Chapter>(steps.length);
  let next: Chapter | null = null;
  for (let i = steps.length - 1; i >= 0; i--) {
    next = ownChapter(steps[i]!) ?? next;
    out[i] = next ?? 'response';
  }
  // Trailing steps without a chapter (nothing follows them) join the one before.
  let last = steps.length - 1;
  while (last >= 0 && ownChapter(steps[last]!) === null) last--;
  for (let i = last + 1; i < steps.length; i++) out[i] = last >= 0 ? out[last]! : 'response';
  // A request's story only moves forward: an ACK during the response belongs to the response.
  let furthest = 0;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i]!.kind === 'request-start') furthest = 0;
    const order = CHAPTER_ORDER.indexOf(out[i]!);
    if (order < furthest) out[i] = CHAPTER_ORDER[furthest]!;
    else furthest = order;
  }
  return out;
}

/** Indices of the steps after which the journey pauses: the last step of a chapter, never the last step. */
export function chapterEnds(steps: readonly SimEvent[]): Set<number> {
  const chapters = chaptersOf(steps);
  const ends = new Set<number>();
  for (let i = 0; i + 1 < steps.length; i++) {
    const requestEnds = steps[i]!.kind === 'request-end';
    if (chapters[i] !== chapters[i + 1] || requestEnds) ends.add(i);
  }
  return ends;
}
