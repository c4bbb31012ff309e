/** What a part does in each status, for the sentences no table has (« Le serveur racine redémarre. »). */
import type { ComponentStatus } from '../../../sim/types';
import { the, verb, type Noun } from './names';

/** What a component does in each status, for « X redémarre. » (singular, plural). */
const STATUS_VERBS: Record<ComponentStatus, readonly [string, string]> = {
  up: ['fonctionne de nouveau', 'fonctionnent de nouveau'],
  down: ['est en panne', 'sont en panne'],
  restarting: ['redémarre', 'redémarrent'],
  reloading: ['se recharge sans coupure', 'se rechargent sans coupure'],
  slow: ['tourne au ralenti', 'tournent au ralenti'],
};

/** « Le serveur racine redémarre. » */
export const statusSentence = (who: Noun, status: ComponentStatus): string => `${the(who, true)} ${verb(who, ...STATUS_VERBS[status])}.`;

