/**
 * The French narration, made by the French chunk (src/i18n/fr/narration.ts) when it loads, in the page
 * and in the traffic worker alike. The two chunks do not import each other: the French one leaves its
 * maker on `globalThis`, and gets from here the helpers it shares with the English sentences. An import
 * either way would split the narration into chunks of its own and lengthen the first view's chunk list.
 */
import type { ComponentId } from '../../sim/topology';
import { OUTCOME_SYMPTOM, type SimEvent } from '../../sim/types';
import { HAPROXY_RETRIES, HAPROXY_TIMEOUT_CONNECT_S, HAPROXY_TIMEOUT_SERVER_S, VRRP_MASTER_DOWN_INTERVAL_S } from '../../sim/haproxy';
import { currentLang } from '../../i18n/t';
import { baseOf, ids, isDesignEvent, isDesignPart, rebase, serverOf } from './design';
import { REQUEST_LINE, SQL, STATUS_LINE, dnsAnswer, proxyTarget, serverPort } from './hops';
import { cleanSummary, fieldValue, numberFrom } from './labels';

/** What the French sentences use of the English narration and of the model. */
const kit = () => ({
  ...{ baseOf, ids, isDesignEvent, isDesignPart, rebase, serverOf },
  ...{ REQUEST_LINE, SQL, STATUS_LINE, dnsAnswer, proxyTarget, serverPort },
  ...{ cleanSummary, fieldValue, numberFrom, OUTCOME_SYMPTOM },
  ...{ HAPROXY_RETRIES, HAPROXY_TIMEOUT_CONNECT_S, HAPROXY_TIMEOUT_SERVER_S, VRRP_MASTER_DOWN_INTERVAL_S },
});
export type Kit = ReturnType<typeof kit>;

/** The narration's exported functions, written in another language. */
export interface Narrator {
  narrate(event: SimEvent, options: { elapsedS?: number }): string | null;
  describe(event: SimEvent): { from: string; to: string; what: string };
  label(id: ComponentId): string;
}

/** Where the French chunk leaves its maker (the same key is written there). */
export const FRENCH_MAKER = Symbol.for('web-stack-explorer.narration.fr');
type Holder = { [FRENCH_MAKER]?: (kit: Kit) => Narrator };

let french: Narrator | null = null;

/** The French narrator while French is the language, else null (English, and the pseudo-locale). */
export function frenchNow(): Narrator | null {
  if (currentLang() !== 'fr') return null;
  french ??= (globalThis as Holder)[FRENCH_MAKER]?.(kit()) ?? null;
  return french;
}
