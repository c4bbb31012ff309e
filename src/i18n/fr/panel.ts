/** French for the panel area: English (the key, as written in the source) → French. */
import type { Dictionary } from '../t';

export const FR_PANEL: Dictionary = {};
