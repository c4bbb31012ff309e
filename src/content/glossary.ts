/**
 * Jargon the content uses, each defined once. The panel marks the first use of a term in a card and
 * lets the learner open its definition in place (see `markTerms` and `panel/Glossed.tsx`).
 */
import { SOURCES as S } from './sources';
import { currentLang } from '../i18n/t';
import type { Source } from './types';

export type GlossaryId =
  | 'anycast'
  | 'soa'
  | 'fastcgi'
  | 'sighup'
  | 'sigusr2'
  | 'upstream'
  | 'p50'
  | 'p95'
  | 'keepalived'
  | 'virtual-ip'
  | 'sync-worker'
  | 'ttl'
  | 'qps';

export interface GlossaryEntry {
  /** The term as it is usually written. */
  term: string;
  /** One plain sentence, short enough to read inline. */
  definition: string;
  /** The spellings that count as a use of the term (whole words, case as written unless `i`). */
  pattern: RegExp;
  /** The same for French text (`currentLang()` is 'fr'): the French spellings, with Unicode-aware word edges (`\b` is ASCII-only). */
  patternFr: RegExp;
  source: Source;
}

export const GLOSSARY: Record<GlossaryId, GlossaryEntry> = {
  anycast: {
    term: 'anycast',
    definition: 'one IP address announced from many places at once; the network delivers each packet to the nearest of them.',
    pattern: /\banycast\b/i,
    patternFr: /(?<!\p{L})anycast(?!\p{L})/iu,
    source: S.googlePublicDnsWiki,
  },
  soa: {
    term: 'SOA',
    definition: 'Start of Authority: the record at the top of a zone that names its main name server and its timers.',
    pattern: /\bSOA\b/,
    patternFr: /(?<!\p{L})SOA(?!\p{L})/u,
    source: S.rfc1035,
  },
  fastcgi: {
    term: 'FastCGI',
    definition: 'a protocol a web server uses to hand requests to a separate program, such as PHP-FPM, and get the page back.',
    pattern: /\bFastCGI\b/,
    patternFr: /(?<!\p{L})FastCGI(?!\p{L})/u,
    source: S.nginxReverseProxy,
  },
  sighup: {
    term: 'SIGHUP',
    definition: 'a Unix signal, a tiny message sent to a running program; Nginx and Gunicorn read it as “reload”.',
    pattern: /\bSIGHUP\b|\bHUP\b/,
    patternFr: /(?<!\p{L})(?:SIG)?HUP(?!\p{L})/u,
    source: S.nginxControl,
  },
  sigusr2: {
    term: 'SIGUSR2',
    definition: 'a Unix signal that PHP-FPM reads as “reload all workers”.',
    pattern: /\bSIGUSR2\b|\bUSR2\b/,
    patternFr: /(?<!\p{L})(?:SIG)?USR2(?![\p{L}\p{N}])/u,
    source: S.phpFpmMan,
  },
  upstream: {
    term: 'upstream',
    definition: 'Nginx’s word for the server it forwards requests to: here, the application server.',
    pattern: /\bupstream\b/i,
    patternFr: /(?<!\p{L})upstream(?!\p{L})/iu,
    source: S.nginxProxyModule,
  },
  p50: {
    term: 'p50',
    definition: 'the median: half of the requests took less time than this, half took more.',
    pattern: /\bp50\b/,
    patternFr: /(?<![\p{L}\p{N}])p50(?![\p{L}\p{N}])/u,
    source: S.googleCre,
  },
  p95: {
    term: 'p95',
    definition: 'the 95th percentile: 95 of every 100 requests took this long or less; the slowest 5 took longer.',
    pattern: /\bp95\b/,
    patternFr: /(?<![\p{L}\p{N}])p95(?![\p{L}\p{N}])/u,
    source: S.googleCre,
  },
  keepalived: {
    term: 'keepalived',
    definition: 'a Linux program that lets two machines share a virtual IP; if the active one fails, the other takes the address over.',
    pattern: /\bkeepalived\b/i,
    patternFr: /(?<!\p{L})keepalived(?!\p{L})/iu,
    source: S.keepalived,
  },
  'virtual-ip': {
    term: 'virtual IP',
    definition: 'an IP address not tied to one machine: it moves to whichever machine is active.',
    pattern: /\bvirtual IP\b/i,
    patternFr: /(?<!\p{L})(?:IP virtuelles?|virtual IP)(?!\p{L})/iu,
    source: S.keepalived,
  },
  'sync-worker': {
    term: 'sync worker',
    definition: 'a worker process that handles one request at a time, from start to finish, before taking the next.',
    pattern: /\bsync worker\b/i,
    patternFr: /(?<!\p{L})(?:workers? synchrones?|sync workers?)(?!\p{L})/iu,
    source: S.gunicornDesign,
  },
  ttl: {
    term: 'TTL',
    definition: 'time to live: how many seconds a DNS answer may be kept in a cache before it must be asked for again.',
    pattern: /\bTTL\b/,
    patternFr: /(?<!\p{L})TTL(?!\p{L})/u,
    source: S.rfc1035,
  },
  qps: {
    term: 'QPS',
    definition: 'queries per second: how many requests arrive at a server, or how many it can serve, each second (also written req/s).',
    pattern: /\bQPS\b/,
    patternFr: /(?<!\p{L})QPS(?!\p{L})/u,
    source: S.nginxPerformance,
  },
};

export const GLOSSARY_IDS = Object.keys(GLOSSARY) as GlossaryId[];

/** A run of text, or one use of a term that the view can define in place. */
export type TextPart = string | { term: GlossaryId; text: string };

/**
 * Split texts shown together (one card) into plain runs and terms. Only the first use of each term is
 * marked, so a card defines a term once; later uses stay plain text. The texts are in the current language
 * (localized by the caller), so the patterns are too.
 */
export function markTerms(texts: readonly string[]): TextPart[][] {
  const fr = currentLang() === 'fr';
  const seen = new Set<GlossaryId>();
  return texts.map((text) => {
    const parts: TextPart[] = [];
    let rest = text;
    for (;;) {
      let first: { id: GlossaryId; index: number; length: number } | undefined;
      for (const id of GLOSSARY_IDS) {
        if (seen.has(id)) continue;
        const m = (fr ? GLOSSARY[id].patternFr : GLOSSARY[id].pattern).exec(rest);
        if (m && (!first || m.index < first.index)) first = { id, index: m.index, length: m[0].length };
      }
      if (!first) break;
      seen.add(first.id);
      if (first.index > 0) parts.push(rest.slice(0, first.index));
      parts.push({ term: first.id, text: rest.slice(first.index, first.index + first.length) });
      rest = rest.slice(first.index + first.length);
    }
    if (rest) parts.push(rest);
    return parts;
  });
}
