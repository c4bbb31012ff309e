import { describe, expect, it } from 'vitest';
import { COMPONENT_IDS, LINKS } from '../sim/topology';
import type { CacheEvent, PacketDetail, SimEvent } from '../sim/types';
import { describeEvent, narrate } from './narration';
import { CANONICAL, PACKET_KINDS, SAMPLES, STATUSES, aHop, base, detail, expectRow, expectSentence } from './narration/testData';

describe('narrate covers everything', () => {
  it.each(PACKET_KINDS)('a %s hop gets a sentence and a table row', (packet) => {
    const [from, to] = CANONICAL[packet];
    const hop = aHop(packet, from, to);
    expectSentence(narrate(hop));
    expectRow(hop);
  });

  it.each(Object.entries(SAMPLES))('a %s event gets a sentence and a table row', (_kind, event) => {
    expectSentence(narrate(event));
    expectRow(event);
  });

  it('never prints undefined or NaN, whatever link, direction, flag or detail a hop has', () => {
    const details = [undefined, detail(''), detail('  '), detail('x', [['TTL', '']]), detail('www.foobar.com. 60 IN A 192.0.2.10')];
    for (const link of LINKS) {
      for (const [from, to] of [[link.source, link.target], [link.target, link.source]] as const) {
        for (const packet of PACKET_KINDS) {
          for (const flags of [{}, { lost: true }, { refused: true }]) {
            for (const d of details) {
              const hop = aHop(packet, from, to, { ...flags, detail: d as PacketDetail });
              expectSentence(narrate(hop));
              expectRow(hop);
            }
          }
        }
      }
    }
  });

  it('narrates every state change except the initial "all up"', () => {
    for (const component of COMPONENT_IDS) {
      for (const status of STATUSES) {
        const event: SimEvent = { seq: 1, t: 5, requestId: -1, kind: 'state', component, status };
        expectSentence(narrate(event));
        expectRow(event);
      }
      expect(narrate({ seq: 0, t: 0, requestId: -1, kind: 'state', component, status: 'up' })).toBeNull();
    }
  });

  it('narrates refusals, timeouts and queues at every component, with or without a reason', () => {
    for (const at of COMPONENT_IDS) {
      for (const reason of ['', '  ', 'backlog full.']) {
        for (const event of [
          { ...base, kind: 'refused', at, reason },
          { ...base, kind: 'timeout', at, reason },
        ] as SimEvent[]) {
          expectSentence(narrate(event));
          expectRow(event);
        }
      }
      for (const kind of ['queued', 'dequeued'] as const) {
        const event: SimEvent = { ...base, kind, at, queueLength: 0 };
        expectSentence(narrate(event));
        expectRow(event);
      }
    }
  });

  it('narrates every cache layer, hit and miss', () => {
    for (const layer of ['browser', 'os', 'resolver'] as const) {
      for (const hit of [true, false]) {
        const event: CacheEvent = { ...base, kind: 'cache', at: layer === 'resolver' ? 'resolver' : 'browser', layer, hit };
        expectSentence(narrate(event));
        expect(describeEvent(event).what).toMatch(hit ? /hit$/ : /miss$/);
      }
    }
  });
});

