/** The words of the side-by-side replays: what each design is, and what traffic they all get. */
import type { ReplayId } from '../../playback/compare/scripts';

/** `short` labels the design's line on a chart, where about 80 px are free. */
export const DESIGN_NAME: Readonly<Record<string, { name: string; detail: string; short: string }>> = {
  'one-server': { name: 'One server', detail: '2 cores, 5 workers', short: 'one server' },
  'more-workers': { name: 'More workers', detail: '2 cores, 15 workers', short: '15 workers' },
  'bigger-server': { name: 'Bigger server', detail: '4 cores, 9 workers', short: '4 cores' },
};

export const REPLAY_CHART = 'Requests served per second on each design, over the run (simulated time)';

export const REPLAY_COPY: Readonly<Record<ReplayId, { button: string; traffic: string }>> = {
  'scale-up': {
    button: 'Replay the same traffic on a bigger server',
    traffic:
      'The same seeded traffic on each design: 50 requests per second, then 200 (about 1.5 times what one server carries) from 60 s to 120 s, then 50 again, to 200 s. Only the server changes.',
  },
};
