/**
 * The narration of a fixed design's events (issue 15): the model names their parts `lb`, `nginx-2`,
 * `mysql-replica`…, and the one-server sentences would say "Nginx" where HAProxy answers, or "Lb is
 * down". Hops inside a server keep the one-server sentence, said of that server.
 */
import { SERVER_IP } from '../../sim/topology';
import { HAPROXY_RETRIES, HAPROXY_TIMEOUT_CONNECT_S, VRRP_MASTER_DOWN_INTERVAL_S } from '../../sim/haproxy';
import type { ComponentStatus, HopEvent, SimEvent } from '../../sim/types';
import { PACKET_NAMES, cleanSummary } from './labels';

const NUMBERED = /^(server|nginx|app-server|app-files)-([1-4])$/;
const DESIGN_ONLY = new Set(['lb', 'lb-2', 'mysql-replica', 'db-server', 'replica-server']);

/** Whether an id belongs to a fixed design only. */
export const isDesignPart = (id: string): boolean => DESIGN_ONLY.has(id) || NUMBERED.test(id);

/** The server a part runs on (1–4), or 0. */
export const serverOf = (id: string): number => Number(NUMBERED.exec(id)?.[2] ?? 0);

/** The one-server id a numbered part copies (`nginx-2` → `nginx`); other ids stay as they are. */
export const baseOf = (id: string): string => NUMBERED.exec(id)?.[1] ?? id;

const BASE_PROSE: Record<string, string> = {
  server: 'server',
  nginx: 'Nginx',
  'app-server': 'the application server',
  'app-files': 'the code base',
};

/** A design part's name for prose, e.g. "Nginx on server 2", "HAProxy". */
export function designProse(id: string, capital = false): string {
  const n = serverOf(id);
  const name =
    id === 'lb'
      ? 'HAProxy'
      : id === 'lb-2'
        ? 'the backup HAProxy'
        : id === 'mysql-replica'
          ? 'the MySQL replica'
          : id === 'db-server'
            ? 'the database server'
            : id === 'replica-server'
              ? 'the replica’s server'
              : baseOf(id) === 'server'
                ? `server ${n}`
                : `${BASE_PROSE[baseOf(id)] ?? id} on server ${n}`;
  return capital ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** A design part's label in the event table ("Nginx (server 2)", "HAProxy"). */
export function designLabel(id: string): string {
  const n = serverOf(id);
  if (!n) return designProse(id, true);
  const base = baseOf(id);
  return base === 'server' ? `Server ${n}` : `${{ nginx: 'Nginx', 'app-server': 'App server', 'app-files': 'Code base' }[base] ?? base} (server ${n})`;
}

/** The part ids an event names. */
export const ids = (e: SimEvent): string[] =>
  e.kind === 'hop' ? [e.from, e.to] : e.kind === 'state' ? [e.component] : 'at' in e ? [String(e.at)] : [];

/** Whether an event names a part only a fixed design has. */
export const isDesignEvent = (e: SimEvent): boolean => ids(e).some(isDesignPart);

const STATE: Partial<Record<ComponentStatus, (who: string) => string>> = {
  down: (who) => `${who} is down.`,
  up: (who) => `${who} is back up.`,
  restarting: (who) => `${who} is restarting.`,
};

function stateSentence(id: string, status: ComponentStatus): string {
  const n = serverOf(id);
  if (baseOf(id) === 'server' && n)
    return status === 'down'
      ? `Server ${n} goes down: requests on it are lost, and HAProxy keeps sending it new ones until its health checks have failed 3 times in a row.`
      : `Server ${n} is back up: HAProxy sends it requests again once 2 health checks in a row have passed.`;
  if (id === 'lb' && status === 'down')
    return `HAProxy’s machine goes down: the site’s address ${SERVER_IP} answers no more unless a backup balancer takes it over (after ${VRRP_MASTER_DOWN_INTERVAL_S.toFixed(2)} s with keepalived).`;
  return (STATE[status] ?? ((who: string) => `${who} is ${status}.`))(designProse(id, true));
}

/** One sentence for a hop at the balancer; null for hops the one-server sentence tells right. */
function balancerHop(e: HopEvent): string {
  const from: string = e.from;
  const lb = from === 'lb' || from === 'lb-2' ? from : e.to;
  const balancer = designProse(lb);
  const Balancer = designProse(lb, true);
  const server = serverOf(e.from) || serverOf(e.to);
  const line = cleanSummary(e.detail);
  if (server) {
    if (e.packet === 'tcp-syn' && e.lost)
      return `${Balancer} tries to connect to server ${server} and gets no answer: it is down. After ${HAPROXY_TIMEOUT_CONNECT_S} s it tries again, up to ${HAPROXY_RETRIES} times, then answers 503 Service Unavailable.`;
    if (e.direction === 'request') return `${Balancer} passes the request to server ${server}’s Nginx over the private network${line ? `: ${line}` : ''}.`;
    return `Nginx on server ${server} sends the response back to ${balancer}${line ? `: ${line}` : ''}.`;
  }
  switch (e.packet) {
    case 'tcp-syn':
      return e.lost
        ? `Your browser’s connection request (SYN) to ${SERVER_IP} gets no answer: the balancer is down, so the browser waits and tries again.`
        : `Your browser opens a TCP connection to ${SERVER_IP}, now the load balancer’s address, on port 443: SYN.`;
    case 'tcp-syn-ack':
      return `${Balancer} answers SYN-ACK: it is ready to accept the connection.`;
    case 'tls-server-hello':
      return `${Balancer} replies with ServerHello and its certificate for the site: TLS ends at the balancer, which talks to the servers over the private network.`;
    case 'http-request':
      return `Your browser sends the request to ${balancer}${line ? `: ${line}` : ''}. It will pick a server for it.`;
    case 'http-response':
      return `${Balancer} sends the response back to your browser${line ? `: ${line}` : ''}.`;
    case 'tcp-ack':
      return 'Your browser replies ACK: the TCP connection to the balancer is open, one round trip after the SYN.';
    case 'tls-client-hello':
      return `Your browser starts the TLS handshake with ${balancer}: a ClientHello naming the site (SNI) with its key share.`;
    default:
      return `${PACKET_NAMES[e.packet]} between your browser and ${balancer}${e.lost ? ' (lost)' : ''}.`;
  }
}

/** Sentences that start with one of these words read on after "On server 2," in lower case. */
const COMMON_START = /^(The|A|All|Every|No|Your|It)\b/;

/**
 * The sentence for a design event, or null to use the one-server sentence of `base` (the same event
 * with its parts' one-server ids), which `finish` then says of its server.
 */
export function narrateDesign(e: SimEvent, oneServer: (base: SimEvent) => string | null): string | null {
  if (e.kind === 'state') return e.t === 0 && e.status === 'up' ? null : stateSentence(e.component, e.status);
  if (e.kind === 'hop' && ids(e).some((id) => id === 'lb' || id === 'lb-2')) return balancerHop(e);
  let text = oneServer(rebase(e));
  if (!text) return text;
  if (ids(e).includes('mysql-replica')) text = text.replace(/\bMySQL\b/, (_, at: number) => (at === 0 ? 'The MySQL replica' : 'the MySQL replica'));
  const n = Math.max(0, ...ids(e).map(serverOf));
  if (!n) return text;
  return `On server ${n}, ${COMMON_START.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text}`;
}

/** The event with its numbered parts under their one-server ids, and the replica as MySQL: no design id is left. */
export function rebase(e: SimEvent): SimEvent {
  const b = (id: string) => (id === 'mysql-replica' || id === 'db-server' || id === 'replica-server' ? 'mysql' : id.startsWith('lb') ? 'nginx' : baseOf(id));
  switch (e.kind) {
    case 'hop':
      return { ...e, from: b(e.from), to: b(e.to), link: e.link } as SimEvent;
    case 'queued':
    case 'dequeued':
    case 'refused':
    case 'timeout':
    case 'cache':
      return { ...e, at: b(String(e.at)) } as SimEvent;
    default:
      return e;
  }
}
