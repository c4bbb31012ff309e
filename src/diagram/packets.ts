/**
 * Pure packet geometry and looks: where a packet is drawn on its link and which shape it takes.
 * Shapes differ as well as colours: requests are circles, responses diamonds, refusals bars, losses crosses.
 */
import type { HopEvent, PacketKind } from '../sim/types';
import { pointAt, type Point, type Routes } from './geometry';
import { t, tx } from '../i18n/t';

export type PacketShape = 'request' | 'response' | 'refused' | 'lost';

export function packetShape(e: HopEvent, arrived: boolean): PacketShape {
  if (e.lost && arrived) return 'lost';
  if (e.refused || e.packet === 'tcp-rst') return 'refused';
  return e.direction === 'request' ? 'request' : 'response';
}

/** Whether a hop from `from` runs along `link` from its source: link ids are `<source>-<target>`. */
export const leavesSource = (from: string, link: string): boolean => link.startsWith(`${from}-`);

/**
 * Position of a hop's packet after `progress` (0..1) of its trip from `from` to `to`, on its link's
 * line in `routes`; null for a link the diagram does not draw.
 */
export function packetPosition(routes: Routes, e: Pick<HopEvent, 'from' | 'link'>, progress: number): Point | null {
  const line = routes[e.link];
  if (!line) return null;
  return pointAt(line, leavesSource(e.from, e.link) ? progress : 1 - progress);
}

/** Drawn through `tx`; listed for the French in i18n/registry/diagram.ts (the packet and handshake names stay as they are). */
export const SHORT: Record<PacketKind, string> = {
  'dns-query': 'DNS query',
  'dns-response': 'DNS answer',
  'tcp-syn': 'SYN',
  'tcp-syn-ack': 'SYN-ACK',
  'tcp-ack': 'ACK',
  'tcp-rst': 'RST',
  'tls-client-hello': 'ClientHello',
  'tls-server-hello': 'ServerHello',
  'http-request': 'GET',
  'http-response': 'HTTP response',
  'proxy-request': 'proxied request',
  'proxy-response': 'app response',
  'file-read': 'read file',
  'file-data': 'file',
  'sql-query': 'SQL query',
  'sql-result': 'rows',
};

/** A few words drawn beside the packet in the journey, in the language shown. */
export function packetLabel(e: HopEvent): string {
  if (e.packet === 'http-response' || e.packet === 'proxy-response') {
    const status = /\b(\d{3})\b/.exec(e.detail.summary)?.[1];
    if (status) return status;
  }
  const packet = tx(SHORT[e.packet]);
  if (e.lost) return t('{packet} (lost)', { packet });
  if (e.refused) return t('{packet} (refused)', { packet });
  return packet;
}
