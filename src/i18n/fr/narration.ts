/**
 * French for the narration area. Its captions are built from parts (names with their articles, figures,
 * the model's details), so they are French functions (./captions) rather than entries; loading this
 * chunk installs them, in the page and in the traffic worker.
 */
import { installFrench } from '../../content/narration/french';
import type { Dictionary } from '../t';
import { FRENCH_NARRATOR } from './captions';

installFrench(FRENCH_NARRATOR);

export const FR_NARRATION: Dictionary = {};
