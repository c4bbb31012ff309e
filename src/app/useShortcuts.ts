import { useEffect } from 'react';
import { restart, setHelpOpen, stepBack, stepForward, togglePlay } from '../store/actions';
import { ownsKeys } from './shortcuts';

/** Space, arrows, R and ? work anywhere except where the focused control needs the key itself. */
export function useShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (ownsKeys(e.target, e.key)) return;
      const actions: Record<string, () => void> = {
        ' ': togglePlay,
        ArrowRight: stepForward,
        ArrowLeft: stepBack,
        r: restart,
        R: restart,
        '?': () => setHelpOpen(true),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
