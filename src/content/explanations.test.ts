import { describe, expect, it } from 'vitest';
import { COMPONENTS, COMPONENT_IDS, LINK_IDS, SERVER_IP } from '../sim/topology';
import { EXPLANATIONS, EXPLANATION_IDS, TOPICS, getExplanation } from './explanations';
import { FAILURE_EXPLANATIONS } from './failures';
import { FIX_LIST } from './fixes';
import { SOURCES } from './sources';
import type { Explanation } from './types';

const ALL: Explanation[] = [...Object.values(EXPLANATIONS), ...Object.values(TOPICS)];

/** Sentence ends: a full stop, question or exclamation mark followed by a space or the end. */
const sentences = (text: string) => text.match(/[.!?](\s|$)/g)?.length ?? 0;

/** Every learner-visible string of an explanation, joined. */
function textOf(e: Explanation): string {
  return [e.title, ...e.points, e.role, ...e.goodToKnow, ...(e.misconceptions ?? []).flatMap((m) => [m.myth, m.fact]), ...e.keyFacts, e.quote?.text]
    .filter(Boolean)
    .join('\n');
}

const explained = (id: string) => {
  const e = getExplanation(id);
  if (!e) throw new Error(`no explanation for ${id}`);
  return e;
};

describe('explanation coverage', () => {
  it('explains every component and every link of the topology, under its own id', () => {
    for (const id of COMPONENT_IDS) expect(EXPLANATIONS[id]).toMatchObject({ id, kind: 'component' });
    for (const id of LINK_IDS) expect(EXPLANATIONS[id]).toMatchObject({ id, kind: 'link' });
    expect(Object.keys(EXPLANATIONS).sort()).toEqual([...COMPONENT_IDS, ...LINK_IDS].sort());
  });

  it('has the four topics (two for a fixed design\'s own parts), and getExplanation finds everything and nothing else', () => {
    expect(TOPICS.domain).toMatchObject({ id: 'domain', kind: 'topic' });
    expect(TOPICS['dns-record']).toMatchObject({ id: 'dns-record', kind: 'topic' });
    expect(TOPICS['load-balancer']).toMatchObject({ id: 'load-balancer', title: 'HAProxy load balancer' });
    expect(TOPICS.replica).toMatchObject({ id: 'replica', title: 'MySQL replica' });
    for (const e of ALL) expect(getExplanation(e.id)).toBe(e);
    expect(EXPLANATION_IDS).toHaveLength(COMPONENT_IDS.length + LINK_IDS.length + 4);
    expect(getExplanation('lb')).toBeUndefined();
    expect(getExplanation('')).toBeUndefined();
  });
});

describe('every explanation', () => {
  it.each(ALL.map((e) => [e.id, e] as const))('%s has no empty field and at least one https source', (_id, e) => {
    expect(e.title.trim()).not.toBe('');
    expect(e.role.trim()).not.toBe('');
    expect(e.goodToKnow.length).toBeGreaterThan(0);
    for (const fact of e.goodToKnow) expect(fact.trim()).not.toBe('');
    expect(e.keyFacts.length).toBeGreaterThan(0);
    for (const chip of e.keyFacts) {
      expect(chip.trim()).not.toBe('');
      expect(chip.length).toBeLessThanOrEqual(32);
    }
    expect(new Set(e.keyFacts).size).toBe(e.keyFacts.length);
    expect(e.sources.length).toBeGreaterThan(0);
    for (const source of e.sources) {
      expect(source.title.trim()).not.toBe('');
      expect(new URL(source.url).protocol).toBe('https:');
    }
    for (const m of e.misconceptions ?? []) {
      expect(m.myth.trim()).not.toBe('');
      expect(m.fact.trim()).not.toBe('');
    }
    if (e.quote) {
      expect(e.quote.text.trim()).not.toBe('');
      expect(e.quote.credit.trim()).not.toBe('');
    }
    expect(textOf(e)).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each(ALL.map((e) => [e.id, e] as const))('%s tells its role in 2–3 sentences, from the user', (_id, e) => {
    expect(sentences(e.role)).toBeGreaterThanOrEqual(2);
    expect(sentences(e.role)).toBeLessThanOrEqual(3);
    expect(e.role).toMatch(/\b(you|your|user)\b/i);
  });

  it('has unique titles, and component titles name the component as the diagram does', () => {
    const titles = ALL.map((e) => e.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    for (const c of COMPONENTS) expect(EXPLANATIONS[c.id].title.toLowerCase()).toContain(c.label.toLowerCase());
    expect(EXPLANATIONS.nginx.title).toBe('Nginx web server');
    expect(EXPLANATIONS.mysql.title).toBe('MySQL database');
    expect(EXPLANATIONS['app-server'].title).toBe('Application server');
    expect(EXPLANATIONS['app-files'].title).toBe('Application files (code base)');
    expect(EXPLANATIONS.browser.title).toBe("User's browser");
    expect(EXPLANATIONS.resolver.title).toBe('Recursive resolver');
  });

  it('cites only curated sources, and uses every curated source', () => {
    const curated = new Map<string, string>(Object.values(SOURCES).map((s) => [s.url, s.title]));
    expect(curated.size).toBe(Object.keys(SOURCES).length);
    const cited = [...ALL, ...Object.values(FAILURE_EXPLANATIONS), ...FIX_LIST].flatMap((e) => e.sources.map((s) => s.url));
    cited.push(...FIX_LIST.flatMap((f) => Object.values(f.figures).map((fig) => fig.source.url)));
    for (const url of cited) expect(curated.has(url), url).toBe(true);
    for (const url of curated.keys()) expect(cited, url).toContain(url);
    for (const e of ALL) expect(new Set(e.sources.map((s) => s.url)).size).toBe(e.sources.length);
  });
});

describe('required facts', () => {
  it('DNS, resolver, authoritative and the record topic show the A record and 8.8.8.8 as chips', () => {
    for (const id of ['dns', 'resolver', 'authoritative', 'resolver-authoritative', 'browser-resolver', 'dns-record']) {
      expect(explained(id).keyFacts).toEqual(expect.arrayContaining(['A record', SERVER_IP]));
    }
  });

  it('gives the ports: Nginx 80 and 443, MySQL 3306, browser–Nginx TCP/IP with HTTP 80 / HTTPS 443', () => {
    expect(EXPLANATIONS.nginx.keyFacts).toEqual(expect.arrayContaining(['port 80', 'port 443']));
    expect(EXPLANATIONS.mysql.keyFacts).toContain('port 3306');
    expect(EXPLANATIONS['app-server-mysql'].keyFacts).toContain('port 3306');
    const link = EXPLANATIONS['browser-nginx'];
    expect(link.keyFacts).toEqual(expect.arrayContaining(['TCP/IP', 'HTTP on port 80', 'HTTPS on port 443']));
  });

  it('application server: proxy_pass to 127.0.0.1:8000 or a Unix socket, PHP-FPM and Gunicorn, 5 workers by default', () => {
    const text = textOf(EXPLANATIONS['app-server']);
    for (const needle of ['proxy_pass http://127.0.0.1:8000', 'Unix socket', 'PHP-FPM', 'Gunicorn', 'pm.max_children = 5']) {
      expect(text).toContain(needle);
    }
    expect(EXPLANATIONS['app-server'].keyFacts).toEqual(expect.arrayContaining(['127.0.0.1:8000', 'PHP-FPM', 'Gunicorn']));
  });

  it('server: what a server is, 8.8.8.8 is Google Public DNS (anycast), documentation addresses per RFC 5737', () => {
    const text = textOf(EXPLANATIONS.server);
    for (const needle of ['computer', 'physical or virtual', 'Google Public DNS', 'recursive resolver', 'anycast', 'placeholder', '192.0.2.0/24', 'RFC 5737']) {
      expect(text).toContain(needle);
    }
  });

  it('Nginx: static served itself, dynamic proxied, graceful reload (SIGHUP) versus restart (refused)', () => {
    const text = textOf(EXPLANATIONS.nginx);
    for (const needle of ['static files', 'application server', 'nginx -s reload', 'SIGHUP', 'old ones finish', 'systemctl restart nginx', 'ERR_CONNECTION_REFUSED']) {
      expect(text).toContain(needle);
    }
  });

  it('the record topic explains A versus CNAME: a CNAME never points at an IP and cannot sit at the apex', () => {
    const text = textOf(TOPICS['dns-record']);
    expect(text).toMatch(/CNAME.*never.*IP address/);
    expect(text).toMatch(/cannot sit at the apex/);
    expect(textOf(TOPICS.domain)).toMatch(/www is a host name \(a subdomain\)/);
  });

  it('carries the curriculum’s misconceptions where they apply', () => {
    const first = (e: Explanation) => e.misconceptions?.[0];
    expect(first(TOPICS['dns-record'])?.myth).toMatch(/CNAME/);
    expect(first(EXPLANATIONS.dns)?.myth).toMatch(/single point of failure/);
    expect(first(EXPLANATIONS['nginx-app-server'])?.myth).toMatch(/LAMP.*Apache/);
    expect(first(EXPLANATIONS['nginx-app-server'])?.fact).toMatch(/LEMP/);
    expect(first(EXPLANATIONS['browser-nginx'])?.myth).toMatch(/HTTP/);
    expect(first(EXPLANATIONS['browser-nginx'])?.fact).toMatch(/TCP\/IP/);
    expect(first(EXPLANATIONS.nginx)?.myth).toMatch(/restart/);
    const server = EXPLANATIONS.server.misconceptions ?? [];
    expect(server.some((m) => m.myth.includes('127.345.456.4') && /0 to 255/.test(m.fact))).toBe(true);
  });
});
