/** Every kind of hop the model emits, encoded once (see `hopCode`) so emitting one is a store of numbers. */
import { hopCode } from './eventStore';

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
  PROXY_REQUEST: hopCode('nginx', 'app-server', 'nginx-app-server', 'proxy-request', 'request'),
  PROXY_RESPONSE: hopCode('app-server', 'nginx', 'nginx-app-server', 'proxy-response', 'response'),
  CODE_READ: hopCode('app-server', 'app-files', 'app-server-app-files', 'file-read', 'request'),
  CODE_DATA: hopCode('app-files', 'app-server', 'app-server-app-files', 'file-data', 'response'),
  SQL_QUERY: hopCode('app-server', 'mysql', 'app-server-mysql', 'sql-query', 'request'),
  SQL_RESULT: hopCode('mysql', 'app-server', 'app-server-mysql', 'sql-result', 'response'),
} as const;
