import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPONENT_IDS, LINKS } from '../sim/topology';
import { createSimulation, createStackSimulation } from '../sim';
import type { CacheEvent, PacketDetail, SimEvent } from '../sim/types';
import { setCatalog } from '../i18n/t';
import { FR } from '../i18n/fr';
import { describeEvent, narrate } from './narration';
import { labelOf } from './narration/labels';
import { PACKET_KINDS, SAMPLES, STATUSES, aHop, base, detail, expectRow, expectSentence } from './narration/testData';

/** French sets a narrow no-break space before : ; ? ! and a no-break space between a figure and its unit. */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

beforeEach(() => setCatalog('fr', FR));
afterEach(() => setCatalog('en', null));

/** What a French sentence must never show: English prose, or an ordinary space where French wants a no-break one. */
function expectFrench(text: string | null) {
  expectSentence(text);
  // SQL placeholders ("VALUES (?, ?, ?)") are the query's own text.
  expect(text!.replace(/\(\?(, \?)*\)/g, '')).not.toMatch(/ [:;?!»]|« /);
  expect(text).not.toMatch(/\b(the|is|are|and|your|sends|asks|answers|server|browser|request|gives up|waiting|refuses)\b/);
}

describe('French narration, word for word', () => {
  it('tells a DNS query and its answer', () => {
    expect(narrate(aHop('dns-query', 'browser', 'resolver'))).toBe(
      'Votre navigateur demande au résolveur récursif l’adresse de www.foobar.com (DNS sur UDP, port 53).',
    );
    expect(narrate(aHop('dns-query', 'resolver', 'root'))).toBe('Le résolveur récursif demande à un serveur racine qui gère .com.');
    expect(narrate(aHop('dns-response', 'authoritative', 'resolver', { detail: detail('www.foobar.com. 300 IN A 8.8.8.8') }))).toBe(
      `Le serveur faisant autorité de foobar.com répond${NNBSP}: www.foobar.com a un enregistrement A qui pointe vers 8.8.8.8, valable 300${NBSP}secondes.`,
    );
    expect(narrate(aHop('dns-response', 'resolver', 'browser'))).toBe(
      `Le résolveur transmet la réponse à votre navigateur${NNBSP}: www.foobar.com est à l’adresse 8.8.8.8.`,
    );
  });

  it('tells the TCP three-way handshake', () => {
    const syn = detail('54321 → 443 [SYN]', [['Source port', '54321'], ['Destination port', '443']], 'TCP');
    expect(narrate(aHop('tcp-syn', 'browser', 'nginx', { detail: syn }))).toBe(
      `Votre navigateur ouvre une connexion TCP vers 8.8.8.8 sur le port 443${NNBSP}: SYN.`,
    );
    expect(narrate(aHop('tcp-syn-ack', 'nginx', 'browser'))).toBe(`Le serveur répond SYN-ACK${NNBSP}: il est prêt à accepter la connexion.`);
    expect(narrate(aHop('tcp-ack', 'browser', 'nginx', { detail: detail('54321 → 443 [ACK]', [], 'TCP') }))).toBe(
      `Votre navigateur répond ACK${NNBSP}: la connexion TCP est ouverte, un aller-retour après le SYN.`,
    );
    expect(narrate(aHop('tcp-syn', 'browser', 'nginx', { refused: true, detail: syn }))).toBe(
      `Le SYN de votre navigateur atteint 8.8.8.8, mais rien n’écoute sur le port 443${NNBSP}: la connexion est refusée.`,
    );
  });

  it('tells a 200 response and the page arriving, with its time', () => {
    expect(narrate(aHop('http-response', 'nginx', 'browser', { detail: detail('HTTP/1.1 200 OK', [], 'HTTP') }))).toBe(
      `Nginx renvoie la réponse à votre navigateur${NNBSP}: HTTP/1.1 200 OK.`,
    );
    const ok: SimEvent = { ...base, kind: 'request-end', outcome: 'ok', symptom: '200 OK' };
    expect(narrate(ok, { elapsedS: 0.083 })).toBe(`La page arrive${NNBSP}: 200 OK en 83${NBSP}ms.`);
    expect(narrate(ok)).toBe(`La page arrive${NNBSP}: 200 OK.`);
  });

  it('tells the errors, keeping the browser’s and the status line’s words', () => {
    const end = (outcome: 'bad-gateway' | 'timeout' | 'refused'): SimEvent => ({ ...base, kind: 'request-end', outcome, symptom: '' });
    expect(narrate(end('bad-gateway'))).toBe(`Nginx n’a pas pu joindre le serveur d’applications${NNBSP}: le navigateur affiche donc 502 Bad Gateway.`);
    expect(narrate(end('timeout'))).toBe(`Aucune réponse n’est jamais venue${NNBSP}: le navigateur abandonne et affiche ERR_CONNECTION_TIMED_OUT.`);
    expect(narrate(end('refused'))).toBe(`La connexion a été refusée${NNBSP}: le navigateur affiche ERR_CONNECTION_REFUSED.`);
    expect(narrate(SAMPLES.timeout)).toBe(
      `Aucune réponse de 8.8.8.8 après 127${NBSP}s de nouvelles tentatives (l’attente d’un ordinateur sous Linux)${NNBSP}: le navigateur abandonne avec ERR_CONNECTION_TIMED_OUT.`,
    );
    expect(narrate({ ...base, kind: 'timeout', at: 'nginx', reason: 'upstream timed out after proxy_read_timeout 60.5 s' })).toBe(
      `L’application n’a rien envoyé pendant le proxy_read_timeout de Nginx (60,5${NBSP}s), l’attente la plus longue permise entre deux lectures${NNBSP}: Nginx répond donc 504 Gateway Timeout.`,
    );
  });

  it('puts each name mid-sentence with its article: le, la, les, du, au, aux', () => {
    expect(narrate(aHop('dns-query', 'resolver', 'root', { lost: true }))).toBe(
      `La requête DNS envoyée par le résolveur récursif au serveur racine est perdue${NNBSP}: elle n’arrive jamais.`,
    );
    expect(narrate(aHop('file-data', 'app-files', 'nginx', { lost: true }))).toBe(
      `Les données du fichier envoyées par les fichiers de l’application à Nginx sont perdues${NNBSP}: elles n’arrivent jamais.`,
    );
    expect(narrate(aHop('dns-query', 'resolver', 'root', { refused: true }))).toBe('Le serveur racine refuse la requête DNS du résolveur récursif.');
    expect(narrate(aHop('sql-result', 'mysql', 'app-server', { lost: true }))).toBe(
      `Le résultat SQL envoyé par MySQL au serveur d’applications est perdu${NNBSP}: il n’arrive jamais.`,
    );
    expect(narrate({ ...base, t: 4, requestId: -1, kind: 'state', component: 'app-files', status: 'restarting' })).toBe('Les fichiers de l’application redémarrent.');
    expect(narrate({ ...base, kind: 'queued', at: 'mysql', queueLength: 2 })).toBe(
      `MySQL est occupé${NNBSP}: la requête attend dans sa file d’attente (2 en attente).`,
    );
  });

  it('says how many requests still wait, and when none does', () => {
    const left = (queueLength: number) => narrate({ ...base, kind: 'dequeued', at: 'app-server', queueLength });
    expect(left(2)).toBe(`Un worker se libère${NNBSP}: la requête quitte la file d’attente et commence à s’exécuter (encore 2 en attente).`);
    expect(left(0)).toBe(`Un worker se libère${NNBSP}: la requête quitte la file d’attente et commence à s’exécuter (plus aucune en attente).`);
  });

  it('counts rows the French way: 0 and 1 are singular', () => {
    const rows = (n: number) => narrate(aHop('sql-result', 'mysql', 'app-server', { detail: detail(`${n} rows in set`, [], 'SQL') }));
    expect(rows(0)).toBe(`MySQL renvoie 0${NBSP}ligne à l’application.`);
    expect(rows(1)).toBe(`MySQL renvoie 1${NBSP}ligne à l’application.`);
    expect(rows(10)).toBe(`MySQL renvoie 10${NBSP}lignes à l’application.`);
  });

  it('fills the event table in French, keeping packet summaries and log lines as they are', () => {
    expect(describeEvent(aHop('dns-query', 'browser', 'resolver', { detail: detail('Standard query A www.foobar.com') }))).toEqual({
      from: 'Navigateur de l’utilisateur',
      to: 'Résolveur récursif',
      what: `Requête DNS${NNBSP}: Standard query A www.foobar.com`,
    });
    expect(describeEvent(aHop('tcp-syn', 'browser', 'nginx', { lost: true })).what).toBe('TCP SYN (perdu)');
    expect(describeEvent(aHop('http-request', 'browser', 'nginx', { refused: true })).what).toBe('Requête HTTP (refusée)');
    expect(describeEvent({ ...base, kind: 'cache', at: 'browser', layer: 'os', hit: true }).what).toBe(`Cache DNS du système d’exploitation${NNBSP}: trouvé (hit)`);
    expect(describeEvent(SAMPLES.state).what).toBe(`État${NNBSP}: redémarrage`);
    expect(describeEvent(SAMPLES.timeout).what).toBe(`Délai d’attente dépassé (aucune réponse de 8.8.8.8 après 127${NBSP}s de retransmissions)`);
    expect(describeEvent({ ...base, kind: 'refused', at: 'app-server', reason: 'upstream prematurely closed connection: the application server restarted' }).what).toBe(
      `Connexion refusée (upstream prematurely closed connection${NNBSP}: le serveur d’applications a redémarré)`,
    );
    expect(labelOf('app-server')).toBe('Serveur d’applications');
    expect(labelOf('nginx-2' as never)).toBe('Nginx (serveur 2)');
  });

  it('goes back to the English sentences, unchanged, when English is set again', () => {
    setCatalog('en', null);
    expect(narrate(aHop('dns-query', 'browser', 'resolver'))).toBe(
      'Your browser asks the recursive resolver for the address of www.foobar.com (DNS over UDP port 53).',
    );
    expect(describeEvent(SAMPLES.state).what).toBe('Status: restarting');
  });
});

describe('French narration covers everything', () => {
  it('gives every hop, on every link, either way, lost or refused, a French sentence and row', () => {
    const details = [undefined, detail(''), detail('x', [['TTL', '']]), detail('www.foobar.com. 60 IN A 192.0.2.10')];
    for (const link of LINKS)
      for (const [from, to] of [[link.source, link.target], [link.target, link.source]] as const)
        for (const packet of PACKET_KINDS)
          for (const flags of [{}, { lost: true }, { refused: true }])
            for (const d of details) {
              const hop = aHop(packet, from, to, { ...flags, detail: d as PacketDetail });
              expectFrench(narrate(hop));
              expectRow(hop);
            }
  });

  it('narrates every state, refusal, timeout, queue and cache event in French', () => {
    const events: SimEvent[] = Object.values(SAMPLES);
    for (const component of COMPONENT_IDS) {
      for (const status of STATUSES) events.push({ seq: 1, t: 5, requestId: -1, kind: 'state', component, status });
      for (const reason of ['', 'backlog full.']) events.push({ ...base, kind: 'refused', at: component, reason }, { ...base, kind: 'timeout', at: component, reason });
      for (const kind of ['queued', 'dequeued'] as const) events.push({ ...base, kind, at: component, queueLength: 0 });
    }
    for (const layer of ['browser', 'os', 'resolver'] as const)
      for (const hit of [true, false]) events.push({ ...base, kind: 'cache', at: layer === 'resolver' ? 'resolver' : 'browser', layer, hit } as CacheEvent);
    for (const event of events) {
      expectFrench(narrate(event));
      expectRow(event);
    }
  });

  it('tells a whole journey through the real model in French', () => {
    const sim = createSimulation({ seed: 3 });
    sim.apply({ t: 0, type: 'request', dynamic: true, path: '/' });
    sim.apply({ t: 2, type: 'failure-start', kind: 'app-restart' });
    sim.apply({ t: 2.1, type: 'request', dynamic: true });
    sim.apply({ t: 5, type: 'failure-end', kind: 'app-restart' });
    sim.advanceTo(30);
    const captions = sim.events(0, 30).map((e) => narrate(e));
    for (const caption of captions) if (caption !== null) expectFrench(caption);
    expect(captions).toContain(`La page est dynamique${NNBSP}: Nginx transmet donc la requête au serveur d’applications (proxy_pass http://127.0.0.1:8000).`);
    expect(captions).toContain(`Le serveur d’applications redémarre${NNBSP}: Nginx ne peut pas le joindre et répond 502 Bad Gateway.`);
  });

  it('says where each step of a fixed design runs, and HAProxy’s part, in French', () => {
    const sim = createStackSimulation({ seed: 3, servers: 3, fixes: ['lb', 'lb-pair', 'replica'] });
    sim.apply({ t: 0, type: 'rate', rps: 30 });
    sim.apply({ t: 5, type: 'failure-start', kind: 'server-down' });
    sim.apply({ t: 15, type: 'failure-start', kind: 'lb-down' });
    sim.advanceTo(25);
    const events = sim.events(0, 25) as unknown as SimEvent[];
    const said = events.map((e) => narrate(e) ?? '');
    for (const sentence of new Set(said)) if (sentence) expectFrench(sentence);
    const rawIds = events.flatMap((e, i) => [said[i]!, describeEvent(e).from, describeEvent(e).to]).filter((text) => /\b(lb|lb-2|nginx-\d|app-server-\d|server-\d|mysql-replica)\b/.test(text));
    expect(rawIds).toEqual([]);
    expect(said).toContain(`Sur le serveur 1, la page est dynamique${NNBSP}: Nginx transmet donc la requête au serveur d’applications (proxy_pass http://127.0.0.1:8000).`);
    expect(said.find((s) => s.startsWith('Sur le serveur 1, l’application demande à la réplique MySQL'))).toBeDefined();
    expect(said.find((s) => s.startsWith(`Le serveur 1 tombe en panne${NNBSP}:`))).toMatch(/contrôles de santé aient échoué 3 fois de suite\.$/);
    expect(said.find((s) => s.startsWith('La machine de HAProxy tombe en panne'))).toContain(`au bout de 3,61${NBSP}s avec keepalived`);
  });
});
