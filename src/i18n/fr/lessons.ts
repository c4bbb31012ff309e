/** French for the lessons area: English (the key, as written in the source) → French. */
import type { Dictionary } from '../t';

export const FR_LESSONS: Dictionary = {};
