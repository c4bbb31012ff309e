/** The packet inspector's prose: the registered English is what the model writes, and French reads it, figures included. */
import { afterEach, describe, expect, it } from 'vitest';
import { FR } from '../../i18n/fr';
import { DETAIL_PROSE } from '../../i18n/registry/panel';
import { setCatalog } from '../../i18n/t';
import {
  CLIENT_HELLO,
  DOWNLOAD_ACK,
  HTTP_CONTINUATION,
  PROXY_RESPONSE,
  SERVER_HELLO,
  SQL_WRITE,
  UPSTREAM_SYN_DROPPED,
  detailOf,
  dnsAnswer,
  dnsQuery,
  dnsReferral,
  fileData,
  fileRead,
  httpRequest,
  httpResponse,
  proxyRequest,
  sqlQuery,
  sqlResult,
  tcp,
  tcpResetAfterAccept,
} from '../../sim/details';
import { detailText } from './detailText';

afterEach(() => setCatalog('en', null));

const ids = [
  dnsQuery('resolver'),
  dnsQuery('root'),
  dnsReferral('com.|a.gtld-servers.net|172800'),
  dnsAnswer(300),
  tcp('tcp-syn', 50123),
  tcp('tcp-syn-ack', 50123),
  tcp('tcp-ack', 50123),
  tcp('tcp-rst', 50123),
  tcpResetAfterAccept(50123),
  CLIENT_HELLO,
  SERVER_HELLO,
  httpRequest('/'),
  httpResponse('200 OK|text/html|5120'),
  HTTP_CONTINUATION(14.6),
  DOWNLOAD_ACK,
  proxyRequest('/|203.0.113.7'),
  PROXY_RESPONSE(5000),
  fileRead('nginx'),
  fileRead('app-server'),
  fileData('nginx'),
  fileData('app-server'),
  sqlQuery(0),
  SQL_WRITE,
  sqlResult(10),
  UPSTREAM_SYN_DROPPED,
];
const details = ids.map(detailOf);
const texts = new Set(details.flatMap((d) => [d.summary, ...d.fields.flat()]));

describe('packet details in the inspector', () => {
  it('registers only text the model writes', () => {
    expect(DETAIL_PROSE.filter((s) => !texts.has(s))).toEqual([]);
  });

  it('shows the English as the model wrote it', () => {
    for (const s of texts) expect(detailText(s)).toBe(s);
  });

  it('reads the details in French, the ones built with a figure too, and keeps the protocol literals', () => {
    setCatalog('fr', FR);
    const query = detailOf(dnsQuery('resolver'));
    expect(detailText(query.summary)).toBe('Standard query A www.foobar.com');
    expect(query.fields.map(([, value]) => detailText(value))).toContain('oui (le résolveur fait le travail)');
    expect(detailText(detailOf(tcpResetAfterAccept(50123)).summary)).toBe('443 → 50123 [RST, ACK] après la poignée de main');
    expect(detailText(detailOf(HTTP_CONTINUATION(14.6)).summary)).toBe('suite de la réponse (14,6\u00a0Ko dans la volée suivante)');
    const forwarded = detailOf(proxyRequest('/|203.0.113.7')).fields.find(([label]) => label === 'X-Forwarded-For')![1];
    expect(detailText(forwarded)).toBe('203.0.113.7 (si la configuration l’ajoute avec proxy_set_header, comme presque toujours)');
    expect(detailText('Why')).toBe('Pourquoi');
    expect(detailText('Recursion desired')).toBe('Recursion desired');
  });
});
