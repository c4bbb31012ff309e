/** French for the fixes area: English (the key, as written in the source) → French. */
import type { Dictionary } from '../t';

export const FR_FIXES: Dictionary = {};
