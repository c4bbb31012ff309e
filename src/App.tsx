import { t } from './i18n/t';
import { lazy, Suspense } from 'react';
import { Diagram } from './diagram/Diagram';
import { Header } from './app/Header';
import { ModeSwitch } from './app/ModeSwitch';
import { Notices } from './app/Notices';
import { Controls } from './panel/Controls';
import { Caption } from './panel/Caption';
import { SidePanel } from './panel/SidePanel';
import { MetricsSkeleton } from './panel/MetricsSkeleton';
import { useReturnFocus } from './panel/useReturnFocus';
import { useShortcuts } from './app/useShortcuts';
import { useThemeAndMotion } from './app/useThemeAndMotion';
import { useUrlSync } from './store/urlState';
import { useEmbedBridge } from './embed/useEmbedBridge';
import { usePanelInView } from './embed/usePanelInView';
import { isBreakScene } from './content/sceneIds';
import { useUi, type UiState } from './store/ui';

const HelpDialog = lazy(() => import('./app/HelpDialog'));
const ShareDialog = lazy(() => import('./app/ShareDialog'));
const SceneView = lazy(() => import('./panel/failures/SceneView'));
const RehearseView = lazy(() => import('./rehearse/RehearseView'));
// It shows nothing until the player has published figures, which loads after the first paint too.
const MetricsStrip = lazy(() => import('./panel/MetricsStrip').then((m) => ({ default: m.MetricsStrip })));

/** For CSS (`[data-layout^='embed']`, `[data-layout^='scene']`), as one attribute. */
const selectLayout = (s: UiState) =>
  s.scene
    ? `scene ${s.scene}`
    : `${s.embed ? 'embed' : 'full'} ${s.panelVisible ? 'panel' : 'nopanel'} ${s.controlsVisible ? 'controls' : 'nocontrols'}`;

export function App({ syncUrl }: { syncUrl: boolean }) {
  const layout = useUi(selectLayout);
  const scene = useUi((s: UiState) => s.scene);
  const embed = useUi((s: UiState) => s.embed);
  const panel = useUi((s: UiState) => s.panelVisible);
  const controls = useUi((s: UiState) => s.controlsVisible);
  const helpOpen = useUi((s: UiState) => s.helpOpen);
  const shareOpen = useUi((s: UiState) => s.shareOpen);
  const rehearse = useUi((s: UiState) => s.rehearseOpen);
  useThemeAndMotion();
  useShortcuts();
  useReturnFocus();
  useUrlSync(syncUrl);
  useEmbedBridge();
  usePanelInView();

  const dialogs = (
    <Suspense fallback={null}>
      {helpOpen && <HelpDialog />}
      {shareOpen && <ShareDialog />}
    </Suspense>
  );

  // A scene alone: the diagram, the caption and the scene's one control and chart (or the playback controls).
  if (scene) {
    return (
      <div className="app" data-layout={layout}>
        <Notices />
        <main className="workspace">
          <section className="stage" aria-label={t('The web stack')}>
            {scene === 'journey' && <Controls />}
            <Diagram />
            <Caption />
          </section>
          {isBreakScene(scene) && (
            <Suspense fallback={null}>
              <SceneView scene={scene} />
            </Suspense>
          )}
        </main>
        {dialogs}
      </div>
    );
  }

  // Embedded, the playback bar (with the mode switch the header would hold) spans the frame, and the metrics
  // sit outside the stage so the diagram and its caption can stay in view while the panel scrolls.
  return (
    <div className="app" data-layout={layout}>
      {!embed && <Header />}
      <Notices />
      {embed && controls && (
        <div className="embed-bar">
          <ModeSwitch />
          <Controls />
        </div>
      )}
      {rehearse && (
        <Suspense fallback={null}>
          <RehearseView />
        </Suspense>
      )}
      {/* Kept mounted under the rehearsal, so going back finds the diagram as it was. */}
      <main className="workspace" hidden={rehearse}>
        <section className="stage" aria-label={t('The web stack')}>
          {!embed && controls && <Controls />}
          <Diagram />
          <Caption />
          {!embed && (
            <Suspense fallback={<MetricsSkeleton />}>
              <MetricsStrip />
            </Suspense>
          )}
        </section>
        {embed && (
          <Suspense fallback={<MetricsSkeleton />}>
            <MetricsStrip />
          </Suspense>
        )}
        {panel && <SidePanel />}
      </main>
      {dialogs}
    </div>
  );
}
