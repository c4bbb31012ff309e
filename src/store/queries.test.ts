import { beforeEach, describe, expect, it } from 'vitest';
import { loadPlayer } from './playerHandle';
import { jumpToEvent, journeyRequests, recentEvents, showEvent } from './queries';
import { inspect } from './actions';
import { INITIAL_UI, useUi } from './ui';
import type { Player } from '../playback/player';

let player: Player;

beforeEach(async () => {
  useUi.setState(INITIAL_UI);
  player = await loadPlayer();
  player.rebuild();
});

/** Step the journey on `n` steps. */
function stepOn(n: number) {
  for (let i = 0; i < n; i++) player.stepForward();
}

describe('choosing an event (journey)', () => {
  it('inspects it and lights its parts, keeping the time, the figures and every row', () => {
    stepOn(20);
    const before = useUi.getState().live;
    const rows = recentEvents(200);
    const dnsQuery = rows.find((e) => e.kind === 'hop' && e.packet === 'dns-query')!;
    showEvent(dnsQuery);
    const after = useUi.getState();
    expect(after.inspected).toBe(dnsQuery);
    expect(after.live.simTime).toBe(before.simTime);
    expect(after.live.stepIndex).toBe(before.stepIndex);
    expect(after.live.metrics).toEqual(before.metrics);
    expect(recentEvents(200)).toEqual(rows);
    expect(after.highlight).toEqual({ nodes: ['browser', 'resolver'], links: ['browser-resolver'] });
    // Closing the inspector gives the diagram back to the current step.
    inspect(null);
    expect(useUi.getState().highlight).not.toEqual(after.highlight);
  });

  it('moves to the event only when asked, and keeps the later rows listed', () => {
    stepOn(20);
    const rows = recentEvents(200);
    const target = rows[3]!;
    jumpToEvent(target);
    const live = useUi.getState().live;
    expect(live.current).toBe(target);
    expect(live.stepIndex).toBe(3);
    expect(recentEvents(200)).toEqual(rows);
    // Play on from there: nothing listed twice.
    stepOn(2);
    expect(recentEvents(200)).toEqual(rows);
  });

  it('lists the cold request, then the warm one once it has started', () => {
    expect(journeyRequests().map((r) => [r.id, r.end])).toEqual([[0, undefined]]);
    player.seekStep(player.journeyEvents().length - 1);
    const [cold, warm] = journeyRequests();
    expect(cold).toMatchObject({ cold: true, outcome: 'ok' });
    expect(warm).toMatchObject({ cold: false, outcome: 'ok' });
    expect(warm!.start).toBeGreaterThan(cold!.end!);
  });
});

describe('choosing an event (traffic)', () => {
  beforeEach(() => {
    useUi.setState({ mode: 'traffic', rps: 50 });
    player.rebuild();
  });

  it('keeps the time and rows, and a jump back keeps the later rows', () => {
    player.seekTime(3);
    const rows = recentEvents(200);
    const early = rows[10]!;
    showEvent(early);
    expect(useUi.getState().live.simTime).toBe(3);
    expect(recentEvents(200)).toEqual(rows);
    jumpToEvent(early);
    expect(useUi.getState().live.simTime).toBe(early.t);
    expect(recentEvents(200)).toEqual(rows);
  });
});
