import { selectReducedMotion, useUi } from '../../store/ui';
import type { TabMark } from './tabText';
import '../../styles/tabs.css';

/** The mark before a tab's text: a spinner while waiting (still under reduced motion), ✓ or ✕ after. */
export function TabMarkIcon({ mark }: { mark: TabMark }) {
  const still = useUi(selectReducedMotion);
  if (mark === 'none') return null;
  if (mark === 'ok') return <span className="tab-mark" aria-hidden="true">✓</span>;
  if (mark === 'error') return <span className="tab-mark" aria-hidden="true">✕</span>;
  return (
    <svg className="tab-mark tab-mark--spinner" data-still={still || undefined} viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeOpacity="0.3" strokeWidth="2.2" />
      <path d="M8 2a6 6 0 0 1 6 6" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}
