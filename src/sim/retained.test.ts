import { describe, expect, it } from 'vitest';
import { resumeFrom, takeCheckpoint } from './checkpoint';
import { registeredDetails } from './details';
import { retainedOf, type Retained } from './retained';
import { createSimulation } from './simulation';

/**
 * An hour of Play at 100× must not grow the tab's heap by 50 MB (issue 14): what the model keeps must
 * stop growing once its window is full. Play reads every event as it goes (each is built into an object).
 */
function played(seconds: readonly number[]): { counts: Retained[]; details: number[] } {
  const sim = createSimulation({ seed: 3 });
  sim.apply({ t: 0, type: 'rate', rps: 100 });
  const counts: Retained[] = [];
  const details: number[] = [];
  for (let t = 1; t <= seconds.at(-1)!; t++) {
    sim.advanceTo(t);
    sim.events(t - 1, t);
    if (!seconds.includes(t)) continue;
    counts.push(retainedOf(sim));
    details.push(registeredDetails());
  }
  return { counts, details };
}

describe('what the model keeps stays bounded', () => {
  const {
    counts: [early, late],
    details,
  } = played([120, 600]);

  it('keeps no more events, records or gauge rows after 10 minutes than after 2', () => {
    expect(late!.events).toBeLessThan(early!.events * 1.25);
    expect(late!.requests).toBeLessThan(early!.requests * 1.25);
    expect(late!.gaugeRows).toBeLessThan(early!.gaugeRows * 1.25);
  });

  it('lets go of the built events it was not asked for again', () => {
    // At 100 req/s the window holds about 35 s of events; the cache only the last 5 to 10 s of them.
    expect(late!.eventObjects).toBeLessThan(late!.events / 3);
  });

  it("packs Nginx's idle-connection list (it held every connection that ever fell idle)", () => {
    expect(late!.idleSlots).toBeLessThan(2 * 1024);
  });

  it('registers no detail per port', () => {
    // A few more TTLs or query counts may turn up; the ports' segments were thousands (one per connection).
    expect(details[1]! - details[0]!).toBeLessThan(100);
  });

  it("copies the gauge log's rows, not its spare room", () => {
    const sim = createSimulation({ seed: 3 });
    sim.apply({ t: 0, type: 'rate', rps: 100 });
    sim.advanceTo(300);
    const rows = retainedOf(sim).gaugeRows;
    const copy = retainedOf(resumeFrom(takeCheckpoint(sim)));
    expect(copy.gaugeRows).toBe(rows);
    expect(copy.gaugeCapacity).toBe(Math.max(1024, rows));
  });
});
