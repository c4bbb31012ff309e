import '../../styles/failures.css';
import type { BreakSceneId } from '../../content/scenes';
import { fullViewHref } from '../../embed/fullView';
import { t } from '../../i18n/t';
import { togglePlay } from '../../store/actions';
import { useUi, type UiState } from '../../store/ui';
import { BreakScene } from './BreakScene';

const selectPlaying = (s: UiState) => s.playing;

/** A "Break it" scene shown alone under the diagram (`?scene=spof|deploy|scale`). Lazy-loaded by the app. */
export default function SceneView({ scene }: { scene: BreakSceneId }) {
  return (
    <div className="scene-host">
      <BreakScene id={scene} standalone toolbar={<SceneToolbar />} />
    </div>
  );
}

/** Pause the traffic (moving content must be stoppable) or open the whole tool. */
function SceneToolbar() {
  const playing = useUi(selectPlaying);
  return (
    <div className="scene__toolbar">
      <button type="button" className="btn btn--small" onClick={togglePlay} aria-keyshortcuts="Space">
        {playing ? t('Pause') : t('Play')}
      </button>
      <a className="open-full" href={fullViewHref()} target="_blank" rel="noopener">
        {t('Open full view')}
        <span className="visually-hidden"> {t('(opens in a new tab)')}</span> ↗
      </a>
    </div>
  );
}
