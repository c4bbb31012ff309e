/**
 * What the learner has chosen (selection, mode, speed, failures, theme) plus a snapshot of the model's
 * live figures, published a few times a second by the player. Per-frame data never lives here.
 */
import { create } from 'zustand';
import type { BreakSceneId, SceneId } from '../content/sceneIds';
import type { ComponentId, ElementId, LinkId } from '../sim/topology';
import type { Metrics, RequestRecord, SeriesPoint, SimEvent, SimState } from '../sim/types';
import type { TopicId } from '../content/types';
import type { Chapter } from './chapters';
import type { BrowserTab } from './browserTabs';

export type Mode = 'journey' | 'traffic';
export type Theme = 'light' | 'dark' | 'contrast' | 'system';
export type PanelTab = 'explain' | 'failures' | 'events';
export type DeployMethod = 'nginx-restart' | 'app-restart' | 'nginx-reload';

/** A maintenance window the learner started, in simulated seconds. */
export interface DeployWindow {
  method: DeployMethod;
  start: number;
  end: number;
}

export interface Live {
  /** Simulated time shown now. */
  simTime: number;
  /** Journey: index of the current event in `steps`, and how many there are. */
  stepIndex: number;
  stepCount: number;
  /** The event the caption describes (journey), if any. */
  current: SimEvent | null;
  caption: string;
  metrics: Metrics | null;
  series: SeriesPoint[];
  /** The latest finished request from the learner's own browser. */
  lastRequest: RequestRecord | null;
  /** What the user's browser window shows now: a spinner while its request is on its way, then the result. */
  tab: BrowserTab;
  /** Traffic mode: the browsers of a few users (`USER_IDS`), each showing its latest request. */
  users: readonly BrowserTab[];
  /** How many packets are drawn right now. */
  packetsInFlight: number;
  /** Traffic: the speed the model reached when it could not keep up with the one chosen; null when it can. */
  runningAt: number | null;
  /** Up, down, restarting… for the server and each process on it. */
  status: SimState['status'];
}

/** The journey stopped after a chapter, waiting for the learner to continue. */
export interface ChapterPause {
  after: Chapter;
  /** The chapter Continue starts; null only if nothing follows. */
  next: Chapter | null;
  /** True when the next chapter belongs to the second (warm) request. */
  nextRequest: boolean;
}

export interface Highlight {
  nodes: readonly ComponentId[];
  links: readonly LinkId[];
}

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

/** Progress of a long seek: the model has run from `from` to `at` of the way to `target`. */
export interface Seeking {
  from: number;
  at: number;
  target: number;
}

export const INITIAL_CAPTION = 'Press Play to follow a request for www.foobar.com, hop by hop.';

export const EMPTY_LIVE: Live = {
  simTime: 0,
  stepIndex: 0,
  stepCount: 0,
  current: null,
  caption: INITIAL_CAPTION,
  metrics: null,
  series: [],
  lastRequest: null,
  tab: { state: 'idle' },
  users: [],
  packetsInFlight: 0,
  runningAt: null,
  status: { server: 'up', nginx: 'up', 'app-server': 'up', mysql: 'up' },
};

export const NO_HIGHLIGHT: Highlight = { nodes: [], links: [] };

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
  inspected: null,
  highlight: NO_HIGHLIGHT,
  live: EMPTY_LIVE,
  announcement: null,
  chapterPause: null,
  seeking: null,
};

export const useUi = create<UiState>()(() => INITIAL_UI);

export const selectReducedMotion = (s: UiState) => s.motionReduce || s.systemReducedMotion;
