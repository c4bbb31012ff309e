import { useEffect } from 'react';

/** When framed, load and start the host-page bridge (not needed, so not loaded, on a plain page). */
export function useEmbedBridge() {
  useEffect(() => {
    if (window.parent === window) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./bridge').then((m) => {
      if (!cancelled) stop = m.startEmbedBridge();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
}
