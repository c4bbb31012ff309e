import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseUrlState } from '../url/parse';
import { serializeUrlState } from '../url/serialize';
import { INITIAL_UI, useUi } from './ui';

const player = { rebuild: vi.fn(), play: vi.fn() };
vi.mock('./playerHandle', () => ({ loadPlayer: () => Promise.resolve(player) }));
const { initFromSearch, sceneMode } = await import('./urlState');
const { currentUrlState } = await import('./urlWriter');

beforeEach(() => {
  useUi.setState(INITIAL_UI, true);
  vi.clearAllMocks();
});

describe('sceneMode', () => {
  it('runs traffic for the failure scenes and the journey for the journey scene, whatever was asked', () => {
    for (const asked of ['journey', 'traffic'] as const) {
      expect(sceneMode(null, asked)).toBe(asked);
      expect(sceneMode('journey', asked)).toBe('journey');
      for (const scene of ['spof', 'deploy', 'scale'] as const) expect(sceneMode(scene, asked)).toBe('traffic');
    }
  });
});

describe('initFromSearch with ?scene=', () => {
  it('shows the scene alone, in traffic mode, and starts the traffic', async () => {
    initFromSearch('?scene=deploy');
    expect(useUi.getState()).toMatchObject({ scene: 'deploy', breakScene: 'deploy', mode: 'traffic', panelTab: 'failures', notices: [] });
    await vi.waitFor(() => expect(player.play).toHaveBeenCalled());
  });

  it('keeps the journey scene in journey mode, paused', async () => {
    initFromSearch('?scene=journey&mode=traffic');
    expect(useUi.getState()).toMatchObject({ scene: 'journey', mode: 'journey', breakScene: 'spof' });
    await vi.waitFor(() => expect(player.rebuild).toHaveBeenCalled());
    expect(player.play).not.toHaveBeenCalled();
  });

  it('ignores a bad scene with a notice and changes nothing else', async () => {
    await initFromSearch('?scene=outage&mode=traffic&rps=300');
    expect(useUi.getState()).toMatchObject({ scene: null, breakScene: 'spof', mode: 'traffic', rps: 300, panelTab: 'explain' });
    expect(useUi.getState().notices).toEqual(['scene "outage" is not one of spof, deploy, scale, journey, none; ignored.']);
  });

  it('writes the scene back to the address', () => {
    initFromSearch('?scene=scale&rps=250');
    expect(parseUrlState(serializeUrlState(currentUrlState())).state).toMatchObject({ scene: 'scale', mode: 'traffic', rps: 250 });
  });
});
