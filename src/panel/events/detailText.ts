/**
 * The packet inspector's prose in the current language. The model (sim/details) writes its summaries
 * and field values in English and stays free of the interface; the fixed ones are looked up as they
 * come, and the three built with a figure inside get a French sentence here.
 */
import { fixed } from '../../i18n/number';
import { currentLang, tx } from '../../i18n/t';

const RESET_AFTER_HANDSHAKE = /^(\d+ → \d+ \[RST, ACK\]) after the handshake$/;
const CONTINUED = /^response continued \((\d+(?:\.\d+)?) KB in the next flight\)$/;
const FORWARDED = /^(\S+) \(if the config adds it with proxy_set_header, as most do\)$/;

function french(text: string): string | null {
  let m = RESET_AFTER_HANDSHAKE.exec(text);
  if (m) return `${m[1]} après la poignée de main`;
  m = CONTINUED.exec(text);
  if (m) return `suite de la réponse (${fixed(Number(m[1]), 1)}\u00a0Ko dans la volée suivante)`;
  m = FORWARDED.exec(text);
  if (m) return `${m[1]} (si la configuration l’ajoute avec proxy_set_header, comme presque toujours)`;
  return null;
}

/** A detail's summary, field label or field value as the learner reads it; technical literals come back as they are. */
export function detailText(text: string): string {
  return (currentLang() === 'fr' && french(text)) || tx(text);
}
