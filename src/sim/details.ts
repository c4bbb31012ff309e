/**
 * What each packet carries, as a capture or devtools would show it. Details are immutable and shared:
 * each distinct one is built once, memoised and registered; the model passes its number (`DetailId`),
 * so emitting a hop allocates nothing and looks nothing up. The TCP segments of each port are the
 * exception: numbered by their kind and port, built when read (see `PORT_BASE`).
 */
import { SERVER_IP, SITE_HOST } from './topology';
import type { PacketDetail } from './types';

type Fields = ReadonlyArray<readonly [string, string]>;

/** Index of a detail in the registry, shared by every simulation (details never change). */
export type DetailId = number;
const REGISTRY: PacketDetail[] = [];

export function detailOf(id: DetailId): PacketDetail {
  return id >= PORT_BASE ? portDetail(id) : REGISTRY[id]!;
}

/** Details registered so far (they stay for the page's life). */
export const registeredDetails = (): number => REGISTRY.length;

function made(protocol: PacketDetail['protocol'], summary: string, fields: Fields): PacketDetail {
  return Object.freeze({ protocol, summary, fields: Object.freeze(fields.map((f) => Object.freeze([...f]) as readonly [string, string])) });
}

function detail(protocol: PacketDetail['protocol'], summary: string, fields: Fields): DetailId {
  REGISTRY.push(made(protocol, summary, fields));
  return REGISTRY.length - 1;
}

function memo<K>(build: (key: K) => DetailId): (key: K) => DetailId {
  const cache = new Map<K, DetailId>();
  // Small integer keys (ports, TTLs, query numbers) index a table (-1: not built): cheaper than hashing.
  let byInt: Int32Array | undefined;
  return (key) => {
    if (typeof key === 'number' && key >= 0 && key < 65536 && Number.isInteger(key)) {
      byInt ??= new Int32Array(65536).fill(-1);
      const id = byInt[key]!;
      return id >= 0 ? id : (byInt[key] = build(key));
    }
    let d = cache.get(key);
    if (d === undefined) {
      d = build(key);
      cache.set(key, d);
    }
    return d;
  };
}

export const HTTPS_PORT = 443;
export const APP_PORT = 8000;
export const MYSQL_PORT = 3306;
export const ROOT_NS = 'a.root-servers.net';
export const TLD_NS = 'a.gtld-servers.net';
export const AUTH_NS = 'ns1.foobar.com';
export const STATIC_PATH = '/static/style.css';
export const DYNAMIC_PATH = '/';
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36';
const APP_CODE = '/var/www/foobar/app (code and templates)';
const DOC_ROOT = '/var/www/foobar';

export type DnsServer = 'resolver' | 'root' | 'tld' | 'authoritative';

export const dnsQuery = memo((to: DnsServer) =>
  detail('DNS', `Standard query A ${SITE_HOST}`, [
    ['Transport', 'UDP, destination port 53'],
    ['Name', SITE_HOST],
    ['Type', 'A (IPv4 address)'],
    ['Class', 'IN'],
    ['Recursion desired', to === 'resolver' ? 'yes (the resolver does the work)' : 'no (iterative query)'],
  ]),
);

/** Referral from root (`com.`) or TLD (`foobar.com.`), with its TTL. */
export const dnsReferral = memo((key: string) => {
  const [zone, ns, ttl] = key.split('|') as [string, string, string];
  return detail('DNS', `${zone} NS ${ns}`, [
    ['Answer', 'none: a referral to the next servers down'],
    ['Authority', `${zone} ${ttl} IN NS ${ns}`],
    ['TTL', `${ttl} s`],
  ]);
});

/** The final answer `www.foobar.com. <ttl> IN A 8.8.8.8`. */
export const dnsAnswer = memo((ttl: number) =>
  detail('DNS', `${SITE_HOST}. ${ttl} IN A ${SERVER_IP}`, [
    ['Name', SITE_HOST],
    ['Type', 'A'],
    ['Class', 'IN'],
    ['TTL', `${ttl} s`],
    ['Address', SERVER_IP],
  ]),
);

const TCP_FLAGS = { 'tcp-syn': 'SYN', 'tcp-syn-ack': 'SYN, ACK', 'tcp-ack': 'ACK', 'tcp-rst': 'RST, ACK' } as const;
export type TcpKind = keyof typeof TCP_FLAGS;
const TCP_KINDS = Object.keys(TCP_FLAGS) as TcpKind[];
const TCP_KIND_INDEX = Object.fromEntries(TCP_KINDS.map((k, i) => [k, i])) as Record<TcpKind, number>;

/**
 * Ids from here on are a port's TCP segment: `PORT_BASE + kind × 65,536 + port`, kind an index in
 * `TCP_KINDS` (or `RESET_AFTER_ACCEPT`). Registered, the five kinds of the 16,384 ports a busy run
 * cycles through made 82,000 details (about 40 MB) that stayed for the page's life.
 */
const PORT_BASE = 1 << 24;
const RESET_AFTER_ACCEPT = TCP_KINDS.length;
/** Port segments built lately (a view reads the same few again): cleared when it holds this many. */
const PORT_CACHE_SIZE = 4096;
const portCache = new Map<DetailId, PacketDetail>();

function portDetail(id: DetailId): PacketDetail {
  let d = portCache.get(id);
  if (d) return d;
  const kind = (id - PORT_BASE) >> 16;
  const port = (id - PORT_BASE) & 0xffff;
  d = kind === RESET_AFTER_ACCEPT ? resetAfterAccept(port) : tcpSegment(TCP_KINDS[kind]!, port);
  if (portCache.size >= PORT_CACHE_SIZE) portCache.clear();
  portCache.set(id, d);
  return d;
}

/** A handshake segment on the connection from `port`; server-to-browser ones are mirrored. */
export function tcp(kind: TcpKind, port: number): DetailId {
  return PORT_BASE + (TCP_KIND_INDEX[kind] << 16) + port;
}

function tcpSegment(kind: TcpKind, port: number): PacketDetail {
  const toServer = kind === 'tcp-syn' || kind === 'tcp-ack';
  const [src, dst] = toServer ? [port, HTTPS_PORT] : [HTTPS_PORT, port];
  return made('TCP', `${src} → ${dst} [${TCP_FLAGS[kind]}]`, [
    ['Source port', String(src)],
    ['Destination port', String(dst)],
    ['Flags', TCP_FLAGS[kind]],
    ['Destination', toServer ? `${SERVER_IP}:${HTTPS_PORT}` : 'browser'],
  ]);
}

/**
 * Nginx out of worker_connections: the kernel completed the handshake, Nginx accepted the connection
 * and closed it at once; unread data (the ClientHello) makes the kernel answer with a reset.
 */
export function tcpResetAfterAccept(port: number): DetailId {
  return PORT_BASE + (RESET_AFTER_ACCEPT << 16) + port;
}

function resetAfterAccept(port: number): PacketDetail {
  return made('TCP', `${HTTPS_PORT} → ${port} [RST, ACK] after the handshake`, [
    ['Source port', String(HTTPS_PORT)],
    ['Destination port', String(port)],
    ['Flags', 'RST, ACK'],
    ['Why', 'Nginx had no worker_connections left: it accepted the connection and closed it at once'],
  ]);
}

export const CLIENT_HELLO = detail('TLS', 'ClientHello (TLS 1.3)', [
  ['Server name (SNI)', SITE_HOST],
  ['Versions', 'TLS 1.3'],
  // Chrome offers all three TLS 1.3 suites, in this order (RFC 8446 §9.1 makes the first mandatory).
  ['Cipher suites', 'TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256'],
  ['Key share', 'x25519'],
]);

export const SERVER_HELLO = detail('TLS', 'ServerHello, then encrypted: EncryptedExtensions, Certificate, CertificateVerify, Finished', [
  ['Version', 'TLS 1.3'],
  ['Key share', 'x25519'],
  ['Certificate', `subjectAltName DNS:${SITE_HOST} (encrypted in TLS 1.3)`],
  ['Then', 'everything after ServerHello is encrypted'],
]);

export const httpRequest = memo((path: string) =>
  detail('HTTP', `GET ${path} HTTP/1.1`, [
    ['Host', SITE_HOST],
    ['User-Agent', USER_AGENT],
    ['Accept', path.endsWith('.css') ? 'text/css,*/*;q=0.1' : 'text/html,application/xhtml+xml'],
    ['Connection', 'keep-alive'],
  ]),
);

/** Response to the browser, keyed `status|contentType|bytes`. */
export const httpResponse = memo((key: string) => {
  const [status, type, bytes] = key.split('|') as [string, string, string];
  // The drawn config has `server_tokens off`; with the default (on) Nginx names its version here and on error pages.
  return detail('HTTP', `HTTP/1.1 ${status}`, [
    ['Server', 'nginx'],
    ['server_tokens', 'off here, so no version; by default it would read nginx/1.24.0 (say), also on error pages'],
    ['Content-Type', type],
    ['Content-Length', bytes],
    ['Connection', 'keep-alive'],
  ]);
});

export const HTTP_CONTINUATION = memo((kb: number) =>
  detail('TCP', `response continued (${kb.toFixed(1)} KB in the next flight)`, [
    ['Why', 'the first flight is limited by the initial congestion window (10 segments ≈ 14.6 KB)'],
  ]),
);
export const DOWNLOAD_ACK = detail('TCP', 'ACK (window grows)', [['Why', 'the server may send more once data is acknowledged']]);

export const proxyRequest = memo((key: string) => {
  const [path, clientIp] = key.split('|') as [string, string];
  // Nginx's defaults: HTTP/1.0 to the upstream, Host = the proxied address, Connection: close.
  return detail('HTTP', `GET ${path} HTTP/1.0 → 127.0.0.1:${APP_PORT}`, [
    ['proxy_pass', `http://127.0.0.1:${APP_PORT}`],
    ['Host', `127.0.0.1:${APP_PORT}`],
    ['Connection', 'close'],
    ['X-Forwarded-For', `${clientIp} (if the config adds it with proxy_set_header, as most do)`],
  ]);
});

export const PROXY_RESPONSE = memo((bytes: number) =>
  // The application answers in the version Nginx asked with: HTTP/1.0.
  detail('HTTP', 'HTTP/1.0 200 OK (from the application)', [
    ['Content-Type', 'text/html; charset=utf-8'],
    ['Content-Length', String(bytes)],
  ]),
);

export const fileRead = memo((who: 'nginx' | 'app-server') =>
  who === 'nginx'
    ? detail('File', `read ${DOC_ROOT}${STATIC_PATH}`, [['Served by', 'nginx alone (no application code)']])
    : detail('File', `load ${APP_CODE}`, [['Why', 'the application server runs the code base for this page']]),
);

export const fileData = memo((who: 'nginx' | 'app-server') =>
  who === 'nginx'
    ? detail('File', 'style.css (from the page cache)', [['Content-Type', 'text/css']])
    : detail('File', 'code loaded (already in the worker’s memory after the first request)', [['Then', 'the code runs and queries the database']]),
);

const QUERIES = [
  'SELECT id, title FROM posts ORDER BY created_at DESC LIMIT 10',
  'SELECT id, name FROM categories ORDER BY name LIMIT 10',
  'SELECT id, name FROM users WHERE id = 42',
];
export const sqlQuery = memo((i: number) =>
  detail('SQL', QUERIES[i % QUERIES.length]!, [
    ['Server', `127.0.0.1:${MYSQL_PORT}`],
    ['Database', 'foobar'],
    ['Statement', QUERIES[i % QUERIES.length]!],
  ]),
);
/** The write of a page that posts something (with `replica`, sent to the primary). */
export const SQL_WRITE = detail('SQL', 'INSERT INTO comments (post_id, user_id, body) VALUES (?, ?, ?)', [
  ['Server', `primary:${MYSQL_PORT}`],
  ['Database', 'foobar'],
  ['Why the primary', 'every write goes to the primary; the replica copies it a moment later'],
]);
export const sqlResult = memo((rows: number) => detail('SQL', `${rows} rows in set`, [['Rows', String(rows)]]));

/** Nginx's SYN to the application server, dropped by the kernel because the accept queue is full. */
export const UPSTREAM_SYN_DROPPED = detail('TCP', `→ 127.0.0.1:${APP_PORT} [SYN], dropped`, [
  ['From', 'Nginx, opening its connection to the upstream'],
  ['Destination', `127.0.0.1:${APP_PORT}`],
  ['Flags', 'SYN'],
  ['Fate', 'dropped: the application server’s accept queue (listen backlog) is full; Nginx’s kernel retransmits it'],
]);
