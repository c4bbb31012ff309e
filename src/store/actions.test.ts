import { beforeEach, describe, expect, it } from 'vitest';
import { deploy, restart, select, setTraffic, showWalkStep, stepBack, stepForward } from './actions';
import { loadPlayer } from './playerHandle';
import { INITIAL_UI, useUi } from './ui';

describe('actions', () => {
  beforeEach(async () => {
    useUi.setState(INITIAL_UI);
    (await loadPlayer()).rebuild();
  });

  it('sets traffic within the allowed range, switching to traffic mode', async () => {
    setTraffic(5000);
    await loadPlayer();
    expect(useUi.getState()).toMatchObject({ mode: 'traffic', rps: 2000 });
    setTraffic(-3);
    expect(useUi.getState().rps).toBe(0);
  });

  it('drops the walkthrough’s highlight when a component is selected', () => {
    showWalkStep(2, ['resolver', 'root']);
    select('nginx');
    expect(useUi.getState().walkHighlight).toEqual([]);
    expect(useUi.getState().selected).toBe('nginx');
  });

  it('starts a new traffic run without the old run’s deploy windows or inspected packet', async () => {
    setTraffic(50);
    const player = await loadPlayer();
    player.seekTime(3);
    deploy('nginx-restart');
    useUi.setState({ inspected: useUi.getState().live.current });
    expect(useUi.getState().deploys).toHaveLength(1);
    restart();
    expect(useUi.getState().deploys).toEqual([]);
    expect(useUi.getState().inspected).toBeNull();
  });

  it('steps forward in traffic even when paused at the newest time, and back again', async () => {
    setTraffic(50);
    const player = await loadPlayer();
    player.pause();
    player.seekTime(2);
    const t0 = useUi.getState().live.simTime;
    stepForward();
    const t1 = useUi.getState().live.simTime;
    expect(t1).toBeGreaterThan(t0);
    expect(useUi.getState().live.current).not.toBeNull();
    stepBack();
    expect(useUi.getState().live.simTime).toBeLessThan(t1);
  });

  it('draws packets again after stepping back then playing on', async () => {
    setTraffic(100);
    const player = await loadPlayer();
    player.seekTime(6);
    player.seekTime(3);
    // Advance the clock by hand (no animation frames in tests), past every hop in flight at the seek.
    const track = (player as unknown as { track: { advance: (dt: number, speed: number) => void; sprites: (s: number) => unknown[] } }).track;
    track.advance(1, 1);
    expect(track.sprites(1).length).toBeGreaterThan(0);
  });
});
