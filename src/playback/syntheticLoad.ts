/**
 * Benchmarks only: a fixed number of packets looping on the links, so the draw path can be timed at a
 * known load without the model. `npm run bench:fps` drives it.
 */
import { LINKS } from '../sim/topology';
import type { HopEvent } from '../sim/types';
import type { Sprite } from './sprite';

export class SyntheticLoad {
  private readonly hops: HopEvent[];
  private clock = 0;

  constructor(n: number) {
    this.hops = Array.from({ length: n }, (_, i): HopEvent => {
      const link = LINKS[i % LINKS.length]!;
      // Spread durations and phases deterministically so packets don't move in lockstep.
      const duration = 0.6 + ((i * 7919) % 1000) / 1000;
      return {
        seq: -i,
        t: -((i * 104729) % 1000) / 1000,
        requestId: -1,
        kind: 'hop',
        from: link.source,
        to: link.target,
        link: link.id,
        arrive: duration,
        packet: 'http-request',
        direction: i % 2 ? 'request' : 'response',
        detail: { protocol: 'HTTP', summary: 'synthetic', fields: [] },
      };
    });
  }

  advance(dt: number): void {
    this.clock += dt;
  }

  sprites(): Sprite[] {
    return this.hops.map((e) => {
      const span = e.arrive;
      const phase = (((this.clock - e.t) % span) + span) % span;
      return { event: e, progress: phase / span, opacity: 1 };
    });
  }
}
