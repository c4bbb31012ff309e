import { useMemo } from 'react';
import { recentEvents } from '../../store/queries';
import { useUi, type UiState } from '../../store/ui';
import type { SimEvent } from '../../sim/types';

/** How many events the table keeps: enough to scroll back through a few requests. */
export const TABLE_LIMIT = 200;

// Primitives only: the live snapshot object changes on every publish.
const selectSimTime = (s: UiState) => s.live.simTime;
const selectStepIndex = (s: UiState) => s.live.stepIndex;
const selectMode = (s: UiState) => s.mode;

/** The player's recent events, newest last, re-read whenever the playback moves. */
export function useRecentEvents(): readonly SimEvent[] {
  const simTime = useUi(selectSimTime);
  const stepIndex = useUi(selectStepIndex);
  const mode = useUi(selectMode);
  return useMemo(() => readRecent({ simTime, stepIndex, mode }), [simTime, stepIndex, mode]);
}

/** The playback position is the cache key: the player answers for wherever it is now. */
function readRecent(_position: { simTime: number; stepIndex: number; mode: UiState['mode'] }): readonly SimEvent[] {
  return recentEvents(TABLE_LIMIT);
}
