/**
 * Pure packet geometry and looks: where a packet is drawn on its link and which shape it takes.
 * Shapes differ as well as colours: requests are circles, responses diamonds, refusals bars, losses crosses.
 */
import type { HopEvent, PacketKind } from '../sim/types';
import { getLink } from '../sim/topology';
import { pointAt, type Geometry, type Point } from './geometry';

export type PacketShape = 'request' | 'response' | 'refused' | 'lost';

export function packetShape(e: HopEvent, arrived: boolean): PacketShape {
  if (e.lost && arrived) return 'lost';
  if (e.refused || e.packet === 'tcp-rst') return 'refused';
  return e.direction === 'request' ? 'request' : 'response';
}

/** Position of a hop's packet after `progress` (0..1) of its trip from `from` to `to`. */
export function packetPosition(geometry: Geometry, e: HopEvent, progress: number): Point {
  const forward = getLink(e.link).source === e.from;
  return pointAt(geometry[e.link], forward ? progress : 1 - progress);
}

const SHORT: Record<PacketKind, string> = {
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

/** A few words drawn beside the packet in the journey. */
export function packetLabel(e: HopEvent): string {
  if (e.packet === 'http-response' || e.packet === 'proxy-response') {
    const status = /\b(\d{3})\b/.exec(e.detail.summary)?.[1];
    if (status) return status;
  }
  if (e.lost) return `${SHORT[e.packet]} (lost)`;
  if (e.refused) return `${SHORT[e.packet]} (refused)`;
  return SHORT[e.packet];
}
