/** The French dictionary, one file per area of the app so the text can be written and reviewed in parts. */
import type { Dictionary } from '../t';
import { FR_APP } from './app';
import { FR_DIAGRAM } from './diagram';
import { FR_EXPLANATIONS } from './explanations';
import { FR_FAILURES } from './failures';
import { FR_FIXES } from './fixes';
import { FR_LESSONS } from './lessons';
import { FR_NARRATION } from './narration';
import { FR_PANEL } from './panel';

export const FR_PARTS: Readonly<Record<string, Dictionary>> = {
  app: FR_APP,
  diagram: FR_DIAGRAM,
  explanations: FR_EXPLANATIONS,
  failures: FR_FAILURES,
  fixes: FR_FIXES,
  lessons: FR_LESSONS,
  narration: FR_NARRATION,
  panel: FR_PANEL,
};

export const FR: Dictionary = Object.assign({}, ...Object.values(FR_PARTS)) as Dictionary;
