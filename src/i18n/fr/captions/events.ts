/** The French caption of every event (see content/narration.ts, which this follows sentence by sentence). */
import { SERVER_IP, SITE_HOST, type ComponentId } from '../../../sim/topology';
import {
  type CacheEvent,
  type ComponentStatus,
  type QueueEvent,
  type RefusedEvent,
  type RequestEndEvent,
  type SimEvent,
  type StateEvent,
  type TimeoutEvent,
} from '../../../sim/types';
import { kit } from './kit';
import { narrateDesign } from './design';
import { narrateHop } from './hops';
import { agree, noun, the, verb } from './names';
import { statusSentence } from './status';
import { reasonPart } from './reasons';
import { fr, seconds } from './typo';

function cache(e: CacheEvent): string {
  if (e.hit) {
    if (e.layer === 'browser')
      return fr`Le cache DNS de votre navigateur connaît déjà ${SITE_HOST} (Chrome garde les réponses du système d’exploitation jusqu’à 60 secondes) : aucune résolution DNS n’est nécessaire.`;
    if (e.layer === 'os') return fr`Le cache DNS du système d’exploitation a déjà l’adresse de ${SITE_HOST} : aucune question ne sort de l’ordinateur.`;
    return fr`Le résolveur récursif a la réponse en cache : il répond tout de suite, sans interroger d’autre serveur.`;
  }
  if (e.layer === 'browser') return `Le cache DNS de votre navigateur n’a rien pour ${SITE_HOST}, alors votre navigateur interroge le système d’exploitation.`;
  if (e.layer === 'os') return 'Le cache DNS du système d’exploitation n’a rien non plus, alors la question part vers le résolveur récursif.';
  return 'Le résolveur récursif n’a rien en cache pour ce nom, alors il part du sommet de l’arborescence DNS.';
}

function requestEnd(e: RequestEndEvent, elapsedS: number | undefined): string {
  const symptom = e.symptom?.trim() || kit.OUTCOME_SYMPTOM[e.outcome];
  switch (e.outcome) {
    case 'ok': {
      const ms = elapsedS === undefined ? NaN : Math.round(elapsedS * 1000);
      return Number.isFinite(ms) && ms >= 0 ? fr`La page arrive : ${symptom} en ${ms}\u00a0ms.` : fr`La page arrive : ${symptom}.`;
    }
    case 'timeout':
      return fr`Aucune réponse n’est jamais venue : le navigateur abandonne et affiche ${symptom}.`;
    case 'refused':
      return fr`La connexion a été refusée : le navigateur affiche ${symptom}.`;
    case 'reset':
      return fr`Nginx n’avait plus de connexion libre et a fermé celle-ci aussitôt : le navigateur affiche ${symptom}.`;
    case 'server-error':
      return fr`Nginx n’avait plus de connexion libre pour joindre le serveur d’applications : le navigateur affiche donc ${symptom}.`;
    case 'bad-gateway':
      return fr`Nginx n’a pas pu joindre le serveur d’applications : le navigateur affiche donc ${symptom}.`;
    case 'gateway-timeout':
      return fr`Le serveur d’applications n’a pas pris la requête ou n’y a pas répondu à temps : Nginx a abandonné, et le navigateur affiche ${symptom}.`;
    case 'unavailable':
      return fr`Le répartiteur de charge n’avait aucun serveur à qui envoyer la requête, ou n’a pas pu joindre celui qu’il avait choisi : le navigateur affiche donc ${symptom}.`;
  }
}

/** « encore 2 en attente », or « plus aucune en attente ». */
const stillWaiting = (n: number): string => (n > 0 ? `encore ${n} en attente` : 'plus aucune en attente');

function queue(e: QueueEvent): string {
  const who = noun(e.at);
  if (e.kind === 'queued') {
    return e.at === 'app-server'
      ? fr`Tous les workers de l’application sont occupés : la requête attend dans la file d’attente (${e.queueLength} en attente).`
      : fr`${the(who, true)} ${verb(who, 'est', 'sont')} ${agree(who, 'occupé')} : la requête attend dans sa file d’attente (${e.queueLength} en attente).`;
  }
  return e.at === 'app-server'
    ? fr`Un worker se libère : la requête quitte la file d’attente et commence à s’exécuter (${stillWaiting(e.queueLength)}).`
    : `${the(who, true)} ${verb(who, 'prend', 'prennent')} la requête dans sa file d’attente (${stillWaiting(e.queueLength)}).`;
}

const STATE_SENTENCES: Partial<Record<ComponentId, Partial<Record<ComponentStatus, string>>>> = {
  server: {
    down: fr`Le serveur ${SERVER_IP} tombe en panne : plus rien sur lui ne peut répondre, et les requêtes en cours sont perdues.`,
    up: `Le serveur ${SERVER_IP} fonctionne de nouveau.`,
  },
  nginx: {
    restarting: fr`Nginx redémarre : les ports 80 et 443 sont fermés, donc les nouvelles connexions sont refusées.`,
    reloading: fr`Nginx se recharge sans coupure : de nouveaux workers démarrent avec la nouvelle configuration pendant que les anciens terminent leurs requêtes.`,
    down: fr`Nginx est en panne : plus rien ne répond sur les ports 80 et 443 jusqu’à son retour.`,
    up: 'Nginx écoute de nouveau sur les ports 80 et 443.',
  },
  'app-server': {
    restarting: fr`Le serveur d’applications redémarre : Nginx ne peut pas le joindre, donc les pages dynamiques reçoivent 502 Bad Gateway en attendant.`,
    reloading: fr`Le serveur d’applications se recharge sans coupure : de nouveaux workers chargent le nouveau code pendant que les anciens terminent leurs requêtes.`,
    slow: fr`L’application est devenue très lente : des requêtes peuvent dépasser le délai d’attente du proxy de Nginx et finir en 504 Gateway Timeout.`,
    down: fr`Le serveur d’applications est en panne : aucune page dynamique ne peut être construite avant son retour.`,
    up: 'Le serveur d’applications est de retour et accepte les requêtes.',
  },
  mysql: {
    restarting: fr`MySQL redémarre : l’application ne peut plus lire ses données, donc les pages dynamiques échouent jusqu’à son retour.`,
    down: fr`MySQL est en panne : l’application ne peut plus lire ses données, donc les pages dynamiques échouent.`,
    up: 'MySQL est de retour et répond de nouveau aux requêtes SQL.',
  },
};

function state(e: StateEvent): string | null {
  if (e.t === 0 && e.status === 'up') return null;
  return STATE_SENTENCES[e.component]?.[e.status] ?? statusSentence(noun(e.component), e.status);
}

/** Seconds quoted in a model reason ("after 127 s", "proxy_read_timeout 60 s"), if any. */
const secondsIn = (reason: string): string | undefined => reason.match(/(\d+(?:\.\d+)?)\s*s\b/)?.[1];

function refused(e: RefusedEvent): string {
  const reason = e.reason ?? '';
  if (e.at === 'nginx') {
    if (/restart/i.test(reason)) return fr`Nginx redémarre : le port 443 est fermé, donc la connexion est refusée.`;
    if (/while connecting to upstream/i.test(reason))
      return fr`Nginx n’a plus de connexion libre pour joindre le serveur d’applications (worker_connections) : il répond donc 500 Internal Server Error.`;
    if (/connections|full|in use|not enough/i.test(reason))
      return fr`Toutes les connexions de Nginx sont occupées (worker_connections) : Nginx accepte la connexion et la ferme aussitôt, et le navigateur affiche ERR_CONNECTION_RESET.`;
    return fr`Nginx n’accepte pas la connexion : le navigateur affiche donc ERR_CONNECTION_REFUSED.`;
  }
  if (e.at === 'app-server') {
    if (/prematurely closed/i.test(reason)) return fr`Le serveur d’applications a redémarré au milieu de cette requête : Nginx répond donc 502 Bad Gateway.`;
    if (/restart/i.test(reason)) return fr`Le serveur d’applications redémarre : Nginx ne peut pas le joindre et répond 502 Bad Gateway.`;
    if (/backlog|full/i.test(reason))
      return fr`Tous les workers de l’application sont occupés et la file d’attente est pleine : Linux ignore la tentative de connexion de Nginx sans répondre, et Nginx réessaie jusqu’au proxy_connect_timeout.`;
    return fr`Le serveur d’applications refuse la connexion de Nginx : Nginx répond donc 502 Bad Gateway.`;
  }
  const who = noun(e.at);
  return `${the(who, true)} ${verb(who, 'refuse', 'refusent')} la connexion${reasonPart(reason)}.`;
}

function timeout(e: TimeoutEvent): string {
  const figure = secondsIn(e.reason ?? '');
  if (e.at === 'browser') {
    const after = figure ? ` après ${seconds(figure)} de nouvelles tentatives (l’attente d’un ordinateur sous Linux)` : '';
    return fr`Aucune réponse de ${SERVER_IP}${after} : le navigateur abandonne avec ERR_CONNECTION_TIMED_OUT.`;
  }
  if (e.at === 'nginx') {
    const limit = figure ? ` (${seconds(figure)})` : '';
    if (/while connecting|proxy_connect_timeout/i.test(e.reason ?? ''))
      return fr`Le serveur d’applications n’a jamais accepté la connexion de Nginx : sa file d’attente est restée pleine pendant tout le proxy_connect_timeout${limit}, donc Nginx répond 504 Gateway Timeout.`;
    return fr`L’application n’a rien envoyé pendant le proxy_read_timeout de Nginx${limit}, l’attente la plus longue permise entre deux lectures : Nginx répond donc 504 Gateway Timeout.`;
  }
  const who = noun(e.at);
  return `${the(who, true)} ${verb(who, 'abandonne', 'abandonnent')} l’attente${reasonPart(e.reason)}.`;
}

/** One French sentence for `event`, or null for the initial "everything is up". */
export function narrate(event: SimEvent, options: { elapsedS?: number }): string | null {
  if (kit.isDesignEvent(event)) return narrateDesign(event, (base) => narrate(base, options));
  switch (event.kind) {
    case 'hop':
      return narrateHop(event);
    case 'request-start':
      return fr`Une nouvelle requête : votre navigateur demande ${SITE_HOST}${event.path}, ${
        event.dynamic ? 'une page dynamique que l’application doit construire' : 'un fichier statique que Nginx peut servir tout seul'
      }.`;
    case 'request-end':
      return requestEnd(event, options.elapsedS);
    case 'cache':
      return cache(event);
    case 'queued':
    case 'dequeued':
      return queue(event);
    case 'refused':
      return refused(event);
    case 'timeout':
      return timeout(event);
    case 'state':
      return state(event);
  }
}
