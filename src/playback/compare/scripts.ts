/**
 * What each side-by-side replay runs: the traffic and fault of one issue, and the designs compared on it.
 * The one-server stack is always the first design, as the model's defaults have it.
 */
import type { ReplayScript, Design } from './replay';

export type ReplayId = 'lb' | 'replica' | 'rolling' | 'scale-up' | 'scale-out';

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

/** Server 1 stops at 60 s for two minutes, at 50 req/s. */
const SERVER_1_DOWN: ReplayScript = {
  untilS: 240,
  inputs: [
    { t: 0, type: 'rate', rps: 50 },
    { t: 60, type: 'failure-start', kind: 'server-down', server: 1 },
    { t: 180, type: 'failure-end', kind: 'server-down', server: 1 },
  ],
};

/** New code deployed at 60 s, at 50 req/s. */
const DEPLOY: ReplayScript = {
  untilS: 120,
  inputs: [
    { t: 0, type: 'rate', rps: 50 },
    { t: 60, type: 'deploy' },
  ],
};

const TWO_SERVERS: Design = { id: 'two-servers', config: { fixes: ['lb'], servers: 2 } };

/** The primary MySQL stops at 60 s for two minutes, at 50 req/s. */
const PRIMARY_DOWN: ReplayScript = {
  untilS: 240,
  inputs: [
    { t: 0, type: 'rate', rps: 50 },
    { t: 60, type: 'failure-start', kind: 'db-down' },
    { t: 180, type: 'failure-end', kind: 'db-down' },
  ],
};

export const REPLAYS: Readonly<Record<ReplayId, Replay>> = {
  // The balancer routes round the dead server (MySQL has a machine of its own behind a balancer).
  lb: {
    id: 'lb',
    script: SERVER_1_DOWN,
    designs: [ONE_SERVER, TWO_SERVERS],
  },
  // Against two servers with one MySQL: the replica keeps the reads going, the writes wait for the primary.
  replica: {
    id: 'replica',
    script: PRIMARY_DOWN,
    designs: [TWO_SERVERS, { id: 'replica', config: { fixes: ['lb', 'replica'], servers: 2 } }],
  },
  rolling: {
    id: 'rolling',
    script: DEPLOY,
    designs: [ONE_SERVER, TWO_SERVERS, { id: 'rolling', config: { fixes: ['rolling'], servers: 2 } }],
  },
  // 200 req/s: about 1.5 times what one server carries. Ten more workers alone (the scale scene's
  // question), then twice the cores with (2 × 4 cores) + 1 = 9 workers (Gunicorn's advice).
  'scale-up': {
    id: 'scale-up',
    script: stepped(200),
    designs: [ONE_SERVER, { id: 'more-workers', config: { appWorkers: 15 } }, { id: 'bigger-server', config: { appWorkers: 9, cpuCores: 4 } }],
  },
  // 400 req/s: three times one server; two servers are still short of it, four carry it.
  'scale-out': {
    id: 'scale-out',
    script: stepped(400),
    designs: [ONE_SERVER, TWO_SERVERS, { id: 'four-servers', config: { fixes: ['lb'], servers: 4 } }],
  },
};
