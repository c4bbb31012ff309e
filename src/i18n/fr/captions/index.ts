/** The French narration: captions, event-table rows and labels, made with the English narration's helpers. */
import type { Kit, Narrator } from '../../../content/narration/french';
import { narrate } from './events';
import { takeKit } from './kit';
import { label } from './names';
import { describe } from './table';

export function makeFrench(kit: Kit): Narrator {
  takeKit(kit);
  return { narrate, describe, label };
}
