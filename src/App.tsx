import { lazy, Suspense } from 'react';
import { Diagram } from './diagram/Diagram';
import { Header } from './app/Header';
import { Notices } from './app/Notices';
import { Controls } from './panel/Controls';
import { Caption } from './panel/Caption';
import { MetricsStrip } from './panel/MetricsStrip';
import { SidePanel } from './panel/SidePanel';
import { useShortcuts } from './app/useShortcuts';
import { useThemeAndMotion } from './app/useThemeAndMotion';
import { useUrlSync } from './store/urlState';
import { useEmbedBridge } from './embed/useEmbedBridge';
import { useUi, type UiState } from './store/ui';

const HelpDialog = lazy(() => import('./app/HelpDialog'));
const ShareDialog = lazy(() => import('./app/ShareDialog'));

/** For CSS (`[data-layout^='embed']`), as one attribute. */
const selectLayout = (s: UiState) => `${s.embed ? 'embed' : 'full'} ${s.panelVisible ? 'panel' : 'nopanel'} ${s.controlsVisible ? 'controls' : 'nocontrols'}`;

export function App({ syncUrl }: { syncUrl: boolean }) {
  const layout = useUi(selectLayout);
  const embed = useUi((s: UiState) => s.embed);
  const panel = useUi((s: UiState) => s.panelVisible);
  const controls = useUi((s: UiState) => s.controlsVisible);
  const helpOpen = useUi((s: UiState) => s.helpOpen);
  const shareOpen = useUi((s: UiState) => s.shareOpen);
  useThemeAndMotion();
  useShortcuts();
  useUrlSync(syncUrl);
  useEmbedBridge();

  return (
    <div className="app" data-layout={layout}>
      {!embed && <Header />}
      <Notices />
      <main className="workspace">
        <section className="stage" aria-label="The web stack">
          {controls && <Controls />}
          <Diagram />
          <Caption />
          <MetricsStrip />
        </section>
        {panel && <SidePanel />}
      </main>
      <Suspense fallback={null}>
        {helpOpen && <HelpDialog />}
        {shareOpen && <ShareDialog />}
      </Suspense>
    </div>
  );
}
