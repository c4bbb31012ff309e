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

/** Traffic stepped from 50 req/s to `peak` for a minute, then back to 50 so the queues drain before the end. */
const stepped = (peak: number): ReplayScript => ({
  untilS: 200,
  inputs: [
    { t: 0, type: 'rate', rps: 50 },
    { t: 60, type: 'rate', rps: peak },
    { t: 120, type: 'rate', rps: 50 },
  ],
});

export const REPLAYS: Readonly<Record<ReplayId, Replay>> = {
  // 200 req/s: about 1.5 times what one server carries. Ten more workers alone (the scale scene's
  // question), then twice the cores with (2 × 4 cores) + 1 = 9 workers (Gunicorn's advice).
  'scale-up': {
    id: 'scale-up',
    script: stepped(200),
    designs: [ONE_SERVER, { id: 'more-workers', config: { appWorkers: 15 } }, { id: 'bigger-server', config: { appWorkers: 9, cpuCores: 4 } }],
  },
};
