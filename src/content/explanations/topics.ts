/**
 * Ideas that have no box of their own on the diagram: the domain name and the DNS record.
 */
import { SERVER_IP, SITE_HOST } from '../../sim/topology';
import { RECORD_TTL_S } from '../../sim/defaults';
import { SOURCES as S } from '../sources';
import type { Explanation, TopicId } from '../types';
import { DESIGN_PART_EXPLANATIONS } from './designParts';

export const TOPIC_EXPLANATIONS: Record<TopicId, Explanation> = {
  ...DESIGN_PART_EXPLANATIONS,
  domain: {
    id: 'domain',
    title: `Domain name: ${SITE_HOST}`,
    kind: 'topic',
    points: [
      'A name people can remember instead of an IP address.',
      'foobar.com is the registered domain; www is a host name (a subdomain) inside it.',
      'The owner can move the site by changing one DNS record.',
    ],
    role:
      `You reach the site by typing a name, ${SITE_HOST}, not a number: the domain name is a human-friendly label that DNS turns into the server’s IP address. ` +
      'foobar.com is the domain registered under the .com top-level domain, and www is a host name (a subdomain) inside it, which the owner can point wherever they like.',
    goodToKnow: [
      'Read the name from right to left: the root, then com, then foobar, then www; each dot is one step down the DNS tree.',
      'Because people remember the name, the owner can move the site to a new IP address by changing one DNS record, and nobody has to change their bookmarks.',
      'foobar.com (the apex) and www.foobar.com are two separate names, and each needs its own record.',
      'Names reserved for examples are example.com, example.net and example.org (RFC 2606); foobar.com is not one of them.',
    ],
    misconceptions: [
      {
        myth: 'www.foobar.com and foobar.com are automatically the same site.',
        fact: 'www is just a label the owner chose for a host inside foobar.com. Whether foobar.com itself works depends on whether it has its own record.',
      },
    ],
    keyFacts: ['foobar.com', 'www = subdomain', '.com = TLD', 'name → IP address'],
    sources: [S.cloudflareDns, S.rfc1034, S.rfc2606],
  },
  'dns-record': {
    id: 'dns-record',
    title: 'DNS record for www: an A record',
    kind: 'topic',
    points: [
      `${SITE_HOST} is an A record: it maps the name straight to the IPv4 address ${SERVER_IP}.`,
      'Not a CNAME: a CNAME points to another name, never to an IP address.',
      `The record also carries a TTL: ${RECORD_TTL_S} seconds here.`,
    ],
    role:
      `For your browser to reach the site, the name ${SITE_HOST} must lead to the server, and the task says www points straight at the IP address ${SERVER_IP}. ` +
      `A record that maps a name directly to an IPv4 address is an A record (${SITE_HOST} → ${SERVER_IP}).`,
    goodToKnow: [
      `In a zone file it reads: ${SITE_HOST}. 300 IN A ${SERVER_IP}, meaning name, TTL in seconds, class IN (internet), type A, and the address.`,
      'An AAAA record does the same job for an IPv6 address (128 bits instead of 32).',
      'A CNAME record makes a name an alias of another name, never of an IP address; the resolver then has to look up that other name too.',
      'A CNAME cannot share its name with any other record, so it cannot sit at the apex foobar.com, which must carry the zone’s SOA and NS records.',
      'Real sites often make www a CNAME to the apex or to a CDN; that is fine, but it is not what this task describes.',
      'Check a record yourself with dig www.foobar.com A or nslookup www.foobar.com.',
    ],
    misconceptions: [
      {
        myth: 'www in www.foobar.com is a CNAME record.',
        fact: `A CNAME always points to another name, never to an IP address. The task says www points to the IP ${SERVER_IP}, and only an A record maps a name to an IPv4 address.`,
      },
    ],
    keyFacts: ['A record', SERVER_IP, 'not a CNAME', 'AAAA = IPv6', 'TTL'],
    sources: [S.rfc1035, S.rfc1034, S.rfc1912, S.rfc3596, S.cloudflareARecord, S.cloudflareCname],
    quote: { text: 'A CNAME record is not allowed to coexist with any other data.', credit: 'RFC 1912, section 2.4' },
  },
};
