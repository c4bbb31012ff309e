/**
 * The French narration is installed by the French dictionary's chunk (src/i18n/fr/narration.ts) when it
 * loads, in the page and in the traffic worker alike: none of its sentences is in the first view.
 */
import type { ComponentId } from '../../sim/topology';
import type { SimEvent } from '../../sim/types';
import { currentLang } from '../../i18n/t';

/** The narration's exported functions, written in another language. */
export interface Narrator {
  narrate(event: SimEvent, options: { elapsedS?: number }): string | null;
  describe(event: SimEvent): { from: string; to: string; what: string };
  label(id: ComponentId): string;
}

let french: Narrator | null = null;

export function installFrench(narrator: Narrator): void {
  french = narrator;
}

/** The French narrator while French is the language, else null (English, and the pseudo-locale). */
export const frenchNow = (): Narrator | null => (currentLang() === 'fr' ? french : null);
