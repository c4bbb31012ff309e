import { useMemo } from 'react';
import { recentEvents } from '../../store/queries';
import { useUi, type UiState } from '../../store/ui';
import type { SimEvent } from '../../sim/types';

/** How many events the table keeps: enough to scroll back through a few requests. */
export const TABLE_LIMIT = 200;

// Each snapshot (a few a second at most) is a key: a model in a worker answers with the next one.
const selectLive = (s: UiState) => s.live;
const selectMode = (s: UiState) => s.mode;

/** The player's recent events, newest last, re-read whenever the player publishes. */
export function useRecentEvents(): readonly SimEvent[] {
  const live = useUi(selectLive);
  const mode = useUi(selectMode);
  return useMemo(() => readRecent(live, mode), [live, mode]);
}

/** The snapshot is the cache key: the player answers for wherever it is now. */
function readRecent(_live: UiState['live'], _mode: UiState['mode']): readonly SimEvent[] {
  return recentEvents(TABLE_LIMIT);
}
