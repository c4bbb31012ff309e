import { setMotionReduce, setTheme } from '../store/actions';
import { useUi, type Theme, type UiState } from '../store/ui';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'contrast', label: 'High contrast' },
];

/** Theme and motion: the choices that change how the tool looks, not what it shows. */
export function ViewSettings() {
  const theme = useUi((s: UiState) => s.theme);
  const motionReduce = useUi((s: UiState) => s.motionReduce);
  const systemReduced = useUi((s: UiState) => s.systemReducedMotion);
  return (
    <div className="view-settings">
      <label className="field">
        <span>Theme</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          {THEMES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={motionReduce || systemReduced}
          disabled={systemReduced}
          onChange={(e) => setMotionReduce(e.target.checked)}
        />
        <span>Reduce motion{systemReduced ? ' (system setting)' : ''}</span>
      </label>
    </div>
  );
}
