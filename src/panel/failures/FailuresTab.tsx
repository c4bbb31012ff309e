import '../../styles/failures.css';
import { t } from '../../i18n/t';
import type { BreakSceneId } from '../../content/scenes';
import { selectBreakScene } from '../../store/compareActions';
import { useUi } from '../../store/ui';
import { BreakScene } from './BreakScene';
import { ScenePicker, scenePanelId, sceneTabId } from './ScenePicker';

// `?compare=` shows its fix's scene until its replay starts.
const selectScene = selectBreakScene;

/**
 * The "Break it" tab: the three failure modes of the one-server stack as three scenes, one at a time,
 * each with its control and its chart together. Lazy-loaded by the side panel.
 */
export default function FailuresTab() {
  const scene: BreakSceneId = useUi(selectScene);
  return (
    <div className="failures">
      <h2>{t('Break it')}</h2>
      <p className="muted failures__intro">{t('One server runs everything, so three things go wrong. Pick one, break it, and watch the diagram.')}</p>
      <ScenePicker />
      <div role="tabpanel" id={scenePanelId(scene)} aria-labelledby={sceneTabId(scene)} className="scene-host">
        <BreakScene id={scene} />
      </div>
    </div>
  );
}
