/**
 * Captions for the journey: one sentence per event, for the on-screen caption and the screen-reader
 * live region, and the three cells of an event-table row.
 */
import { SERVER_IP, SITE_HOST, type ComponentId } from '../sim/topology';
import {
  OUTCOME_SYMPTOM,
  type CacheEvent,
  type ComponentStatus,
  type QueueEvent,
  type RefusedEvent,
  type RequestEndEvent,
  type SimEvent,
  type StateEvent,
  type TimeoutEvent,
} from '../sim/types';
import { narrateHop } from './narration/hops';
import { isDesignEvent, narrateDesign } from './narration/design';
import { PACKET_NAMES, cleanSummary, labelOf, proseName, reasonPart } from './narration/labels';
import { frenchNow } from './narration/french';

export { PACKET_NAMES } from './narration/labels';

/** Extra context a caller may know but the event does not carry. */
export interface NarrationOptions {
  /** Seconds from the request's start to this event; lets `request-end` say "in 83 ms". */
  elapsedS?: number;
}

const CACHE_NAMES: Record<CacheEvent['layer'], string> = {
  browser: 'The browser’s own DNS cache',
  os: 'The operating system’s DNS cache',
  resolver: 'The recursive resolver’s cache',
};

function cache(e: CacheEvent): string {
  if (e.hit) {
    if (e.layer === 'browser') return `${CACHE_NAMES.browser} already knows ${SITE_HOST} (Chrome keeps answers from the operating system for up to 60 seconds): no lookup needed.`;
    if (e.layer === 'os') return `${CACHE_NAMES.os} already has the address of ${SITE_HOST}: no question leaves the computer.`;
    return 'The recursive resolver has the answer cached, so it replies straight away without asking any other server.';
  }
  if (e.layer === 'browser') return `${CACHE_NAMES.browser} has no entry for ${SITE_HOST}, so it asks the operating system.`;
  if (e.layer === 'os') return `${CACHE_NAMES.os} has no entry either, so the question goes to the recursive resolver.`;
  return 'The recursive resolver has nothing cached for this name, so it starts at the top of the DNS tree.';
}

function requestEnd(e: RequestEndEvent, options: NarrationOptions): string {
  const symptom = e.symptom?.trim() || OUTCOME_SYMPTOM[e.outcome];
  switch (e.outcome) {
    case 'ok': {
      const ms = options.elapsedS === undefined ? NaN : Math.round(options.elapsedS * 1000);
      return Number.isFinite(ms) && ms >= 0 ? `The page arrives: ${symptom} in ${ms} ms.` : `The page arrives: ${symptom}.`;
    }
    case 'timeout':
      return `No answer ever came: the browser gives up and shows ${symptom}.`;
    case 'refused':
      return `The connection was refused: the browser shows ${symptom}.`;
    case 'reset':
      return `Nginx had no connection to spare and closed this one at once: the browser shows ${symptom}.`;
    case 'server-error':
      return `Nginx had no connection left to reach the application server, so the browser shows ${symptom}.`;
    case 'bad-gateway':
      return `Nginx could not reach the application server, so the browser shows ${symptom}.`;
    case 'gateway-timeout':
      return `The application server did not take or answer the request in time, so Nginx gave up and the browser shows ${symptom}.`;
    case 'unavailable':
      return `The load balancer had no server to send the request to, or could not reach the one it picked, so the browser shows ${symptom}.`;
  }
}

function queue(e: QueueEvent): string {
  const waiting = `${e.queueLength} waiting`;
  if (e.kind === 'queued') {
    return e.at === 'app-server'
      ? `All application workers are busy: the request waits in the queue (${waiting}).`
      : `${proseName(e.at, true)} is busy: the request waits in its queue (${waiting}).`;
  }
  return e.at === 'app-server'
    ? `A worker is free: the request leaves the queue and starts running (${e.queueLength} still waiting).`
    : `${proseName(e.at, true)} takes the request from its queue (${e.queueLength} still waiting).`;
}

const STATE_SENTENCES: Partial<Record<ComponentId, Partial<Record<ComponentStatus, string>>>> = {
  server: {
    down: `The server ${SERVER_IP} goes down: nothing on it can answer, and requests in flight are lost.`,
    up: `The server ${SERVER_IP} is back up.`,
  },
  nginx: {
    restarting: 'Nginx is restarting: ports 80 and 443 are closed, so new connections are refused.',
    reloading: 'Nginx reloads gracefully: new workers start with the new configuration while the old ones finish their requests.',
    down: 'Nginx is down: nothing answers on ports 80 and 443 until it is back.',
    up: 'Nginx is listening again on ports 80 and 443.',
  },
  'app-server': {
    restarting: 'The application server is restarting: Nginx cannot reach it, so dynamic pages get 502 Bad Gateway meanwhile.',
    reloading: 'The application server reloads gracefully: new workers load the new code while the old ones finish their requests.',
    slow: 'The application has become very slow: requests can outlast Nginx’s proxy timeout and end in 504 Gateway Timeout.',
    down: 'The application server is down: no dynamic page can be built until it is back.',
    up: 'The application server is back and taking requests.',
  },
  mysql: {
    restarting: 'MySQL is restarting: the application cannot reach its data, so dynamic pages fail until it is back.',
    down: 'MySQL is down: the application cannot reach its data, so dynamic pages fail.',
    up: 'MySQL is back and answering queries.',
  },
};

const STATUS_WORDS: Record<ComponentStatus, string> = {
  up: 'back up',
  down: 'down',
  restarting: 'restarting',
  reloading: 'reloading gracefully',
  slow: 'running slowly',
};

function state(e: StateEvent): string | null {
  // The model may declare every component up at the start; that is not news.
  if (e.t === 0 && e.status === 'up') return null;
  return STATE_SENTENCES[e.component]?.[e.status] ?? `${proseName(e.component, true)} is ${STATUS_WORDS[e.status]}.`;
}

/** Seconds quoted in a model reason ("after 127 s", "proxy_read_timeout 60 s"), if any. */
function secondsIn(reason: string): string | undefined {
  return reason.match(/(\d+(?:\.\d+)?)\s*s\b/)?.[1];
}

// Reasons are log-style lines meant for the event table; captions say what they mean in plain words.
function refused(e: RefusedEvent): string {
  const reason = e.reason ?? '';
  if (e.at === 'nginx') {
    if (/restart/i.test(reason)) return 'Nginx is restarting: port 443 is closed, so the connection is refused.';
    if (/while connecting to upstream/i.test(reason))
      return 'Nginx has no connection left to reach the application server (worker_connections), so it answers 500 Internal Server Error.';
    if (/connections|full|in use|not enough/i.test(reason))
      return 'Every Nginx connection is in use (worker_connections): Nginx accepts the connection and closes it at once, so the browser shows ERR_CONNECTION_RESET.';
    return 'Nginx does not accept the connection, so the browser shows ERR_CONNECTION_REFUSED.';
  }
  if (e.at === 'app-server') {
    if (/prematurely closed/i.test(reason)) return 'The application server restarted in the middle of this request, so Nginx answers 502 Bad Gateway.';
    if (/restart/i.test(reason)) return 'The application server is restarting, so Nginx cannot reach it and answers 502 Bad Gateway.';
    if (/backlog|full/i.test(reason))
      return 'Every application worker is busy and the waiting line is full: Linux drops Nginx’s connection attempt without an answer, so Nginx keeps retrying until proxy_connect_timeout.';
    return 'The application server refuses Nginx’s connection, so Nginx answers 502 Bad Gateway.';
  }
  return `${proseName(e.at, true)} refuses the connection${reasonPart(reason)}.`;
}

function timeout(e: TimeoutEvent): string {
  const seconds = secondsIn(e.reason ?? '');
  if (e.at === 'browser') {
    const after = seconds ? ` after ${seconds} s of retries (a Linux computer’s wait)` : '';
    return `No answer from ${SERVER_IP}${after}: the browser gives up with ERR_CONNECTION_TIMED_OUT.`;
  }
  if (e.at === 'nginx') {
    const limit = seconds ? ` (${seconds} s)` : '';
    if (/while connecting|proxy_connect_timeout/i.test(e.reason ?? ''))
      return `The application server never took Nginx’s connection: its waiting line stayed full for proxy_connect_timeout${limit}, so Nginx answers 504 Gateway Timeout.`;
    return `The application sent nothing for Nginx’s proxy_read_timeout${limit}, the longest wait allowed between two reads, so Nginx answers 504 Gateway Timeout.`;
  }
  return `${proseName(e.at, true)} gives up waiting${reasonPart(e.reason)}.`;
}

/**
 * One sentence for what is happening at `event`, or `null` when there is nothing worth saying
 * (the initial "everything is up" state).
 */
export function narrate(event: SimEvent, options: NarrationOptions = {}): string | null {
  const french = frenchNow();
  if (french) return french.narrate(event, options);
  if (isDesignEvent(event)) return narrateDesign(event, (base) => narrate(base, options));
  switch (event.kind) {
    case 'hop':
      return narrateHop(event);
    case 'request-start':
      return `A new request: your browser wants ${SITE_HOST}${event.path}, ${
        event.dynamic ? 'a dynamic page the application must build' : 'a static file Nginx can serve by itself'
      }.`;
    case 'request-end':
      return requestEnd(event, options);
    case 'cache':
      return cache(event);
    case 'queued':
    case 'dequeued':
      return queue(event);
    case 'refused':
      return refused(event);
    case 'timeout':
      return timeout(event);
    case 'state':
      return state(event);
  }
}

/** The three cells of an event-table row. `to` is "—" for events that happen at one place. */
export interface EventRow {
  from: string;
  to: string;
  what: string;
}

const NOWHERE = '—';

/** Human labels for an event table row, from the topology's labels. */
export function describeEvent(event: SimEvent): EventRow {
  const french = frenchNow();
  if (french) return french.describe(event);
  switch (event.kind) {
    case 'hop': {
      const summary = cleanSummary(event.detail);
      const flag = event.lost ? ' (lost)' : event.refused ? ' (refused)' : '';
      const what = summary ? `${PACKET_NAMES[event.packet]}: ${summary}` : PACKET_NAMES[event.packet];
      return { from: labelOf(event.from), to: labelOf(event.to), what: `${what}${flag}` };
    }
    case 'request-start':
      return {
        from: labelOf('browser'),
        to: SITE_HOST,
        what: `Request for ${event.path || '/'} starts (${event.dynamic ? 'dynamic page' : 'static file'})`,
      };
    case 'request-end':
      return { from: SITE_HOST, to: labelOf('browser'), what: `Request ends: ${event.symptom?.trim() || OUTCOME_SYMPTOM[event.outcome]}` };
    case 'cache':
      return { from: labelOf(event.at), to: NOWHERE, what: `${event.layer === 'os' ? 'OS' : event.layer} DNS cache ${event.hit ? 'hit' : 'miss'}` };
    case 'queued':
    case 'dequeued':
      return {
        from: labelOf(event.at),
        to: NOWHERE,
        what: `${event.kind === 'queued' ? 'Queued' : 'Left the queue'} (${event.queueLength} waiting)`,
      };
    case 'refused':
      return { from: labelOf(event.at), to: NOWHERE, what: `Connection refused${reasonPart(event.reason)}` };
    case 'timeout':
      return { from: labelOf(event.at), to: NOWHERE, what: `Timed out${reasonPart(event.reason)}` };
    case 'state':
      return { from: labelOf(event.component), to: NOWHERE, what: `Status: ${event.status}` };
  }
}
