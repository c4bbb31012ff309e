import { setMotionReduce, setTheme } from '../store/actions';
import { useUi, type Theme, type UiState } from '../store/ui';
import { t } from '../i18n/t';
import { LangMenu } from './LangMenu';

const themes = (): { value: Theme; label: string }[] => [
  { value: 'system', label: t('System') },
  { value: 'light', label: t('Light') },
  { value: 'dark', label: t('Dark') },
  { value: 'contrast', label: t('High contrast') },
];

/** Language, theme and motion: the choices that change how the tool looks, not what it shows. */
export function ViewSettings() {
  const theme = useUi((s: UiState) => s.theme);
  const motionReduce = useUi((s: UiState) => s.motionReduce);
  const systemReduced = useUi((s: UiState) => s.systemReducedMotion);
  return (
    <div className="view-settings">
      <LangMenu />
      <label className="field">
        <span>{t('Theme')}</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          {themes().map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
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
        <span>{systemReduced ? t('Reduce motion (system setting)') : t('Reduce motion')}</span>
      </label>
    </div>
  );
}
