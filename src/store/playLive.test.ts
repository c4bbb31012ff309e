import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_PLAN } from '../panel/failures/replayCopy';
import { playLive } from './designActions';
import { selectDesign } from './design';
import { INITIAL_UI, useUi } from './ui';

// The store, not the model: the player is never started here.
vi.mock('./playerHandle', () => ({ withPlayer: () => {}, loadPlayer: () => new Promise(() => {}) }));

describe('a replay, watched on the diagram', () => {
  beforeEach(() => useUi.setState({ ...INITIAL_UI, faults: ['replica-down'], workers: 3 }, true));

  it('plays the replay’s last design with its traffic and fault, from a clean slate', () => {
    playLive(LIVE_PLAN.replica.plan);
    expect(useUi.getState()).toMatchObject({ mode: 'traffic', rps: 50, spof: false, faults: ['db-down'], workers: null, cores: null });
    expect(selectDesign(useUi.getState())).toMatchObject({ servers: 2, replica: true });
    playLive(LIVE_PLAN['scale-up'].plan);
    expect(useUi.getState()).toMatchObject({ fixes: [], workers: 9, cores: 4, rps: 200, faults: [] });
    expect(selectDesign(useUi.getState())).toBeNull();
    playLive(LIVE_PLAN.lb.plan);
    expect(useUi.getState()).toMatchObject({ fixes: ['lb'], servers: 2, spof: true });
  });
});
