import { useEffect, type RefObject } from 'react';
import type { Orientation } from './layout';

/**
 * On a phone or at 200 % zoom (the narrow arrangement, taller than the window), keeps each journey step
 * on screen: the page scrolls to the part of the diagram a step lights, unless the learner has scrolled
 * the diagram away (followActive.ts, loaded only for this arrangement).
 */
export function useFollowActive(container: RefObject<HTMLElement | null>, orientation: Orientation): void {
  useEffect(() => {
    if (orientation !== 'narrow') return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./followActive').then((m) => {
      if (!cancelled && container.current) stop = m.followJourney(container.current);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [container, orientation]);
}
