/**
 * Golden runs: the one-server stack's exact behaviour, pinned as hashes of every event, the metrics
 * and the gauges of seeded runs. A refactor of the model must leave every hash unchanged; a change
 * of behaviour must re-record them (and say why in its commit).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './simulation';
import type { SimInput } from './simulation.types';
import type { FailureKind, SimConfig } from './types';

/** FNV-1a (32-bit) over UTF-16 code units, continued across calls. */
class Fnv {
  private h = 0x811c9dc5;
  add(text: string): void {
    let h = this.h;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    this.h = h;
  }
  get hex(): string {
    return (this.h >>> 0).toString(16).padStart(8, '0');
  }
}

interface Golden {
  events: string;
  metrics: string;
  gauges: string;
  eventCount: number;
}

/**
 * Runs `inputs`, one simulated second at a time, to `until`. Every event is hashed as it appears
 * (by sequence number, before retention drops it); the state is sampled each second, the metrics every five
 * and the chart series and request records at the end.
 */
function goldenRun(config: Partial<SimConfig>, inputs: readonly SimInput[], until: number): Golden {
  const sim = createSimulation(config);
  const events = new Fnv();
  const metrics = new Fnv();
  const gauges = new Fnv();
  const pending = [...inputs].sort((a, b) => a.t - b.t);
  let lastSeq = -1;
  let eventCount = 0;
  let gaps = 0;
  const hashNewEvents = (from: number): void => {
    // An event is stamped with the instant it is emitted, so the new ones all lie at or after `from`.
    for (const e of sim.events(from, Infinity)) {
      if (e.seq <= lastSeq) continue;
      if (e.seq !== lastSeq + 1) gaps++;
      lastSeq = e.seq;
      eventCount++;
      events.add(JSON.stringify(e));
    }
  };
  for (let t = 1; t <= until; t++) {
    while (pending.length > 0 && pending[0]!.t <= t) sim.apply(pending.shift()!);
    sim.advanceTo(t);
    hashNewEvents(t - 1);
    if (t % 5 === 0) metrics.add(JSON.stringify(sim.metrics()));
    gauges.add(JSON.stringify(sim.stateAt(t)));
    gauges.add(JSON.stringify(sim.stateAt(t - 0.5)));
  }
  metrics.add(JSON.stringify(sim.series()));
  metrics.add(JSON.stringify(sim.recentRequests(Number.MAX_SAFE_INTEGER)));
  expect(gaps, 'events missed by the hash').toBe(0);
  expect(lastSeq + 1, 'every event hashed').toBe(eventCount);
  return { events: events.hex, metrics: metrics.hex, gauges: gauges.hex, eventCount };
}

const rate = (t: number, rps: number): SimInput => ({ t, type: 'rate', rps });
const failure = (kind: FailureKind, from: number, to: number, factor?: number): SimInput[] => [
  { t: from, type: 'failure-start', kind, ...(factor === undefined ? {} : { factor }) },
  { t: to, type: 'failure-end', kind },
];

/** Each scenario: config, inputs, end time, and the hashes recorded from main before the model's parts got their own modules. */
const SCENARIOS: Record<string, [Partial<SimConfig>, SimInput[], number, Golden]> = {
  journey: [
    { seed: 3 },
    [
      { t: 0, type: 'request' },
      { t: 1, type: 'request' },
      { t: 2, type: 'request', path: '/static/style.css' },
      { t: 2, type: 'request', browserId: 1 },
    ],
    6,
    { events: 'f311f8b4', metrics: '22639ee1', gauges: '9864ab2b', eventCount: 80 },
  ],
  'traffic 100 req/s': [{ seed: 7 }, [rate(0, 100)], 120, { events: 'bf82d390', metrics: '41b46e16', gauges: 'a646fc77', eventCount: 163383 }],
  'overload 400 req/s': [{ seed: 7 }, [rate(0, 400)], 100, { events: 'dcc2e274', metrics: 'e46d6954', gauges: 'ba5be744', eventCount: 471813 }],
  'overload on 2 cores, then calm': [
    { seed: 5, cpuCores: 2, appCpuShare: 0.8 },
    [rate(0, 300), rate(40, 50)],
    100,
    { events: 'e606622b', metrics: '35ddba25', gauges: '37bb16fd', eventCount: 202191 },
  ],
  'server down 20–50 s': [{ seed: 11 }, [rate(0, 100), ...failure('server-down', 20, 50)], 90, { events: '410d538c', metrics: '698f0af5', gauges: 'cdb3251f', eventCount: 138493 }],
  'server down under overload': [{ seed: 12 }, [rate(0, 400), ...failure('server-down', 70, 75)], 100, { events: '23eb656c', metrics: '26ca2c15', gauges: 'e7108074', eventCount: 399031 }],
  'nginx restart 20–22 s': [{ seed: 13 }, [rate(0, 100), ...failure('nginx-restart', 20, 22)], 60, { events: '5329a69f', metrics: '73b0311a', gauges: 'facab9a7', eventCount: 84320 }],
  'nginx reload 20–22 s': [{ seed: 14 }, [rate(0, 100), ...failure('nginx-reload', 20, 22)], 60, { events: 'bfb6e817', metrics: 'cb5b60fb', gauges: 'b75d01ad', eventCount: 84514 }],
  'app restart 20–25 s': [{ seed: 15 }, [rate(0, 100), ...failure('app-restart', 20, 25)], 60, { events: 'c6ed3c5c', metrics: '7b78d8d9', gauges: 'e29f5c2d', eventCount: 79030 }],
  'app restart under overload': [{ seed: 16 }, [rate(0, 400), ...failure('app-restart', 70, 75)], 100, { events: '90b9e5a1', metrics: '07f33af3', gauges: '0fe6c559', eventCount: 465483 }],
  'app slow 20–60 s': [{ seed: 17 }, [rate(0, 100), ...failure('app-slow', 20, 60)], 100, { events: '1ca9803d', metrics: 'eac6b815', gauges: '489b290b', eventCount: 139135 }],
  'app slow ×5 on 2 cores': [
    { seed: 18, cpuCores: 2, appCpuShare: 0.5 },
    [rate(0, 150), ...failure('app-slow', 10, 30, 5)],
    50,
    { events: 'f08a8012', metrics: '44b1a858', gauges: 'a0dd1935', eventCount: 113759 },
  ],
};

describe('golden runs of the one-server stack', () => {
  for (const [name, [config, inputs, until, golden]] of Object.entries(SCENARIOS)) {
    it(name, () => {
      const got = goldenRun(config, inputs, until);
      // To re-record after an intended change of behaviour: GOLDEN_PRINT=1 npx vitest run src/sim/golden.test.ts
      if (process.env.GOLDEN_PRINT) console.log(`GOLDEN ${JSON.stringify(name)}: ${JSON.stringify(got)}`);
      expect(got).toEqual(golden);
    });
  }
});
