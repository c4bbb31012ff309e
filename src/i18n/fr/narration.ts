/**
 * French for the narration area. Its captions are built from parts (names with their articles, figures,
 * the model's details), so they are French functions (./captions) rather than entries. Loading this chunk
 * leaves their maker where the narration looks for it (content/narration/french.ts), in the page and in
 * the traffic worker.
 */
import type { Dictionary } from '../t';
import { makeFrench } from './captions';

(globalThis as Record<symbol, unknown>)[Symbol.for('web-stack-explorer.narration.fr')] = makeFrench;

export const FR_NARRATION: Dictionary = {};
