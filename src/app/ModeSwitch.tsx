import { setMode } from '../store/actions';
import { useUi, type Mode, type UiState } from '../store/ui';

const selectMode = (s: UiState) => s.mode;

const MODES: { value: Mode; label: string }[] = [
  { value: 'journey', label: 'One request' },
  { value: 'traffic', label: 'Traffic' },
];

/** Watch one request's journey, or many browsers at once. */
export function ModeSwitch() {
  const mode = useUi(selectMode);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">What to watch</legend>
      {MODES.map((m) => (
        <label key={m.value} className="segmented__option">
          <input type="radio" name="mode" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} />
          <span>{m.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
