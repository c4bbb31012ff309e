import { useEffect } from 'react';
import { useUi } from '../store/ui';

/** Embedded (and not a single scene), keep the panel in view under the pinned diagram; loaded only then. */
export function usePanelInView() {
  useEffect(() => {
    const { embed, scene } = useUi.getState();
    if (!embed || scene) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./panelInView').then((m) => {
      if (!cancelled) stop = m.keepPanelInView();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
}
