/** The English narration's helpers, handed over when the narration first asks for French (see content/narration/french.ts). */
import type { Kit } from '../../../content/narration/french';

export let kit: Kit;

export function takeKit(given: Kit): void {
  kit = given;
}
