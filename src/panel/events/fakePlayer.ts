/**
 * A stand-in for the store's player in component tests: serves hand-made events and records seeks.
 * Tests mock `../../store/appPlayer` with `{ getPlayer: () => fakePlayer }`.
 */
import { vi } from 'vitest';
import type { RequestRecord, SimEvent } from '../../sim/types';

export interface FakePlayer {
  events: SimEvent[];
  requests: Map<number, RequestRecord>;
  recentEvents: (limit: number) => SimEvent[];
  journeyEvents: () => readonly SimEvent[];
  requestRecord: (id: number) => RequestRecord | undefined;
  seekStep: ReturnType<typeof vi.fn>;
  seekTime: ReturnType<typeof vi.fn>;
  pause: ReturnType<typeof vi.fn>;
  refresh: ReturnType<typeof vi.fn>;
}

export function createFakePlayer(): FakePlayer {
  const player: FakePlayer = {
    events: [],
    requests: new Map(),
    recentEvents: (limit) => player.events.slice(-limit),
    journeyEvents: () => player.events,
    requestRecord: (id) => player.requests.get(id),
    seekStep: vi.fn(),
    seekTime: vi.fn(),
    pause: vi.fn(),
    refresh: vi.fn(),
  };
  return player;
}
