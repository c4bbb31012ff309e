/** The French sentence for each packet hop of a journey, told from the user's side (see content/narration/hops.ts). */
import { SERVER_IP, SITE_HOST } from '../../../sim/topology';
import type { HopEvent } from '../../../sim/types';
import { kit } from './kit';
import { PACKETS, agree, noun, of, pronoun, the, to, verb } from './names';
import { count, fr } from './typo';

function dnsQuery(e: HopEvent): string {
  if (e.from === 'browser') return `Votre navigateur demande au résolveur récursif l’adresse de ${SITE_HOST} (DNS sur UDP, port 53).`;
  if (e.to === 'root') return 'Le résolveur récursif demande à un serveur racine qui gère .com.';
  if (e.to === 'tld') return 'Le résolveur demande à un serveur TLD .com qui gère foobar.com.';
  if (e.to === 'authoritative') return `Le résolveur demande au serveur faisant autorité de foobar.com l’adresse de ${SITE_HOST}.`;
  return `${the(noun(e.from), true)} ${verb(noun(e.from), 'envoie', 'envoient')} une requête DNS ${to(noun(e.to))}.`;
}

function dnsResponse(e: HopEvent): string {
  if (e.from === 'root') return 'Le serveur racine renvoie le résolveur vers les serveurs de .com.';
  if (e.from === 'tld') return 'Le serveur TLD .com renvoie le résolveur vers les serveurs de noms faisant autorité de foobar.com.';
  const { ip, ttl } = kit.dnsAnswer(e);
  if (e.from === 'authoritative') {
    const validity = ttl === undefined ? '' : `, valable ${count(ttl, 'seconde', 'secondes')}`;
    return fr`Le serveur faisant autorité de foobar.com répond : ${SITE_HOST} a un enregistrement A qui pointe vers ${ip}${validity}.`;
  }
  if (e.to === 'browser') return fr`Le résolveur transmet la réponse à votre navigateur : ${SITE_HOST} est à l’adresse ${ip}.`;
  return `${the(noun(e.from), true)} ${verb(noun(e.from), 'envoie', 'envoient')} une réponse DNS ${to(noun(e.to))}.`;
}

function http(e: HopEvent): string {
  const summary = kit.cleanSummary(e.detail);
  if (e.packet === 'http-request') {
    return summary && kit.REQUEST_LINE.test(summary)
      ? `Votre navigateur envoie la requête ${summary} à Nginx, avec Host: ${SITE_HOST}.`
      : `Votre navigateur envoie sa requête HTTP pour ${SITE_HOST} à Nginx.`;
  }
  if (summary && kit.STATUS_LINE.test(summary)) return fr`Nginx renvoie la réponse à votre navigateur : ${summary}.`;
  if (summary && /continued/i.test(summary)) {
    return fr`La suite de la page part dans un second envoi : une nouvelle connexion TCP ne peut envoyer qu’environ 14,6\u00a0Ko avant que le navigateur en accuse réception.`;
  }
  return 'Nginx renvoie la réponse à votre navigateur.';
}

function files(e: HopEvent): string {
  const byNginx = e.from === 'nginx' || e.to === 'nginx';
  if (e.packet === 'file-read') {
    return byNginx
      ? fr`C’est un fichier statique : Nginx le lit directement sur le disque, sans exécuter le moindre code de l’application.`
      : 'Le serveur d’applications charge et exécute la base de code (les fichiers de l’application) pour construire la page.';
  }
  return byNginx ? fr`Le fichier est lu : Nginx peut l’envoyer tel quel.` : fr`Le code est chargé : l’application commence à construire la page.`;
}

function sql(e: HopEvent): string {
  const summary = kit.cleanSummary(e.detail);
  if (e.packet === 'sql-query') {
    const query = summary && kit.SQL.test(summary) ? fr` : ${summary}` : '';
    return `L’application demande à MySQL les données dont elle a besoin (SQL sur TCP, port 3306)${query}.`;
  }
  const rows = kit.numberFrom(e.detail, /rows?/i, /(\d+)\s+rows?\b/i);
  if (rows === undefined) return 'MySQL renvoie les lignes correspondantes à l’application.';
  return `MySQL renvoie ${count(rows, 'ligne', 'lignes')} à l’application.`;
}

function lost(e: HopEvent): string {
  if (e.packet === 'tcp-syn' && e.to === 'app-server') {
    return fr`La demande de connexion (SYN) de Nginx au serveur d’applications se perd : la file d’attente des connexions du serveur d’applications est pleine, alors le noyau, côté Nginx, attend puis la renvoie.`;
  }
  if (e.packet === 'tcp-syn') {
    return fr`La demande de connexion (SYN) de votre navigateur vers ${SERVER_IP} reste sans réponse : le serveur est en panne, alors le navigateur attend et réessaie.`;
  }
  const packet = PACKETS[e.packet].prose;
  const is = verb(packet, 'est', 'sont');
  return fr`${the(packet, true)} ${agree(packet, 'envoyé')} par ${the(noun(e.from))} ${to(noun(e.to))} ${is} ${agree(packet, 'perdu')} : ${pronoun(packet)} ${verb(packet, 'n’arrive', 'n’arrivent')} jamais.`;
}

function refused(e: HopEvent): string {
  if (e.packet === 'tcp-syn') {
    const port = kit.serverPort(e);
    const where = port === undefined ? 'sur ce port' : `sur le port ${port}`;
    return fr`Le SYN de votre navigateur atteint ${SERVER_IP}, mais rien n’écoute ${where} : la connexion est refusée.`;
  }
  if (e.to === 'app-server') {
    return fr`Nginx essaie de transmettre la requête, mais rien n’écoute du côté du serveur d’applications : connexion refusée, et Nginx répondra 502 Bad Gateway.`;
  }
  const who = noun(e.to);
  return `${the(who, true)} ${verb(who, 'refuse', 'refusent')} ${the(PACKETS[e.packet].prose)} ${of(noun(e.from))}.`;
}

const resetAfterAccept = fr`Nginx a accepté la connexion mais n’avait plus de connexion libre pour la servir (worker_connections) : il l’a fermée aussitôt par une réinitialisation (RST), et le navigateur affiche ERR_CONNECTION_RESET.`;

/** One French sentence for a hop. */
export function narrateHop(e: HopEvent): string {
  if (e.lost) return lost(e);
  if (e.refused) return refused(e);
  if (e.packet === 'tcp-rst' && /after the handshake/i.test(e.detail?.summary ?? '')) return resetAfterAccept;
  switch (e.packet) {
    case 'dns-query':
      return dnsQuery(e);
    case 'dns-response':
      return dnsResponse(e);
    case 'tcp-syn': {
      const port = kit.serverPort(e);
      return fr`Votre navigateur ouvre une connexion TCP vers ${SERVER_IP}${port === undefined ? '' : ` sur le port ${port}`} : SYN.`;
    }
    case 'tcp-syn-ack':
      return fr`Le serveur répond SYN-ACK : il est prêt à accepter la connexion.`;
    case 'tcp-ack':
      return /window/i.test(e.detail?.summary ?? '')
        ? fr`Votre navigateur accuse réception de ce qui est arrivé : le serveur peut envoyer la suite de la page.`
        : fr`Votre navigateur répond ACK : la connexion TCP est ouverte, un aller-retour après le SYN.`;
    case 'tcp-rst': {
      if (e.to === 'browser')
        return fr`Le serveur répond par une réinitialisation (RST) : à la place d’un SYN-ACK, elle signifie un refus (ERR_CONNECTION_REFUSED) ; après la poignée de main, elle signifie que Nginx a fermé la connexion (ERR_CONNECTION_RESET).`;
      const who = noun(e.from);
      return fr`${the(who, true)} ${verb(who, 'répond', 'répondent')} ${to(noun(e.to))} par une réinitialisation (RST) : la connexion est refusée.`;
    }
    case 'tls-client-hello': {
      const sni = kit.fieldValue(e.detail, /sni|server name/i) ?? SITE_HOST;
      return `Votre navigateur commence la négociation TLS par un ClientHello, qui nomme ${sni} (SNI) et envoie sa part de la clé (key share).`;
    }
    case 'tls-server-hello':
      return fr`Nginx répond par un ServerHello puis, déjà chiffré, son certificat pour ${SITE_HOST} : à partir d’ici, tout est chiffré.`;
    case 'http-request':
    case 'http-response':
      return http(e);
    case 'proxy-request':
      return fr`La page est dynamique : Nginx transmet donc la requête au serveur d’applications (${kit.proxyTarget(e)}).`;
    case 'proxy-response':
      return 'Le serveur d’applications renvoie la page terminée à Nginx.';
    case 'file-read':
    case 'file-data':
      return files(e);
    case 'sql-query':
    case 'sql-result':
      return sql(e);
  }
}
