/** The words of the side-by-side replays: what each design is, and what traffic they all get. */
import type { ReplayId } from '../../playback/compare/scripts';
import type { LivePlan } from '../../store/designActions';

/** `short` labels the design's line on a chart, where about 80 px are free. */
export const DESIGN_NAME: Readonly<Record<string, { name: string; detail: string; short: string }>> = {
  'one-server': { name: 'One server', detail: '2 cores, 5 workers', short: 'one server' },
  'more-workers': { name: 'More workers', detail: '2 cores, 15 workers', short: '15 workers' },
  'bigger-server': { name: 'Bigger server', detail: '4 cores, 9 workers', short: '4 cores' },
  'two-servers': { name: 'Two servers', detail: 'HAProxy in front, MySQL on its own machine', short: '2 servers' },
  replica: { name: 'Primary and replica', detail: 'two servers; reads may go to the replica', short: 'replica' },
  rolling: { name: 'Two servers, rolling', detail: 'one server at a time, drained first', short: 'rolling' },
  'four-servers': { name: 'Four servers', detail: 'HAProxy in front, MySQL on its own machine', short: '4 servers' },
};

export const REPLAY_CHART = 'Requests served per second on each design, over the run (simulated time)';

export const REPLAY_COPY: Readonly<Record<ReplayId, { button: string; traffic: string }>> = {
  lb: {
    button: 'Replay a server failure with a load balancer',
    traffic:
      'The same seeded traffic on each design, 50 requests per second: server 1 (for the first design, the one server) stops at 60 s and comes back at 180 s; the run ends at 240 s. HAProxy checks each server every 2 s and drops it after 3 failed checks; MySQL has a machine of its own.',
  },
  replica: {
    button: 'Replay MySQL going down, with a replica',
    traffic:
      'The same seeded traffic on each design, 50 requests per second, two servers behind HAProxy: the primary MySQL stops at 60 s and comes back at 180 s; the run ends at 240 s. About one page in ten writes (an estimate); without a replica every page needs the primary.',
  },
  rolling: {
    button: 'Replay a deploy, all at once and rolling',
    traffic:
      'The same seeded traffic on each design, 50 requests per second; new code is deployed at 60 s, which restarts the application server. Rolling: one server at a time, taken out of the balancer first.',
  },
  'scale-out': {
    button: 'Replay the same traffic on more servers',
    traffic:
      'The same seeded traffic on each design: 50 requests per second, then 400 (three times what one server carries) from 60 s to 120 s, then 50 again, to 200 s. HAProxy spreads the requests round robin.',
  },
  'scale-up': {
    button: 'Replay the same traffic on a bigger server',
    traffic:
      'The same seeded traffic on each design: 50 requests per second, then 200 (about 1.5 times what one server carries) from 60 s to 120 s, then 50 again, to 200 s. Only the server changes.',
  },
};

/** The fixed design each replay ends on, played live on the diagram with the replay's fault and traffic. */
export const LIVE_PLAN: Readonly<Record<ReplayId, { plan: LivePlan; says: string }>> = {
  lb: { plan: { fixes: ['lb'], servers: 2, rps: 50, spof: true }, says: 'two servers at 50 req/s, server 1 down' },
  replica: { plan: { fixes: ['lb', 'replica'], servers: 2, rps: 50, fault: 'db-down' }, says: 'primary and replica at 50 req/s, the primary down' },
  rolling: { plan: { fixes: ['lb', 'rolling'], servers: 2, rps: 50 }, says: 'two servers at 50 req/s: press Deploy new code' },
  'scale-up': { plan: { fixes: [], workers: 9, cores: 4, rps: 200 }, says: 'the bigger server at 200 req/s' },
  'scale-out': { plan: { fixes: ['lb'], servers: 4, rps: 400 }, says: 'four servers at 400 req/s' },
};

