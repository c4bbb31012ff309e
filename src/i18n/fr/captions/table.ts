/** The three cells of an event-table row, in French (see describeEvent in content/narration.ts). */
import { SITE_HOST } from '../../../sim/topology';
import type { ComponentStatus, SimEvent } from '../../../sim/types';
import { kit } from './kit';
import { PACKETS, agree, label } from './names';
import { reasonPart } from './reasons';
import { fr } from './typo';

const NOWHERE = '—';

const CACHES = { browser: 'du navigateur', os: 'du système d’exploitation', resolver: 'du résolveur' } as const;

const STATUS: Record<ComponentStatus, string> = {
  up: 'en service',
  down: 'en panne',
  restarting: 'redémarrage',
  reloading: 'rechargement sans coupure',
  slow: 'au ralenti',
};

export function describe(event: SimEvent): { from: string; to: string; what: string } {
  switch (event.kind) {
    case 'hop': {
      const packet = PACKETS[event.packet];
      const summary = kit.cleanSummary(event.detail);
      const flag = event.lost ? ` (${agree(packet.prose, 'perdu')})` : event.refused ? ` (${agree(packet.prose, 'refusé')})` : '';
      const what = summary ? fr`${packet.label} : ${summary}` : packet.label;
      return { from: label(event.from), to: label(event.to), what: `${what}${flag}` };
    }
    case 'request-start':
      return {
        from: label('browser'),
        to: SITE_HOST,
        what: `Début de la requête pour ${event.path || '/'} (${event.dynamic ? 'page dynamique' : 'fichier statique'})`,
      };
    case 'request-end':
      return { from: SITE_HOST, to: label('browser'), what: fr`Fin de la requête : ${event.symptom?.trim() || kit.OUTCOME_SYMPTOM[event.outcome]}` };
    case 'cache':
      return { from: label(event.at), to: NOWHERE, what: fr`Cache DNS ${CACHES[event.layer]} : ${event.hit ? 'trouvé (hit)' : 'absent (miss)'}` };
    case 'queued':
    case 'dequeued':
      return {
        from: label(event.at),
        to: NOWHERE,
        what: `${event.kind === 'queued' ? 'Mise en file d’attente' : 'Sortie de la file d’attente'} (${event.queueLength} en attente)`,
      };
    case 'refused':
      return { from: label(event.at), to: NOWHERE, what: `Connexion refusée${reasonPart(event.reason)}` };
    case 'timeout':
      return { from: label(event.at), to: NOWHERE, what: `Délai d’attente dépassé${reasonPart(event.reason)}` };
    case 'state':
      return { from: label(event.component), to: NOWHERE, what: fr`État : ${STATUS[event.status]}` };
  }
}
