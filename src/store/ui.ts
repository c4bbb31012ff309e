/**
 * What the learner has chosen (selection, mode, speed, failures, theme) plus a snapshot of the model's
 * live figures, published a few times a second by the player. Per-frame data never lives here.
 */
import { create } from 'zustand';
import type { Lang } from '../i18n/lang';
import type { BreakSceneId, SceneId } from '../content/sceneIds';
import type { ModelFix } from '../sim/fixIds';
import type { ElementId } from '../sim/topology';
import type { SimEvent } from '../sim/types';
import type { TopicId } from '../content/types';
import type { UrlCompare } from '../url/params';
import { EMPTY_LIVE, NO_HIGHLIGHT } from '../playback/snapshot';
import type { ChapterPause, DeployWindow, DesignFault, Highlight, Live, Mode, Seeking } from '../playback/snapshot';

export type { ChapterPause, DeployMethod, DeployWindow, Design, DesignFault, Highlight, Live, Mode, PartLive, Seeking } from '../playback/snapshot';
export { EMPTY_LIVE, INITIAL_CAPTION, NO_HIGHLIGHT } from '../playback/snapshot';

export type Theme = 'light' | 'dark' | 'contrast' | 'system';
export type PanelTab = 'explain' | 'failures' | 'events';

export interface UiState {
  selected: ElementId | null;
  /** An explanation with no box of its own (the domain name, the DNS record), opened from inside a node. */
  topic: TopicId | null;
  panelTab: PanelTab;
  /** The scene the "Break it" tab shows. */
  breakScene: BreakSceneId;
  /** A scene shown alone (`?scene=`), or `null` for the whole tool. */
  scene: SceneId | null;
  walkthrough: boolean;
  walkStep: number;
  /** Components and links the current walkthrough step lights up. */
  walkHighlight: readonly ElementId[];
  mode: Mode;
  playing: boolean;
  speed: number;
  /** From `?motion=reduce` or the in-app switch; the system preference is added in `useReducedMotion`. */
  motionReduce: boolean;
  systemReducedMotion: boolean;
  theme: Theme;
  spof: boolean;
  /** What is broken in a fixed design beside server 1 (ignored on the one-server stack). */
  faults: DesignFault[];
  rps: number;
  seed: number;
  deploys: DeployWindow[];
  notices: string[];
  embed: boolean;
  panelVisible: boolean;
  controlsVisible: boolean;
  origins: string[];
  helpOpen: boolean;
  shareOpen: boolean;
  /** Ask a prediction before each scene plays (`?quiz=0` turns it off). */
  quiz: boolean;
  /** The whiteboard rehearsal is shown in place of the diagram (`?rehearse=1`). */
  rehearseOpen: boolean;
  /** The fix whose side-by-side replay the page opened with (`?compare=`), or null. */
  compare: UrlCompare | null;
  /**
   * The fixed design a link asks for (`?fixes=`, `?servers=`), kept so the link round-trips. The views
   * still show the one-server stack: nothing reads these yet (issue 15's diagram work).
   */
  fixes: ModelFix[];
  servers: number | null;
  /** Scaling up (`?workers=`, `?cores=`): each server's application workers and CPU cores; null: the model's. */
  workers: number | null;
  cores: number | null;
  /** HAProxy's `balance` in a fixed design (`?balance=`). */
  balance: 'roundrobin' | 'leastconn';
  /** The language the learner or the link chose (`?lang=`, the menu); null: the browser's, not written to links. */
  lang: Lang | null;
  /** Packet or event row opened in the inspector. */
  inspected: SimEvent | null;
  highlight: Highlight;
  live: Live;
  /** A state change to announce once to screen readers (a failure switched on, a deploy starting). */
  announcement: { id: number; text: string } | null;
  /** Set while the journey waits at the end of a chapter. */
  chapterPause: ChapterPause | null;
  /** A long seek under way: the time it goes to, and how far the model has run (simulated seconds). */
  seeking: Seeking | null;
}

export const INITIAL_UI: UiState = {
  selected: null,
  topic: null,
  panelTab: 'explain',
  breakScene: 'spof',
  scene: null,
  walkthrough: false,
  walkStep: 0,
  walkHighlight: [],
  mode: 'journey',
  playing: false,
  speed: 1,
  motionReduce: false,
  systemReducedMotion: false,
  theme: 'system',
  spof: false,
  faults: [],
  rps: 20,
  seed: 1,
  deploys: [],
  notices: [],
  embed: false,
  panelVisible: true,
  controlsVisible: true,
  origins: [],
  helpOpen: false,
  shareOpen: false,
  quiz: true,
  rehearseOpen: false,
  compare: null,
  fixes: [],
  servers: null,
  workers: null,
  cores: null,
  balance: 'roundrobin',
  lang: null,
  inspected: null,
  highlight: NO_HIGHLIGHT,
  live: EMPTY_LIVE,
  announcement: null,
  chapterPause: null,
  seeking: null,
};

export const useUi = create<UiState>()(() => INITIAL_UI);

export const selectReducedMotion = (s: UiState) => s.motionReduce || s.systemReducedMotion;
