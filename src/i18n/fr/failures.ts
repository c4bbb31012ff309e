/** French for the failures area: English (the key, as written in the source) → French. */
import type { Dictionary } from '../t';

export const FR_FAILURES: Dictionary = {};
