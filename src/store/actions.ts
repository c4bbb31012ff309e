/**
 * What views may do. Each action changes the store and, where the model is concerned, tells the player.
 * No DOM here: focus is the views' business (panel/useReturnFocus.ts).
 */
import type { BreakSceneId } from '../content/sceneIds';
import { isElementId, type ElementId } from '../sim/topology';
import { withPlayer } from './playerHandle';
import type { Sprite } from '../playback/sprite';
import { useUi, type DeployMethod, type Mode, type PanelTab, type Theme } from './ui';
import type { TopicId } from '../content/types';
import { LIMITS } from '../url/params';
import { t, tx } from '../i18n/t';

const TRAFFIC_LIMITS = LIMITS.rps;

/** Open the explanation of a component or link (or close it with `null`). */
export function select(id: ElementId | null): void {
  useUi.setState({ selected: id, topic: null, panelTab: 'explain', walkthrough: false, walkHighlight: [], panelVisible: id ? true : useUi.getState().panelVisible });
}

/** Open the explanation of an idea drawn inside a node (the DNS record, the domain name). */
export function openTopic(id: TopicId): void {
  select(null);
  useUi.setState({ topic: id, panelVisible: true });
}

/** Select from untrusted input (a message, a URL): unknown ids give a notice and change nothing else. */
export function selectUntrusted(id: unknown): boolean {
  if (id === null) {
    select(null);
    return true;
  }
  if (!isElementId(id)) {
    notify(t('There is no component called “{id}”; showing the default view.', { id: String(id).slice(0, 40) }));
    return false;
  }
  select(id);
  return true;
}

export function setPanelTab(tab: PanelTab): void {
  useUi.setState({ panelTab: tab });
}

/** Show one scene of the "Break it" tab. */
export function setBreakScene(scene: BreakSceneId): void {
  useUi.setState({ breakScene: scene });
}

export function setMode(mode: Mode): void {
  if (useUi.getState().mode === mode) return;
  useUi.setState({ mode, playing: false, inspected: null, deploys: [] });
  withPlayer((p) => {
    p.rebuild();
    if (mode === 'traffic') p.play();
  });
}

export function togglePlay(): void {
  withPlayer((p) => (useUi.getState().playing ? p.pause() : p.play()));
}

export const play = () => withPlayer((p) => p.play());
export const pause = () => withPlayer((p) => p.pause());
export const stepForward = () => withPlayer((p) => p.stepForward());
export const stepBack = () => withPlayer((p) => p.stepBack());
export const restart = () => withPlayer((p) => p.restart());
export const seek = (t: number) => withPlayer((p) => p.seekTime(t));
/** Stop a long seek; the diagram stays at the time it showed before. */
export const cancelSeek = () => withPlayer((p) => p.cancelSeek());

/** Hand the player the function that draws packets (the canvas layer); returns how to take it back. */
export function attachPacketDrawer(draw: (sprites: readonly Sprite[]) => void): () => void {
  let attached = true;
  withPlayer((p) => {
    if (!attached) return;
    p.setDrawFn(draw);
    draw(p.currentSprites());
  });
  return () => {
    attached = false;
    withPlayer((p) => p.setDrawFn(null));
  };
}

/** The diagram scrolled into or out of view: the animation loop sleeps while no one can see it. */
export function setDiagramVisible(visible: boolean): void {
  withPlayer((p) => p.setVisible(visible));
}

/** The OS reduced-motion setting changed: the diagram switches between packets and highlights. */
export function setSystemReducedMotion(on: boolean): void {
  useUi.setState({ systemReducedMotion: on });
  withPlayer((p) => p.refresh());
}

export function setSpeed(speed: number): void {
  useUi.setState({ speed });
}

export function setTheme(theme: Theme): void {
  useUi.setState({ theme });
}

/** Reduced motion on or off; the diagram switches between packets and highlights at once. */
export function setMotionReduce(on: boolean): void {
  useUi.setState({ motionReduce: on });
  withPlayer((p) => p.refresh());
}

/** Traffic at `rps` (clamped to what a URL allows), switching to traffic mode if needed. */
export function setTraffic(rps: number): void {
  setMode('traffic');
  setRate(Math.min(Math.max(rps, TRAFFIC_LIMITS.min), TRAFFIC_LIMITS.max));
}

export function setSpof(on: boolean): void {
  if (useUi.getState().spof === on) return;
  withPlayer((p) => p.setSpof(on));
  const one = useUi.getState().fixes.length === 0 || useUi.getState().mode === 'journey';
  announce(
    on
      ? one ? t('Single point of failure on: the server is down.') : t('Server 1 is down: HAProxy stops sending it requests once 3 health checks in a row have failed.')
      : one ? t('Single point of failure off: the server boots again.') : t('Server 1 boots again: HAProxy sends it requests after 2 health checks pass.'),
  );
}

let announcementId = 0;
/** Say something once to screen readers. */
export function announce(text: string): void {
  useUi.setState({ announcement: { id: ++announcementId, text } });
}

export function setRate(rps: number): void {
  withPlayer((p) => p.setRate(rps));
}

/** Said through `tx` when a window starts; listed for the French in i18n/registry/diagram.ts. */
export const DEPLOY_ANNOUNCEMENT: Record<DeployMethod, string> = {
  'nginx-restart': 'Maintenance window: Nginx is restarting; new connections are refused.',
  'app-restart': 'Maintenance window: the application server is restarting; Nginx answers 502 Bad Gateway.',
  'nginx-reload': 'Nginx reloads its configuration gracefully; no request should be lost.',
};

export function deploy(method: DeployMethod): void {
  withPlayer((p) => p.deploy(method));
  announce(tx(DEPLOY_ANNOUNCEMENT[method]));
}

/** Open an event in the inspector (or close it with `null`); while paused, the diagram lights its parts. */
export function inspect(event: import('../sim/types').SimEvent | null): void {
  useUi.setState({ inspected: event, panelTab: event ? 'events' : useUi.getState().panelTab, panelVisible: true });
  // The player works out what is lit; ask it again now the inspected event changed.
  withPlayer((p) => p.refresh());
}

export function notify(message: string): void {
  const notices = useUi.getState().notices;
  if (!notices.includes(message)) useUi.setState({ notices: [...notices.slice(-4), message] });
}

export function dismissNotice(message: string): void {
  useUi.setState({ notices: useUi.getState().notices.filter((n) => n !== message) });
}

export function setHelpOpen(open: boolean): void {
  useUi.setState({ helpOpen: open });
}

export function setShareOpen(open: boolean): void {
  useUi.setState({ shareOpen: open });
}

/** Show the whiteboard rehearsal in place of the diagram, or go back to it. */
export function setRehearseOpen(open: boolean): void {
  useUi.setState({ rehearseOpen: open });
}

export function setWalkthrough(on: boolean, step = 0): void {
  // The walkthrough needs the diagram, so it leaves the rehearsal.
  useUi.setState({ walkthrough: on, walkStep: step, panelTab: 'explain', panelVisible: true, selected: null, topic: null, ...(on ? { rehearseOpen: false } : {}) });
  if (!on) useUi.setState({ walkHighlight: [] });
}

export function setWalkStep(index: number): void {
  useUi.setState({ walkStep: index });
}

/** Show one walkthrough step: light its components and, in the journey, seek to its moment. */
export function showWalkStep(index: number, highlight: readonly ElementId[], anchor?: string): void {
  useUi.setState({ walkStep: index, walkHighlight: highlight });
  if (anchor && useUi.getState().mode === 'journey') withPlayer((p) => p.seekToPacket(anchor));
}
