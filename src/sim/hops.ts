/** Every kind of hop the model emits, encoded once (see `hopCode`) so emitting one is a store of numbers. */
import { hopCode, serverBits } from './eventStore';

export const H = {
  DNS_QUERY_RESOLVER: hopCode('browser', 'resolver', 'browser-resolver', 'dns-query', 'request'),
  DNS_ANSWER_BROWSER: hopCode('resolver', 'browser', 'browser-resolver', 'dns-response', 'response'),
  DNS_QUERY_ROOT: hopCode('resolver', 'root', 'resolver-root', 'dns-query', 'request'),
  DNS_QUERY_TLD: hopCode('resolver', 'tld', 'resolver-tld', 'dns-query', 'request'),
  DNS_QUERY_AUTH: hopCode('resolver', 'authoritative', 'resolver-authoritative', 'dns-query', 'request'),
  DNS_REPLY_ROOT: hopCode('root', 'resolver', 'resolver-root', 'dns-response', 'response'),
  DNS_REPLY_TLD: hopCode('tld', 'resolver', 'resolver-tld', 'dns-response', 'response'),
  DNS_REPLY_AUTH: hopCode('authoritative', 'resolver', 'resolver-authoritative', 'dns-response', 'response'),
  SYN: hopCode('browser', 'nginx', 'browser-nginx', 'tcp-syn', 'request'),
  SYN_ACK: hopCode('nginx', 'browser', 'browser-nginx', 'tcp-syn-ack', 'response'),
  RST: hopCode('nginx', 'browser', 'browser-nginx', 'tcp-rst', 'response'),
  ACK: hopCode('browser', 'nginx', 'browser-nginx', 'tcp-ack', 'request'),
  CLIENT_HELLO: hopCode('browser', 'nginx', 'browser-nginx', 'tls-client-hello', 'request'),
  SERVER_HELLO: hopCode('nginx', 'browser', 'browser-nginx', 'tls-server-hello', 'response'),
  HTTP_REQUEST: hopCode('browser', 'nginx', 'browser-nginx', 'http-request', 'request'),
  HTTP_RESPONSE: hopCode('nginx', 'browser', 'browser-nginx', 'http-response', 'response'),
  STATIC_READ: hopCode('nginx', 'app-files', 'nginx-app-files', 'file-read', 'request'),
  STATIC_DATA: hopCode('app-files', 'nginx', 'nginx-app-files', 'file-data', 'response'),
  UPSTREAM_SYN: hopCode('nginx', 'app-server', 'nginx-app-server', 'tcp-syn', 'request'),
  PROXY_REQUEST: hopCode('nginx', 'app-server', 'nginx-app-server', 'proxy-request', 'request'),
  PROXY_RESPONSE: hopCode('app-server', 'nginx', 'nginx-app-server', 'proxy-response', 'response'),
  CODE_READ: hopCode('app-server', 'app-files', 'app-server-app-files', 'file-read', 'request'),
  CODE_DATA: hopCode('app-files', 'app-server', 'app-server-app-files', 'file-data', 'response'),
  SQL_QUERY: hopCode('app-server', 'mysql', 'app-server-mysql', 'sql-query', 'request'),
  SQL_RESULT: hopCode('mysql', 'app-server', 'app-server-mysql', 'sql-result', 'response'),
} as const;

/** Hops between the browser and what answers at the site's address: Nginx on the one server. */
export const FRONT_NGINX = {
  SYN: H.SYN,
  SYN_ACK: H.SYN_ACK,
  RST: H.RST,
  ACK: H.ACK,
  CLIENT_HELLO: H.CLIENT_HELLO,
  SERVER_HELLO: H.SERVER_HELLO,
  HTTP_REQUEST: H.HTTP_REQUEST,
  HTTP_RESPONSE: H.HTTP_RESPONSE,
} as const;
export type FrontHops = { readonly [K in keyof typeof FRONT_NGINX]: number };

/** The same hops when HAProxy answers at the address (it terminates TCP and TLS). */
export const FRONT_LB: FrontHops = {
  SYN: hopCode('browser', 'lb', 'browser-lb', 'tcp-syn', 'request'),
  SYN_ACK: hopCode('lb', 'browser', 'browser-lb', 'tcp-syn-ack', 'response'),
  RST: hopCode('lb', 'browser', 'browser-lb', 'tcp-rst', 'response'),
  ACK: hopCode('browser', 'lb', 'browser-lb', 'tcp-ack', 'request'),
  CLIENT_HELLO: hopCode('browser', 'lb', 'browser-lb', 'tls-client-hello', 'request'),
  SERVER_HELLO: hopCode('lb', 'browser', 'browser-lb', 'tls-server-hello', 'response'),
  HTTP_REQUEST: hopCode('browser', 'lb', 'browser-lb', 'http-request', 'request'),
  HTTP_RESPONSE: hopCode('lb', 'browser', 'browser-lb', 'http-response', 'response'),
};

/** HAProxy and a server's Nginx, over the data centre's network. */
const BALANCED = {
  LB_SYN: hopCode('lb', 'nginx', 'lb-nginx', 'tcp-syn', 'request'),
  LB_FORWARD: hopCode('lb', 'nginx', 'lb-nginx', 'http-request', 'request'),
  LB_BACK: hopCode('nginx', 'lb', 'lb-nginx', 'http-response', 'response'),
  SQL_QUERY_REPLICA: hopCode('app-server', 'mysql-replica', 'app-server-mysql-replica', 'sql-query', 'request'),
  SQL_RESULT_REPLICA: hopCode('mysql-replica', 'app-server', 'app-server-mysql-replica', 'sql-result', 'response'),
} as const;

export type ServerHops = { readonly [K in keyof typeof H | keyof typeof BALANCED]: number };

/** Every hop of server `n` (1–4), its parts numbered; server 0 is the one-server stack (`H` as it is). */
export function serverHops(n: number): ServerHops {
  const bits = serverBits(n);
  const all: Record<string, number> = { ...H, ...BALANCED };
  for (const key of Object.keys(all)) all[key]! |= bits;
  return all as ServerHops;
}
