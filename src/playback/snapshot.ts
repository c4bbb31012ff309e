/**
 * What the player publishes and the learner's choices it reads: the shapes the store keeps, defined
 * here so playback needs nothing from the store.
 */
import type { ComponentId, LinkId } from '../sim/topology';
import type { ComponentStatus, Metrics, RequestRecord, SeriesPoint, SimEvent, SimState } from '../sim/types';
import type { Chapter } from './chapters';
import type { BrowserTab } from './browserTabs';

export type Mode = 'journey' | 'traffic';

/** A fixed design played live (issue 15): servers behind HAProxy, maybe a pair of balancers and a replica. */
export interface Design {
  servers: 2 | 3 | 4;
  /** Two HAProxy machines sharing the site's address (keepalived). */
  pair: boolean;
  /** A MySQL replica on a machine of its own. */
  replica: boolean;
  /** Deploys go server by server, each drained first (otherwise every server restarts at once). */
  rolling: boolean;
  /** How HAProxy picks a server: in turn, or the one with the fewest connections. */
  balance: 'roundrobin' | 'leastconn';
}

/** What a learner can break in a fixed design beside server 1: the balancer, the primary, the replica. */
export type DesignFault = 'lb-down' | 'db-down' | 'replica-down';

/**
 * Live figures of one part of a fixed design, by its id (`lb`, `server-2`, `nginx-2`, `app-server-2`,
 * `mysql`, …). Processes have a load (connections or workers); machines and the code base have 0 capacity.
 */
export interface PartLive {
  status: ComponentStatus;
  busy: number;
  capacity: number;
  queue: number;
  queueCapacity: number;
}
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
  /** A fixed design: every part's status and load by its own id; null on the one-server stack. */
  parts: Readonly<Record<string, PartLive>> | null;
  /** A fixed design's deploy is under way. */
  deploying: boolean;
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
  parts: null,
  deploying: false,
};

export const NO_HIGHLIGHT: Highlight = { nodes: [], links: [] };
