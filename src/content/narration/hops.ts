/**
 * One sentence for each packet hop of a journey: the DNS walk, the handshakes, the request through
 * Nginx, the application server and MySQL, and the way back.
 */
import { SERVER_IP, SITE_HOST, getLink } from '../../sim/topology';
import type { HopEvent } from '../../sim/types';
import { PACKET_NAMES, cleanSummary, fieldValue, numberFrom, proseName } from './labels';

const IPV4 = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/;
export const REQUEST_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+\S+\s+HTTP\/[\d.]+$/;
export const STATUS_LINE = /^HTTP\/[\d.]+\s+\d{3}\b.*$/;
export const SQL = /^(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH)\b/i;

/** The server-side port of a TCP segment: the destination going in, the source coming back. */
export function serverPort(e: HopEvent): number | undefined {
  const toServer = e.direction === 'request';
  const fromField = numberFrom(e.detail, toServer ? /destination port/i : /source port/i);
  if (fromField !== undefined) return fromField;
  const ports = e.detail?.summary?.match(/(\d+)\s*→\s*(\d+)/);
  const text = ports?.[toServer ? 2 : 1];
  return text === undefined ? undefined : Number.parseInt(text, 10);
}

export function proxyTarget(e: HopEvent): string {
  const target = fieldValue(e.detail, /^proxy_pass$/i);
  return target ? `proxy_pass ${target}` : getLink('nginx-app-server').label;
}

function dnsQuery(e: HopEvent): string {
  if (e.from === 'browser') return `Your browser asks the recursive resolver for the address of ${SITE_HOST} (DNS over UDP port 53).`;
  if (e.to === 'root') return 'The recursive resolver asks a root server who handles .com.';
  if (e.to === 'tld') return 'The resolver asks a .com TLD server who handles foobar.com.';
  if (e.to === 'authoritative') return `The resolver asks foobar.com’s authoritative server for the address of ${SITE_HOST}.`;
  return `${proseName(e.from, true)} sends a DNS query to ${proseName(e.to)}.`;
}

export function dnsAnswer(e: HopEvent): { ip: string; ttl?: number } {
  const ip = fieldValue(e.detail, /address|answer|data/i)?.match(IPV4)?.[1] ?? e.detail?.summary?.match(IPV4)?.[1] ?? SERVER_IP;
  const ttl = numberFrom(e.detail, /ttl/i, /\s(\d+)\s+IN\s+A\b/i);
  return ttl === undefined ? { ip } : { ip, ttl };
}

function dnsResponse(e: HopEvent): string {
  if (e.from === 'root') return 'The root server refers the resolver to the .com servers.';
  if (e.from === 'tld') return 'The .com server refers the resolver to foobar.com’s authoritative name servers.';
  const { ip, ttl } = dnsAnswer(e);
  if (e.from === 'authoritative') {
    const validity = ttl === undefined ? '' : `, valid for ${ttl} seconds`;
    return `foobar.com’s authoritative server answers: ${SITE_HOST} is an A record pointing to ${ip}${validity}.`;
  }
  if (e.to === 'browser') return `The resolver hands the answer to your browser: ${SITE_HOST} is at ${ip}.`;
  return `${proseName(e.from, true)} sends a DNS response to ${proseName(e.to)}.`;
}

function http(e: HopEvent): string {
  const summary = cleanSummary(e.detail);
  if (e.packet === 'http-request') {
    return summary && REQUEST_LINE.test(summary)
      ? `Your browser sends the request ${summary} to Nginx, with Host: ${SITE_HOST}.`
      : `Your browser sends its HTTP request for ${SITE_HOST} to Nginx.`;
  }
  if (summary && STATUS_LINE.test(summary)) return `Nginx sends the response back to your browser: ${summary}.`;
  if (summary && /continued/i.test(summary)) {
    return 'The rest of the page follows in a second flight: a new TCP connection may only send about 14.6 KB before the browser acknowledges it.';
  }
  return 'Nginx sends the response back to your browser.';
}

function files(e: HopEvent): string {
  const byNginx = e.from === 'nginx' || e.to === 'nginx';
  if (e.packet === 'file-read') {
    return byNginx
      ? 'It is a static file, so Nginx reads it straight from disk: no application code runs.'
      : 'The application server loads and runs the code base (the application files) to build the page.';
  }
  return byNginx ? 'The file is read, and Nginx can send it as it is.' : 'The code is loaded: the application starts building the page.';
}

function sql(e: HopEvent): string {
  const summary = cleanSummary(e.detail);
  if (e.packet === 'sql-query') {
    const query = summary && SQL.test(summary) ? `: ${summary}` : '';
    return `The application asks MySQL for the data it needs (SQL over TCP port 3306)${query}.`;
  }
  const rows = numberFrom(e.detail, /rows?/i, /(\d+)\s+rows?\b/i);
  if (rows === undefined) return 'MySQL sends the matching rows back to the application.';
  return `MySQL sends ${rows} ${rows === 1 ? 'row' : 'rows'} back to the application.`;
}

function lost(e: HopEvent): string {
  if (e.packet === 'tcp-syn' && e.to === 'app-server') {
    return 'Nginx’s connection request (SYN) to the application server is dropped: its accept queue is full, so Nginx’s kernel waits and sends it again.';
  }
  if (e.packet === 'tcp-syn') {
    return `Your browser’s connection request (SYN) to ${SERVER_IP} gets no answer: the server is down, so the browser waits and tries again.`;
  }
  return `The ${PACKET_NAMES[e.packet]} from ${proseName(e.from)} to ${proseName(e.to)} is lost: it never arrives.`;
}

function refused(e: HopEvent): string {
  if (e.packet === 'tcp-syn') {
    const port = serverPort(e);
    const where = port === undefined ? 'on that port' : `on port ${port}`;
    return `Your browser’s SYN reaches ${SERVER_IP}, but nothing is listening ${where}: the connection is refused.`;
  }
  if (e.to === 'app-server') {
    return 'Nginx tries to pass the request on, but nothing is listening at the application server: connection refused, so Nginx will answer 502 Bad Gateway.';
  }
  return `${proseName(e.to, true)} refuses the ${PACKET_NAMES[e.packet]} from ${proseName(e.from)}.`;
}

const resetAfterAccept =
  'Nginx accepted the connection but had no connection left to serve it (worker_connections), so it closed it at once: a reset (RST), and the browser shows ERR_CONNECTION_RESET.';

/** One sentence for a hop, told from the user's side. */
export function narrateHop(e: HopEvent): string {
  if (e.lost) return lost(e);
  if (e.refused) return refused(e);
  if (e.packet === 'tcp-rst' && /after the handshake/i.test(e.detail?.summary ?? '')) return resetAfterAccept;
  switch (e.packet) {
    case 'dns-query':
      return dnsQuery(e);
    case 'dns-response':
      return dnsResponse(e);
    case 'tcp-syn': {
      const port = serverPort(e);
      return `Your browser opens a TCP connection to ${SERVER_IP}${port === undefined ? '' : ` on port ${port}`}: SYN.`;
    }
    case 'tcp-syn-ack':
      return 'The server answers SYN-ACK: it is ready to accept the connection.';
    case 'tcp-ack':
      return /window/i.test(e.detail?.summary ?? '')
        ? 'Your browser acknowledges what has arrived, so the server may send the rest of the page.'
        : 'Your browser replies ACK: the TCP connection is open, one round trip after the SYN.';
    case 'tcp-rst':
      return e.to === 'browser'
        ? 'The server answers with a reset (RST): instead of SYN-ACK it means refused (ERR_CONNECTION_REFUSED), after the handshake it means Nginx closed the connection (ERR_CONNECTION_RESET).'
        : `${proseName(e.from, true)} answers ${proseName(e.to)} with a reset (RST): the connection is refused.`;
    case 'tls-client-hello': {
      const sni = fieldValue(e.detail, /sni|server name/i) ?? SITE_HOST;
      return `Your browser starts the TLS handshake with a ClientHello, naming ${sni} (SNI) and sending its key share.`;
    }
    case 'tls-server-hello':
      return `Nginx replies with ServerHello and, already encrypted, its certificate for ${SITE_HOST}: from here on everything is encrypted.`;
    case 'http-request':
    case 'http-response':
      return http(e);
    case 'proxy-request':
      return `The page is dynamic, so Nginx passes the request to the application server (${proxyTarget(e)}).`;
    case 'proxy-response':
      return 'The application server hands the finished page back to Nginx.';
    case 'file-read':
    case 'file-data':
      return files(e);
    case 'sql-query':
    case 'sql-result':
      return sql(e);
  }
}
