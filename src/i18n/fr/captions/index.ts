/** The French narration: captions, event-table rows and labels, installed by ../narration.ts. */
import type { Narrator } from '../../../content/narration/french';
import { narrate } from './events';
import { label } from './names';
import { describe } from './table';

export const FRENCH_NARRATOR: Narrator = { narrate, describe, label };
