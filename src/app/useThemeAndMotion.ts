import { useEffect, useLayoutEffect } from 'react';
import { setSystemReducedMotion } from '../store/actions';
import { useUi, type UiState } from '../store/ui';

const selectTheme = (s: UiState) => s.theme;

/** Apply the theme to the document and follow the system's reduced-motion setting. */
export function useThemeAndMotion() {
  const theme = useUi(selectTheme);
  // Layout effect: the packet layer reads theme colours in its own effect, which must see the new theme.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia('(prefers-reduced-motion: reduce)');
    const apply = () => setSystemReducedMotion(mq.matches);
    apply();
    mq.addEventListener('change', apply);
    return () => mq.removeEventListener('change', apply);
  }, []);
}
