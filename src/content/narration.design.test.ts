import { describe, expect, it } from 'vitest';
import { createStackSimulation } from '../sim';
import type { SimEvent } from '../sim/types';
import { describeEvent, narrate } from './narration';

function run(): SimEvent[] {
  const sim = createStackSimulation({ seed: 3, servers: 3, fixes: ['lb', 'lb-pair', 'replica'] });
  sim.apply({ t: 0, type: 'rate', rps: 30 });
  sim.apply({ t: 5, type: 'failure-start', kind: 'server-down' });
  sim.apply({ t: 15, type: 'failure-start', kind: 'lb-down' });
  sim.advanceTo(25);
  return sim.events(0, 25) as unknown as SimEvent[];
}

describe('narration of a fixed design', () => {
  const events = run();

  it('says every event in words, never with a raw part id', () => {
    for (const e of events) {
      const said = narrate(e) ?? '';
      const row = describeEvent(e);
      for (const text of [said, row.from, row.to])
        expect(text, JSON.stringify({ kind: e.kind, text })).not.toMatch(/\b(lb|lb-2|nginx-\d|app-server-\d|app-files-\d|server-\d|mysql-replica)\b|\bLb\b/);
    }
  });

  it('has HAProxy answer the browser, pass requests to a numbered server, and say where each step runs', () => {
    const said = (pick: (e: SimEvent) => boolean) => events.filter(pick).map((e) => narrate(e));
    expect(said((e) => e.kind === 'hop' && e.packet === 'tls-server-hello')[0]).toMatch(/^HAProxy replies with ServerHello/);
    expect(said((e) => e.kind === 'hop' && e.from === ('lb' as string) && e.packet === 'http-request')[0]).toMatch(/^HAProxy passes the request to server \d’s Nginx/);
    expect(said((e) => e.kind === 'hop' && e.packet === 'proxy-request')[0]).toMatch(/^On server \d, the page is dynamic/);
    expect(said((e) => e.kind === 'hop' && e.to === ('mysql-replica' as string))[0]).toMatch(/the MySQL replica/);
    expect(said((e) => e.kind === 'state' && e.component === ('server-1' as string))[0]).toMatch(/^Server 1 goes down: .*health checks/);
    expect(said((e) => e.kind === 'state' && e.component === ('lb' as string))[0]).toMatch(/^HAProxy’s machine goes down/);
    expect(said((e) => e.kind === 'hop' && e.from === ('lb' as string) && e.packet === 'tcp-syn' && !!e.lost)[0]).toMatch(/503 Service Unavailable/);
  });

  it('leaves the one-server stack’s sentences as they were', () => {
    const sim = createStackSimulation({ seed: 3 });
    sim.apply({ t: 0, type: 'rate', rps: 10 });
    sim.advanceTo(3);
    const hop = sim.events(0, 3).find((e) => e.kind === 'hop' && e.packet === 'tls-server-hello')!;
    expect(narrate(hop as SimEvent)).toMatch(/^Nginx replies with ServerHello/);
  });
});
