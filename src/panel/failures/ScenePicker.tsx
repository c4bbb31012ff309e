import { useRef, type KeyboardEvent } from 'react';
import { BREAK_SCENE_IDS, SCENES, type BreakSceneId } from '../../content/scenes';
import { setBreakScene } from '../../store/actions';
import { t, tx } from '../../i18n/t';
import { selectBreakScene } from '../../store/compareActions';
import { useUi, type UiState } from '../../store/ui';

// `?compare=` shows its fix's scene until its replay starts.
const selectScene = selectBreakScene;
const selectSpof = (s: UiState) => s.spof;

/** The id of a scene's tab and of the panel it controls. */
export const sceneTabId = (id: BreakSceneId) => `scene-tab-${id}`;
export const scenePanelId = (id: BreakSceneId) => `scene-panel-${id}`;

/** Tabs for the three scenes of "Break it"; arrow keys move between them, as in the panel's own tabs. */
export function ScenePicker() {
  const scene = useUi(selectScene);
  const spof = useUi(selectSpof);
  const refs = useRef<Partial<Record<BreakSceneId, HTMLButtonElement | null>>>({});
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = BREAK_SCENE_IDS.indexOf(scene);
    const n = BREAK_SCENE_IDS.length;
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const id = BREAK_SCENE_IDS[(next + n) % n]!;
    setBreakScene(id);
    refs.current[id]?.focus();
  };
  return (
    <div className="scene-picker" role="tablist" aria-label={t('What to break')}>
      {BREAK_SCENE_IDS.map((id) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[id] = el;
          }}
          type="button"
          role="tab"
          id={sceneTabId(id)}
          aria-selected={scene === id}
          aria-controls={scene === id ? scenePanelId(id) : undefined}
          tabIndex={scene === id ? 0 : -1}
          className="scene-picker__tab"
          onClick={() => setBreakScene(id)}
          onKeyDown={onKey}
        >
          {tx(SCENES[id].label)}
          {id === 'spof' && spof && <span className="scene-picker__on"> {t('(on)')}</span>}
        </button>
      ))}
    </div>
  );
}
