/**
 * Small helpers shared by the narration: human labels and reading a packet's detail rows.
 */
import { SERVER_IP, getComponent, isComponentId, type ComponentId } from '../../sim/topology';
import type { PacketDetail, PacketKind } from '../../sim/types';
import { designLabel, designProse, isDesignPart } from './design';
import { frenchNow } from './french';

/** What each packet is called in a caption or an event table. */
export const PACKET_NAMES: Record<PacketKind, string> = {
  'dns-query': 'DNS query',
  'dns-response': 'DNS response',
  'tcp-syn': 'TCP SYN',
  'tcp-syn-ack': 'TCP SYN-ACK',
  'tcp-ack': 'TCP ACK',
  'tcp-rst': 'TCP RST (reset)',
  'tls-client-hello': 'TLS ClientHello',
  'tls-server-hello': 'TLS ServerHello',
  'http-request': 'HTTP request',
  'http-response': 'HTTP response',
  'proxy-request': 'Proxied request',
  'proxy-response': 'Proxied response',
  'file-read': 'File read',
  'file-data': 'File data',
  'sql-query': 'SQL query',
  'sql-result': 'SQL result',
};

/** The diagram's label for a component ("Nginx", "Server 8.8.8.8"). */
export function labelOf(id: ComponentId): string {
  const french = frenchNow();
  if (french) return french.label(id);
  return isComponentId(id) ? getComponent(id).label : isDesignPart(id) ? designLabel(id) : String(id);
}

/** How a caption names a component mid-sentence ("your browser", "the application server"). */
const PROSE_NAMES: Record<ComponentId, string> = {
  browser: 'your browser',
  dns: 'DNS',
  resolver: 'the recursive resolver',
  root: 'the root server',
  tld: 'the .com TLD server',
  authoritative: 'foobar.com’s authoritative server',
  server: `the server ${SERVER_IP}`,
  nginx: 'Nginx',
  'app-server': 'the application server',
  'app-files': 'the application files',
  mysql: 'MySQL',
};

/** A component's name for prose; `capital` for the start of a sentence. */
export function proseName(id: ComponentId, capital = false): string {
  if (isDesignPart(id)) return designProse(id, capital);
  const name = PROSE_NAMES[id] ?? String(id);
  return capital ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** The value of the first detail row whose label matches, trimmed; undefined when absent or empty. */
export function fieldValue(detail: PacketDetail | undefined, label: RegExp): string | undefined {
  const row = detail?.fields?.find(([name]) => label.test(name));
  const value = row?.[1]?.trim();
  return value ? value : undefined;
}

/** A detail summary that is safe to print: trimmed, without a trailing full stop or semicolon. */
export function cleanSummary(detail: PacketDetail | undefined): string | undefined {
  const summary = detail?.summary?.trim().replace(/[.;]+$/, '');
  return summary ? summary : undefined;
}

/** A free-text reason from the model as a parenthesis (" (backlog full)"), or nothing. */
export function reasonPart(reason: string | undefined): string {
  const text = reason?.trim().replace(/[.]+$/, '');
  return text ? ` (${text})` : '';
}

/** The number in the first matching detail row, or else in the summary's `pattern` match, if any. */
export function numberFrom(detail: PacketDetail | undefined, label: RegExp, pattern?: RegExp): number | undefined {
  const candidates = [fieldValue(detail, label), pattern ? detail?.summary?.match(pattern)?.[1] : undefined];
  for (const text of candidates) {
    const value = text === undefined ? NaN : Number.parseInt(text, 10);
    if (Number.isFinite(value)) return value;
  }
  return undefined;
}
