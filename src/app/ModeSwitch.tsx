import { t } from '../i18n/t';
import { setMode } from '../store/actions';
import { useUi, type Mode, type UiState } from '../store/ui';

const selectMode = (s: UiState) => s.mode;

const modes = (): { value: Mode; label: string }[] => [
  { value: 'journey', label: t('One request') },
  { value: 'traffic', label: t('Traffic') },
];

/** Watch one request's journey, or many browsers at once. */
export function ModeSwitch() {
  const mode = useUi(selectMode);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('What to watch')}</legend>
      {modes().map((m) => (
        <label key={m.value} className="segmented__option">
          <input type="radio" name="mode" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} />
          <span>{m.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
