/** Content and model text of the panel area that is shown through `localize` or `tx`: the parity test walks it. */
import { COMPONENTS, LINKS } from '../../sim/topology';
import { EVENT_CATEGORIES } from '../../panel/events/filter';
import { PHASES } from '../../panel/events/waterfall';

/** The side panel's tab names (SidePanel's `TABS`). */
const TAB_LABELS = ['Explain', 'Break it', 'Events'];

/** The stack as the outline lists it, and a link's name in the packet inspector. */
const TOPOLOGY = [
  ...COMPONENTS.map((c) => [c.label, c.accessibleName, c.detail]),
  ...LINKS.map((l) => [l.label, l.accessibleName.replace(/^Link: /, '')]),
];

/**
 * The packet details' prose (sim/details keeps English and never imports the interface): the summaries,
 * field labels and values that are words rather than protocol literals. `detailText.test.ts` checks each
 * is still one the model makes.
 */
export const DETAIL_PROSE = [
  // Summaries.
  'ServerHello, then encrypted: EncryptedExtensions, Certificate, CertificateVerify, Finished',
  'ACK (window grows)',
  'HTTP/1.0 200 OK (from the application)',
  'read /var/www/foobar/static/style.css',
  'load /var/www/foobar/app (code and templates)',
  'style.css (from the page cache)',
  'code loaded (already in the worker’s memory after the first request)',
  '→ 127.0.0.1:8000 [SYN], dropped',
  // Labels that are notes rather than protocol fields.
  'Why',
  'Then',
  'Fate',
  'Served by',
  'Why the primary',
  'From',
  // Values.
  'UDP, destination port 53',
  'A (IPv4 address)',
  'yes (the resolver does the work)',
  'no (iterative query)',
  'none: a referral to the next servers down',
  'browser',
  'Nginx had no worker_connections left: it accepted the connection and closed it at once',
  'subjectAltName DNS:www.foobar.com (encrypted in TLS 1.3)',
  'everything after ServerHello is encrypted',
  'off here, so no version; by default it would read nginx/1.24.0 (say), also on error pages',
  'the first flight is limited by the initial congestion window (10 segments ≈ 14.6 KB)',
  'the server may send more once data is acknowledged',
  'nginx alone (no application code)',
  'the application server runs the code base for this page',
  'the code runs and queries the database',
  'every write goes to the primary; the replica copies it a moment later',
  'Nginx, opening its connection to the upstream',
  'dropped: the application server’s accept queue (listen backlog) is full; Nginx’s kernel retransmits it',
];

export const LOCALIZED: readonly unknown[] = [TAB_LABELS, TOPOLOGY, EVENT_CATEGORIES, PHASES, DETAIL_PROSE];
