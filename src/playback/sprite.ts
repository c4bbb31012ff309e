import type { HopEvent } from '../sim/types';

/** A packet to draw: where it is along its hop, and how it looks. */
export interface Sprite {
  event: HopEvent;
  /** 0..1 along the hop from `from` to `to`. */
  progress: number;
  /** 1 normally; falls to 0 as a lost packet fades where it was lost. */
  opacity: number;
}

export const notState = (e: { kind: string }) => e.kind !== 'state';
