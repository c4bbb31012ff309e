import { useEffect } from 'react';
import { useUi, type UiState } from '../store/ui';

const selectTheme = (s: UiState) => s.theme;

/** Apply the theme to the document and follow the system's reduced-motion setting. */
export function useThemeAndMotion() {
  const theme = useUi(selectTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia('(prefers-reduced-motion: reduce)');
    const apply = () => useUi.setState({ systemReducedMotion: mq.matches });
    apply();
    mq.addEventListener('change', apply);
    return () => mq.removeEventListener('change', apply);
  }, []);
}
