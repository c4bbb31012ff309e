/** French for the explanations area: English (the key, as written in the source) → French. */
import type { Dictionary } from '../t';

export const FR_EXPLANATIONS: Dictionary = {};
