/**
 * The names a French caption puts mid-sentence, with their articles: « le serveur d’applications »,
 * « du résolveur récursif », « au serveur racine », « à la réplique MySQL », « aux fichiers de l’application ».
 */
import { SERVER_IP, type ComponentId } from '../../../sim/topology';
import type { PacketKind } from '../../../sim/types';
import { kit } from './kit';
import { capital } from './typo';

/** `le`, `la`, `l’` before a vowel, `les`, or none (Nginx, votre navigateur); `f`: feminine, for agreement. */
type Article = 'le' | 'la' | 'l' | 'lf' | 'les' | 'lesf' | '';

export interface Noun {
  text: string;
  art: Article;
}

/** The article alone, after `de`, after `à`. */
const FORMS: Record<Article, readonly [string, string, string]> = {
  le: ['le ', 'du ', 'au '],
  la: ['la ', 'de la ', 'à la '],
  l: ['l’', 'de l’', 'à l’'],
  lf: ['l’', 'de l’', 'à l’'],
  les: ['les ', 'des ', 'aux '],
  lesf: ['les ', 'des ', 'aux '],
  '': ['', 'de ', 'à '],
};

/** « le serveur racine », « Nginx »; `upper` at the start of a sentence. */
export const the = (n: Noun, upper = false): string => {
  const text = FORMS[n.art][0] + n.text;
  return upper ? capital(text) : text;
};
/** « du serveur racine », « de la réplique MySQL », « de Nginx ». */
export const of = (n: Noun): string => FORMS[n.art][1] + n.text;
/** « au serveur racine », « à la réplique MySQL », « à Nginx ». */
export const to = (n: Noun): string => FORMS[n.art][2] + n.text;

const plural = (n: Noun) => n.art === 'les' || n.art === 'lesf';
const feminine = (n: Noun) => n.art === 'la' || n.art === 'lf' || n.art === 'lesf';

/** « il », « elle », « ils », « elles » for the noun. */
export const pronoun = (n: Noun): string => (feminine(n) ? 'elle' : 'il') + (plural(n) ? 's' : '');
/** The verb for the noun: `verb(n, 'refuse', 'refusent')`. */
export const verb = (n: Noun, one: string, many: string): string => (plural(n) ? many : one);
/** An adjective agreed with the noun: `agree(n, 'occupé')` → occupé, occupée, occupés. */
export const agree = (n: Noun, adjective: string): string => adjective + (feminine(n) ? 'e' : '') + (plural(n) ? 's' : '');

const PROSE: Record<string, Noun> = {
  browser: { text: 'votre navigateur', art: '' },
  dns: { text: 'DNS', art: 'le' },
  resolver: { text: 'résolveur récursif', art: 'le' },
  root: { text: 'serveur racine', art: 'le' },
  tld: { text: 'serveur TLD .com', art: 'le' },
  authoritative: { text: 'serveur faisant autorité de foobar.com', art: 'le' },
  server: { text: `serveur ${SERVER_IP}`, art: 'le' },
  nginx: { text: 'Nginx', art: '' },
  'app-server': { text: 'serveur d’applications', art: 'le' },
  'app-files': { text: 'fichiers de l’application', art: 'les' },
  mysql: { text: 'MySQL', art: '' },
  lb: { text: 'HAProxy', art: '' },
  'lb-2': { text: 'HAProxy de secours', art: 'le' },
  'mysql-replica': { text: 'réplique MySQL', art: 'la' },
  'db-server': { text: 'serveur de base de données', art: 'le' },
  'replica-server': { text: 'serveur de la réplique', art: 'le' },
};

/** A numbered design part: « Nginx sur le serveur 2 », « le serveur d’applications du serveur 2 ». */
function numbered(id: string): Noun {
  const n = kit.serverOf(id);
  switch (kit.baseOf(id)) {
    case 'server':
      return { text: `serveur ${n}`, art: 'le' };
    case 'nginx':
      return { text: `Nginx sur le serveur ${n}`, art: '' };
    case 'app-server':
      return { text: `serveur d’applications du serveur ${n}`, art: 'le' };
    case 'app-files':
      return { text: `base de code du serveur ${n}`, art: 'la' };
  }
  return { text: id, art: '' };
}

/** How a French caption names a component or a design part. */
export function noun(id: string): Noun {
  return PROSE[id] ?? (kit.isDesignPart(id) && kit.serverOf(id) ? numbered(id) : { text: String(id), art: '' });
}

/** The diagram's labels, in French, for the event table. */
const LABELS: Record<string, string> = {
  browser: 'Navigateur de l’utilisateur',
  dns: 'DNS',
  resolver: 'Résolveur récursif',
  root: 'Serveur racine',
  tld: 'Serveur TLD .com',
  authoritative: 'Serveur faisant autorité',
  server: `Serveur ${SERVER_IP}`,
  nginx: 'Nginx',
  'app-server': 'Serveur d’applications',
  'app-files': 'Fichiers de l’application',
  mysql: 'MySQL',
};

const NUMBERED_LABELS: Record<string, string> = { nginx: 'Nginx', 'app-server': 'Serveur d’applications', 'app-files': 'Base de code' };

/** A component's or a design part's label in the event table (« Nginx (serveur 2) », « HAProxy »). */
export function label(id: ComponentId): string {
  const known = LABELS[id];
  if (known) return known;
  if (!kit.isDesignPart(id)) return String(id);
  const n = kit.serverOf(id);
  if (!n) return capital(noun(id).text);
  const base = kit.baseOf(id);
  return base === 'server' ? `Serveur ${n}` : `${NUMBERED_LABELS[base] ?? base} (serveur ${n})`;
}

/** Each packet in the event table, and in a sentence with its article (which « perdu » agrees with). */
export const PACKETS: Record<PacketKind, { label: string; prose: Noun }> = {
  'dns-query': { label: 'Requête DNS', prose: { text: 'requête DNS', art: 'la' } },
  'dns-response': { label: 'Réponse DNS', prose: { text: 'réponse DNS', art: 'la' } },
  'tcp-syn': { label: 'TCP SYN', prose: { text: 'segment TCP SYN', art: 'le' } },
  'tcp-syn-ack': { label: 'TCP SYN-ACK', prose: { text: 'segment TCP SYN-ACK', art: 'le' } },
  'tcp-ack': { label: 'TCP ACK', prose: { text: 'segment TCP ACK', art: 'le' } },
  'tcp-rst': { label: 'TCP RST (réinitialisation)', prose: { text: 'segment TCP RST (réinitialisation)', art: 'le' } },
  'tls-client-hello': { label: 'TLS ClientHello', prose: { text: 'message TLS ClientHello', art: 'le' } },
  'tls-server-hello': { label: 'TLS ServerHello', prose: { text: 'message TLS ServerHello', art: 'le' } },
  'http-request': { label: 'Requête HTTP', prose: { text: 'requête HTTP', art: 'la' } },
  'http-response': { label: 'Réponse HTTP', prose: { text: 'réponse HTTP', art: 'la' } },
  'proxy-request': { label: 'Requête relayée par le proxy', prose: { text: 'requête relayée par le proxy', art: 'la' } },
  'proxy-response': { label: 'Réponse relayée par le proxy', prose: { text: 'réponse relayée par le proxy', art: 'la' } },
  'file-read': { label: 'Lecture de fichier', prose: { text: 'lecture de fichier', art: 'la' } },
  'file-data': { label: 'Données du fichier', prose: { text: 'données du fichier', art: 'lesf' } },
  'sql-query': { label: 'Requête SQL', prose: { text: 'requête SQL', art: 'la' } },
  'sql-result': { label: 'Résultat SQL', prose: { text: 'résultat SQL', art: 'le' } },
};
