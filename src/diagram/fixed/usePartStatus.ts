import { useUi, type UiState } from '../../store/ui';
import { partText } from './parts';

/** English in the store and in `data-status`; the nodes show them through `tx` (the one-server nodes' STATUS_TEXT, registered). */
const WORDS = { up: '', down: 'down', restarting: 'restarting', reloading: 'reloading', slow: 'slow' } as const;

/** A part's status in words ('' when up), from the player's live parts: a machine down takes all it runs down too. */
export function statusWords(parts: UiState['live']['parts'], id: string): string {
  const machine = partText(id)?.machine;
  if (machine && parts?.[machine]?.status === 'down') return WORDS.down;
  const status = parts?.[id]?.status;
  return status ? WORDS[status] : '';
}

/** Subscribes to the words only, so a node re-renders when its status changes, not on every publish. */
export function usePartStatus(id: string): string {
  return useUi((s: UiState) => statusWords(s.live.parts, id));
}

/**
 * Every part's status that is not up, as one string: the nodes' accessible names carry their status,
 * and this changes only when a status does.
 */
export const selectStatusKey = (s: UiState): string =>
  Object.entries(s.live.parts ?? {})
    .filter(([, p]) => p.status !== 'up')
    .map(([id, p]) => `${id}:${p.status}`)
    .join(' ');
