/**
 * What each side-by-side replay runs: the traffic and fault of one issue, and the designs compared on it.
 * The one-server stack is always the first design, as the model's defaults have it.
 */
import type { ReplayScript, Design } from './replay';

export type ReplayId = 'scale-up';

export interface Replay {
  id: ReplayId;
  script: ReplayScript;
  designs: readonly Design[];
}

const ONE_SERVER: Design = { id: 'one-server', config: {} };

/** Traffic stepped 50 → 400 req/s for a minute, then back to 50 so the queues can drain before the end. */
const STEPPED: ReplayScript = {
  untilS: 200,
  inputs: [
    { t: 0, type: 'rate', rps: 50 },
    { t: 60, type: 'rate', rps: 400 },
    { t: 120, type: 'rate', rps: 50 },
  ],
};

export const REPLAYS: Readonly<Record<ReplayId, Replay>> = {
  // Workers alone, then workers with the cores to run them: (2 × 4 cores) + 1 = 9 (Gunicorn's advice).
  'scale-up': {
    id: 'scale-up',
    script: STEPPED,
    designs: [ONE_SERVER, { id: 'more-workers', config: { appWorkers: 10 } }, { id: 'bigger-server', config: { appWorkers: 9, cpuCores: 4 } }],
  },
};
