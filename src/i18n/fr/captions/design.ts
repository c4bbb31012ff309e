/** The French narration of a fixed design's events (see content/narration/design.ts). */
import { SERVER_IP } from '../../../sim/topology';
import type { ComponentStatus, HopEvent, SimEvent } from '../../../sim/types';
import { kit } from './kit';
import { PACKETS, agree, noun, the, to } from './names';
import { statusSentence } from './status';
import { decimal, fr, seconds } from './typo';

function stateSentence(id: string, status: ComponentStatus): string {
  const n = kit.serverOf(id);
  if (kit.baseOf(id) === 'server' && n)
    return status === 'down'
      ? fr`Le serveur ${n} tombe en panne : ses requêtes sont perdues, et HAProxy continue de lui en envoyer de nouvelles jusqu’à ce que ses contrôles de santé aient échoué 3 fois de suite.`
      : fr`Le serveur ${n} fonctionne de nouveau : HAProxy lui envoie de nouveau des requêtes dès que 2 contrôles de santé de suite ont réussi.`;
  if (id === 'lb' && status === 'down')
    return fr`La machine de HAProxy tombe en panne : l’adresse du site, ${SERVER_IP}, ne répond plus, sauf si un répartiteur de secours la reprend (au bout de ${decimal(kit.VRRP_MASTER_DOWN_INTERVAL_S.toFixed(2))}\u00a0s avec keepalived).`;
  return statusSentence(noun(id), status);
}

/** A hop at the balancer, told of HAProxy rather than of Nginx. */
function balancerHop(e: HopEvent): string {
  const from: string = e.from;
  const lb = noun(from === 'lb' || from === 'lb-2' ? from : e.to);
  const server = kit.serverOf(e.from) || kit.serverOf(e.to);
  const summary = kit.cleanSummary(e.detail);
  const line = summary ? fr` : ${summary}` : '';
  if (server) {
    if (e.packet === 'tcp-syn' && e.lost)
      return fr`${the(lb, true)} essaie de se connecter au serveur ${server} et n’obtient aucune réponse : ce serveur est en panne. Au bout de ${seconds(kit.HAPROXY_TIMEOUT_CONNECT_S)}, il réessaie, jusqu’à ${kit.HAPROXY_RETRIES} fois, puis répond 503 Service Unavailable.`;
    if (e.direction === 'request') return `${the(lb, true)} transmet la requête au Nginx du serveur ${server} par le réseau privé${line}.`;
    return `Nginx, sur le serveur ${server}, renvoie la réponse ${to(lb)}${line}.`;
  }
  switch (e.packet) {
    case 'tcp-syn':
      return e.lost
        ? fr`La demande de connexion (SYN) de votre navigateur vers ${SERVER_IP} reste sans réponse : le répartiteur est en panne, alors le navigateur attend et réessaie.`
        : fr`Votre navigateur ouvre une connexion TCP vers ${SERVER_IP}, désormais l’adresse du répartiteur de charge, sur le port 443 : SYN.`;
    case 'tcp-syn-ack':
      return fr`${the(lb, true)} répond SYN-ACK : il est prêt à accepter la connexion.`;
    case 'tls-server-hello':
      return fr`${the(lb, true)} répond par un ServerHello et son certificat pour le site : le TLS s’arrête au répartiteur, qui parle aux serveurs par le réseau privé.`;
    case 'http-request':
      return `Votre navigateur envoie la requête ${to(lb)}${line}. ${the(lb, true)} va choisir un serveur pour la traiter.`;
    case 'http-response':
      // The second flight of a big page says what it is rather than showing its English summary.
      if (summary && /continued/i.test(summary))
        return fr`La suite de la page part dans un second envoi : une nouvelle connexion TCP ne peut envoyer qu’environ 14,6\u00a0Ko avant que le navigateur en accuse réception.`;
      return `${the(lb, true)} renvoie la réponse à votre navigateur${line}.`;
    case 'tcp-ack':
      return /window/i.test(summary ?? '')
        ? fr`Votre navigateur accuse réception de ce qui est arrivé : ${the(lb)} peut envoyer la suite de la page.`
        : fr`Votre navigateur répond ACK : la connexion TCP avec le répartiteur est ouverte, un aller-retour après le SYN.`;
    case 'tls-client-hello':
      return fr`Votre navigateur commence la négociation TLS avec ${the(lb)} : un ClientHello qui nomme le site (SNI), avec sa part de la clé.`;
    default: {
      const packet = PACKETS[e.packet];
      return `${packet.label} entre votre navigateur et ${the(lb)}${e.lost ? ` (${agree(packet.prose, 'perdu')})` : ''}.`;
    }
  }
}

/** A refusal or a timeout at the balancer, from the reason the model gives. */
function atBalancer(kind: 'refused' | 'timeout', reason: string): string {
  if (/no server is available/i.test(reason))
    return fr`HAProxy n’a aucun serveur disponible pour cette requête (tous ont été retirés de la rotation) : il répond 503 Service Unavailable.`;
  if (/could not connect/i.test(reason))
    return fr`HAProxy n’a pas pu se connecter au serveur en ${kit.HAPROXY_RETRIES + 1} tentatives : il répond 503 Service Unavailable.`;
  if (/timeout server/i.test(reason))
    return fr`Le serveur n’a pas répondu dans le délai « timeout server » de HAProxy (${seconds(kit.HAPROXY_TIMEOUT_SERVER_S)}) : HAProxy répond 504 Gateway Timeout.`;
  if (kind === 'refused' && /connections|not enough/i.test(reason))
    return fr`Toutes les connexions de HAProxy sont occupées : il accepte la connexion et la ferme aussitôt, et le navigateur affiche ERR_CONNECTION_RESET.`;
  return kind === 'refused' ? 'HAProxy refuse la connexion.' : 'HAProxy abandonne l’attente.';
}

/** Sentences that start with one of these words read on after « Sur le serveur 2, » in lower case. */
const COMMON_START = /^(?:(?:Le|La|Les|Un|Une|Tous|Toutes|Aucun|Aucune|Votre)\s|L’|C’est\s)/;

/** The French sentence for a design event; `oneServer` narrates the same event with one-server ids. */
export function narrateDesign(e: SimEvent, oneServer: (base: SimEvent) => string | null): string | null {
  if (e.kind === 'state') return e.t === 0 && e.status === 'up' ? null : stateSentence(e.component, e.status);
  if (e.kind === 'hop' && kit.ids(e).some((id) => id === 'lb' || id === 'lb-2')) return balancerHop(e);
  if ((e.kind === 'refused' || e.kind === 'timeout') && String(e.at).startsWith('lb')) return atBalancer(e.kind, e.reason ?? '');
  let text = oneServer(kit.rebase(e));
  if (!text) return text;
  if (kit.ids(e).includes('mysql-replica')) text = text.replace(/\bMySQL\b/, (_, at: number) => (at === 0 ? 'La réplique MySQL' : 'la réplique MySQL'));
  const n = Math.max(0, ...kit.ids(e).map(kit.serverOf));
  if (!n) return text;
  return `Sur le serveur ${n}, ${COMMON_START.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text}`;
}
