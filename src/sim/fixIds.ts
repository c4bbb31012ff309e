/** The fixes the model can apply, apart from the ids they bring (`stackIds.ts`): what the URL reads. */

/** Fixes the model can apply (content in `src/content/fixes`); scaling is `servers`, `appWorkers`, `cpuCores`. */
export const MODEL_FIXES = ['lb', 'lb-pair', 'replica', 'rolling', 'split-db'] as const;
export type ModelFix = (typeof MODEL_FIXES)[number];

/** Most servers behind a balancer. */
export const MAX_SERVERS = 4;
