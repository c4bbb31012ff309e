/**
 * The DNS side of the diagram: the DNS group and the four servers a lookup can touch.
 */
import { SERVER_IP, SITE_HOST } from '../../sim/topology';
import { RECORD_TTL_S } from '../../sim/defaults';
import { SOURCES as S } from '../sources';
import type { Explanation } from '../types';

type DnsComponentId = 'dns' | 'resolver' | 'root' | 'tld' | 'authoritative';

export const DNS_EXPLANATIONS: Record<DnsComponentId, Explanation> = {
  dns: {
    id: 'dns',
    title: 'DNS (Domain Name System)',
    kind: 'component',
    points: [
      `DNS turns the name ${SITE_HOST} into the server’s IP address, ${SERVER_IP}.`,
      'A recursive resolver asks the root, the .com servers and foobar.com’s own server in turn.',
      'Every answer is cached for its TTL, so most lookups skip the walk.',
    ],
    role:
      `You know the site as ${SITE_HOST}, but computers connect to numbers, not names. ` +
      `DNS is the internet’s shared phone book: it turns the name into the server’s IP address, ${SERVER_IP}, before your browser can connect. ` +
      'No single machine holds it all: a recursive resolver asks the root, the .com servers and foobar.com’s own servers in turn, and everyone caches the answers.',
    goodToKnow: [
      'DNS normally travels over UDP port 53, and falls back to TCP port 53 when an answer is too big for one UDP message.',
      'Every answer carries a TTL in seconds. Values like 300 seconds (5 minutes) or 3600 seconds (1 hour) are common.',
      'Because answers are cached, moving a site to a new IP address takes effect slowly: visitors keep the old address until their cached copy expires.',
      'If the name does not exist at all, Chrome shows ERR_NAME_NOT_RESOLVED.',
      'DNS can still be a single point of failure: if every name server of a domain is run by one provider and that provider fails, the name stops resolving. In October 2016 an attack on the DNS provider Dyn made many large sites unreachable for hours. Using two independent DNS providers avoids it.',
      `Public resolvers such as Google Public DNS (${SERVER_IP}) are answered by many machines through anycast, so losing one of them goes unnoticed.`,
    ],
    misconceptions: [
      {
        myth: 'The DNS server is this site’s single point of failure.',
        fact: 'Not in this design: a zone has at least two name servers, so the one server running everything is the single point of failure. DNS becomes one only when a single provider runs all the name servers (Dyn, 2016).',
      },
    ],
    keyFacts: ['A record', SERVER_IP, 'UDP port 53', 'TTL', 'name → IP address'],
    sources: [S.cloudflareDns, S.rfc1034, S.rfc1035, S.chromiumNetErrors, S.dynAttack],
    quote: {
      text: 'DNS translates domain names to IP addresses so browsers can load Internet resources.',
      credit: 'Cloudflare Learning, “What is DNS?”',
    },
  },
  resolver: {
    id: 'resolver',
    title: 'Recursive resolver',
    kind: 'component',
    points: [
      'It finds the address for you: your computer asks once, the resolver does the rest.',
      'It asks the root, then .com, then foobar.com’s authoritative server.',
      'It caches the answer for its TTL, so the next visitor gets it at once.',
    ],
    role:
      `When your browser does not already know where ${SITE_HOST} lives, it asks a recursive resolver, usually run by your internet provider or a public service. ` +
      `The resolver does the legwork: it asks the root, the .com servers and foobar.com’s authoritative server in turn, then hands your browser the A record (${SITE_HOST} → ${SERVER_IP}). ` +
      'It keeps the answer for its TTL, so the next visitor gets it straight away.',
    goodToKnow: [
      'Before a question leaves your computer, the browser’s own cache and the operating system’s cache are checked. Chrome keeps answers it got from the operating system for 60 seconds.',
      'Your computer asks one recursive question (“find it for me”); the resolver then asks iterative ones, and each server either answers or refers it to the next.',
      'From a warm cache the resolver answers in a few milliseconds; a full walk from the root typically takes tens of milliseconds.',
      `Public resolvers exist too: Google Public DNS answers at ${SERVER_IP}, the very address this exercise gives its web server (see the Server card).`,
    ],
    misconceptions: [
      {
        myth: 'Your browser asks foobar.com’s own name server for the address.',
        fact: 'It can’t: it doesn’t know where that server is yet. It asks a recursive resolver, which finds it by following referrals from the root and .com.',
      },
    ],
    keyFacts: ['A record', SERVER_IP, 'UDP port 53', 'caches answers', 'recursive query'],
    sources: [S.cloudflareServerTypes, S.cloudflareDns, S.rfc1035, S.chromiumHostCache],
  },
  root: {
    id: 'root',
    title: 'Root server',
    kind: 'component',
    points: [
      'The top of the DNS tree: the resolver’s first stop on a cold lookup.',
      'It does not know the address; it refers the resolver to the .com servers.',
      'That referral is cached for two days, so the root is rarely asked.',
    ],
    role:
      `To find ${SITE_HOST} for you from scratch, the resolver starts at the top of the DNS tree: a root server. ` +
      'The root doesn’t know the address, but it knows who runs every top-level domain, so it replies with a referral to the .com servers.',
    goodToKnow: [
      'There are 13 root server identities (a.root-servers.net to m.root-servers.net), each answered by many machines around the world through anycast.',
      'Resolvers cache the referral to .com for up to two days, so in practice the root is rarely asked.',
      'A referral is not an answer: it says “I don’t know, but ask these servers”.',
    ],
    keyFacts: ['referral to .com', '13 root identities', 'anycast', 'UDP port 53'],
    sources: [S.cloudflareServerTypes, S.cloudflareDns, S.rfc1034],
  },
  tld: {
    id: 'tld',
    title: '.com TLD server',
    kind: 'component',
    points: [
      'The .com top-level domain (TLD) server knows who runs every .com name.',
      'It refers the resolver to foobar.com’s authoritative name servers (NS records).',
      'Its referral is cached too, so most lookups skip it.',
    ],
    role:
      'Still looking for the site you want, the resolver next asks a .com top-level domain (TLD) server where foobar.com is handled. ' +
      `It doesn’t store the address of ${SITE_HOST} either: it replies with a referral naming foobar.com’s authoritative name servers, the ones the owner chose when registering the domain.`,
    goodToKnow: [
      'Those referrals are NS (name server) records: when you register foobar.com, the name servers you choose are published in the .com zone.',
      'The referral is cached too, so most lookups skip straight to the authoritative server.',
      'Other TLDs (.org, .net, country codes like .uk) each have their own servers.',
    ],
    keyFacts: ['TLD', 'referral to foobar.com', 'NS records', 'UDP port 53'],
    sources: [S.cloudflareServerTypes, S.cloudflareDns, S.rfc1034],
  },
  authoritative: {
    id: 'authoritative',
    title: 'Authoritative server for foobar.com',
    kind: 'component',
    points: [
      'It holds foobar.com’s own records, written by the domain’s owner.',
      `It gives the real answer: ${SITE_HOST} is an A record for ${SERVER_IP}.`,
      `Its answer carries the TTL the owner chose: ${RECORD_TTL_S} seconds here.`,
    ],
    role:
      'Finally the resolver asks the server that holds foobar.com’s own records: the authoritative name server. ' +
      `It gives the real answer for your lookup: ${SITE_HOST} is an A record pointing to ${SERVER_IP}, with a TTL saying how long it may be cached. ` +
      'The owner of foobar.com edits these records to point the name at their server.',
    goodToKnow: [
      `In the zone file the record reads: ${SITE_HOST}. 300 IN A ${SERVER_IP} (name, TTL in seconds, class, type, address).`,
      'Its answers carry the “authoritative answer” flag; copies served from a resolver’s cache don’t.',
      'Every zone is served by at least two authoritative servers, so losing one does not make the name disappear.',
    ],
    keyFacts: ['A record', SERVER_IP, 'TTL', 'zone file', 'UDP port 53'],
    sources: [S.rfc1035, S.rfc1034, S.cloudflareServerTypes, S.cloudflareARecord],
    quote: {
      text: 'the time interval that the resource record may be cached before the source of the information should again be consulted',
      credit: 'RFC 1035, section 3.2.1, defining TTL',
    },
  },
};
