/**
 * The state a URL may carry (`?select=nginx&failure=spof&embed=1`), parsed against an allow-list.
 *
 * Convention from PhET's query parameters: every key is typed and checked, unknown keys are ignored,
 * and a bad value never stops the tool; it falls back to the default and says so in a notice.
 */
import { SCENE_IDS, type SceneId } from '../content/sceneIds';
import { MAX_SERVERS, MODEL_FIXES, type ModelFix } from '../sim/fixIds';
import { isElementId, type ElementId } from '../sim/topology';
import { displayValue, quoteValue, type Note, type Notice } from './notice';
import { LANGS, type Lang } from '../i18n/lang';
import { readOrigins } from './origins';

/**
 * The failure a URL can switch on: the single point of failure (the one server goes down; with a
 * fixed design, server 1), or with a fixed design its balancer going down (`lb`).
 */
export type UrlFailure = 'spof' | 'lb';
/** One request followed step by step, or many requests at a rate. */
export type ViewMode = 'journey' | 'traffic';
/** `reduce` turns animation off; `auto` follows the reader's system setting. */
export type MotionPreference = 'reduce' | 'auto';
/** `system` follows the reader's colour-scheme and contrast settings. */
export type ThemeChoice = 'light' | 'dark' | 'contrast' | 'system';

/** A fix replayed side by side with the one-server stack (`compare=lb`); `compare=1` is the load balancer's. */
export type UrlCompare = 'lb' | 'replica' | 'rolling' | 'scale-up' | 'scale-out';
export const URL_COMPARES: readonly UrlCompare[] = ['lb', 'replica', 'rolling', 'scale-up', 'scale-out'];

/** A scene shown alone: one failure with its control and chart, or the journey of one request. */
export type UrlScene = SceneId;

/** The values each enumerated parameter accepts. */
export const URL_SCENES: readonly UrlScene[] = SCENE_IDS;
export const VIEW_MODES: readonly ViewMode[] = ['journey', 'traffic'];
export const MOTION_PREFERENCES: readonly MotionPreference[] = ['reduce', 'auto'];
export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'contrast', 'system'];

/** Everything a URL can say about the view. */
export interface UrlState {
  /** The selected component or link, shown in the panel. */
  select: ElementId | null;
  failure: UrlFailure | null;
  /** Show this scene alone (for a small frame in a course page), or the whole tool. */
  scene: UrlScene | null;
  mode: ViewMode;
  /** Requests per second in traffic mode. */
  rps: number;
  /** Simulated seconds per real second. */
  speed: number;
  /** Seed of the simulation's random numbers: the same seed replays the same run. */
  seed: number;
  /** Simulated second to start at. */
  t: number;
  motion: MotionPreference;
  theme: ThemeChoice;
  /** Framed in a course page: hide the page chrome. */
  embed: boolean;
  /** Show the explanation panel. */
  panel: boolean;
  /** Show the playback and traffic controls. */
  controls: boolean;
  /** Host origins allowed to send commands and receive events (`https://lms.example.edu`). */
  origin: string[];
  /** Ask a prediction before each scene plays (`quiz=0` for the plain tool). */
  quiz: boolean;
  /** Open the whiteboard rehearsal. */
  rehearse: boolean;
  /** Open "Break it" at this fix and run its side-by-side replay. */
  compare: UrlCompare | null;
  /** Fixes applied to the one-server stack (`fixes=lb,replica`), each once, in the order of `MODEL_FIXES`. */
  fixes: ModelFix[];
  /** Servers behind the balancer (2–4); null: as the fixes imply (two with `lb`, else one). */
  servers: number | null;
  /** Application workers per server, and CPU cores per server (scaling up); null: the model's defaults. */
  workers: number | null;
  cores: number | null;
  /** How HAProxy picks a server in a fixed design (its `balance` directive). */
  balance: UrlBalance;
  /** The language asked for (`lang=fr`); null: the browser's, else English. */
  lang: Lang | null;
}

export type UrlBalance = 'roundrobin' | 'leastconn';
export const URL_BALANCES: readonly UrlBalance[] = ['roundrobin', 'leastconn'];

/** The state of a URL with no parameters. Treat as read-only; copy `origin` and `fixes` before changing them. */
export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  select: null,
  failure: null,
  scene: null,
  mode: 'journey',
  rps: 20,
  speed: 1,
  seed: 1,
  t: 0,
  motion: 'auto',
  theme: 'system',
  embed: false,
  panel: true,
  controls: true,
  origin: [],
  quiz: true,
  rehearse: false,
  compare: null,
  fixes: [],
  servers: null,
  workers: null,
  cores: null,
  balance: 'roundrobin',
  lang: null,
});

/** Inclusive ranges of the numeric parameters; out-of-range values are clamped. `seed` must be whole. */
export const LIMITS = {
  rps: { min: 0, max: 2000 },
  speed: { min: 0.01, max: 100 },
  seed: { min: 0, max: 2 ** 31 - 1 },
  // An hour: the longest start the model reaches in a few seconds at 100 req/s (`npm run bench`); a
  // day took 6–43 s on a 2-core machine. Faster traffic has a shorter limit: see `maxStart`.
  t: { min: 0, max: 3_600 },
  // Several servers: fewer than two is the one-server stack (no `servers`), more than four the model does not build.
  servers: { min: 2, max: MAX_SERVERS },
  // Scaling up: the model's server has 5 workers on 2 cores; these stay within one machine's reach.
  workers: { min: 1, max: 32 },
  cores: { min: 1, max: 16 },
} as const;

/**
 * A start or a seek runs the model through at most about this many requests: an hour at 100 req/s,
 * which a seek reaches in about 1.5 s (2.5 s with the page loading) on a busy 2-core machine (`npm run bench:model`).
 */
export const MAX_START_REQUESTS = 360_000;

/** The latest `t` a start or a seek may ask for at `rps`: an hour up to 100 req/s, less above. */
export function maxStart(rps: number): number {
  return Math.min(LIMITS.t.max, Math.floor(MAX_START_REQUESTS / rps));
}

/** Every key the URL may carry, in the order {@link serializeUrlState} writes them. */
export const URL_KEYS = [
  'select',
  'failure',
  'scene',
  'mode',
  'rps',
  'speed',
  'seed',
  't',
  'motion',
  'theme',
  'embed',
  'panel',
  'controls',
  'origin',
  'quiz',
  'rehearse',
  'compare',
  'fixes',
  'servers',
  'workers',
  'cores',
  'balance',
  'lang',
] as const satisfies readonly (keyof UrlState)[];

/** `t` and `speed` keep this many decimals in a URL. */
const DECIMALS = 3;

export type ScalarKey = Exclude<keyof UrlState, 'origin'>;
/** Reads one raw value: the value to use, or `undefined` to keep the default (after a notice). */
type Reader<K extends ScalarKey> = (raw: string, note: Note) => UrlState[K] | undefined;

const DECIMAL_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Rounds to the decimals a URL keeps, so a parsed state serialises back to the same URL. */
export function roundForUrl(value: number): number {
  const factor = 10 ** DECIMALS;
  return Math.round(value * factor) / factor + 0; // `+ 0` turns -0 into 0
}

function numberReader(key: 'rps' | 'speed' | 't' | 'seed' | 'servers' | 'workers' | 'cores', round: (n: number) => number) {
  const { min, max } = LIMITS[key];
  return (raw: string, note: Note): number | undefined => {
    const text = raw.trim();
    if (!DECIMAL_NUMBER.test(text)) {
      note('nan', { key, value: quoteValue(raw) });
      return undefined;
    }
    const value = Number(text);
    if ((key === 'seed' || key === 'servers' || key === 'workers' || key === 'cores') && Number.isFinite(value) && !Number.isInteger(value)) {
      note('whole', { key, value: displayValue(text) });
      return undefined;
    }
    if (value > max) {
      note('above', { key, value: displayValue(text), max });
      return max;
    }
    if (value < min) {
      note('below', { key, value: displayValue(text), min });
      return min;
    }
    return round(value) + 0;
  };
}

// Maps, not object literals: a lookup of `constructor` or `__proto__` must miss.
function choiceReader<T>(key: ScalarKey, choices: ReadonlyMap<string, T>) {
  const listed = [...choices.keys()].filter((k) => k !== '').join(', ');
  return (raw: string, note: Note): T | undefined => {
    const normalised = raw.trim().toLowerCase();
    if (choices.has(normalised)) return choices.get(normalised);
    note('choice', { key, value: quoteValue(raw), list: listed });
    return undefined;
  };
}

const sameNames = <T extends string>(names: readonly T[]) => new Map<string, T>(names.map((n) => [n, n]));

// A bare `?embed` means on, as with HTML boolean attributes.
const FLAG = new Map<string, boolean>([
  ['1', true],
  ['true', true],
  ['on', true],
  ['', true],
  ['0', false],
  ['false', false],
  ['off', false],
]);

const readSelect: Reader<'select'> = (raw, note) => {
  const normalised = raw.trim().toLowerCase();
  if (normalised === '' || normalised === 'none') return null;
  if (isElementId(normalised)) return normalised;
  note('select', { value: quoteValue(raw) });
  return undefined;
};

const FIX_NAMES = sameNames(MODEL_FIXES);

/** `fixes=lb,replica`: known names kept once each, in the model's order; unknown ones named in one notice. */
const readFixes: Reader<'fixes'> = (raw, note) => {
  const wanted = new Set<ModelFix>();
  const unknown: string[] = [];
  for (const item of raw.split(',')) {
    const name = item.trim().toLowerCase();
    if (name === '' || name === 'none') continue;
    const fix = FIX_NAMES.get(name);
    if (fix) wanted.add(fix);
    else unknown.push(item);
  }
  if (unknown.length > 0) note('fixes', { value: quoteValue(unknown.join(',')), list: MODEL_FIXES.join(', ') });
  return MODEL_FIXES.filter((f) => wanted.has(f));
};

/** `servers=3`: a whole number, clamped to 2–4; `none` for what the fixes imply. */
const readWholeServers = numberReader('servers', (n) => n);
const readServers: Reader<'servers'> = (raw, note) => (raw.trim().toLowerCase() === 'none' ? null : readWholeServers(raw, note));
/** `workers=10`, `cores=4`: whole numbers in range; `none` for the model's own. */
const orNone =
  <K extends 'workers' | 'cores'>(read: (raw: string, note: Note) => number | undefined): Reader<K> =>
  (raw, note) =>
    raw.trim().toLowerCase() === 'none' ? null : read(raw, note);

/** `lang=fr` (a region such as `fr-SN` counts as its language); `en-XA` is the unlisted pseudo-locale for tests. */
export const readLang: Reader<'lang'> = (raw, note) => {
  const normalised = raw.trim().toLowerCase();
  if (normalised === '' || normalised === 'none') return null;
  if (normalised === 'en-xa') return 'en-XA';
  const base = normalised.split('-')[0];
  if (base === 'en' || base === 'fr') return base;
  note('lang', { value: quoteValue(raw), list: LANGS.join(', ') });
  return undefined;
};

const READERS: { [K in ScalarKey]: Reader<K> } = {
  select: readSelect,
  failure: choiceReader('failure', new Map<string, UrlFailure | null>([['spof', 'spof'], ['lb', 'lb'], ['none', null]])),
  scene: choiceReader('scene', new Map<string, UrlScene | null>([...sameNames(URL_SCENES), ['none', null]])),
  mode: choiceReader('mode', sameNames(VIEW_MODES)),
  rps: numberReader('rps', (n) => n),
  speed: numberReader('speed', roundForUrl),
  seed: numberReader('seed', (n) => n),
  t: numberReader('t', roundForUrl),
  motion: choiceReader('motion', sameNames(MOTION_PREFERENCES)),
  theme: choiceReader('theme', sameNames(THEME_CHOICES)),
  embed: choiceReader('embed', FLAG),
  panel: choiceReader('panel', FLAG),
  controls: choiceReader('controls', FLAG),
  quiz: choiceReader('quiz', FLAG),
  rehearse: choiceReader('rehearse', FLAG),
  compare: choiceReader('compare', new Map<string, UrlCompare | null>([...sameNames(URL_COMPARES), ['1', 'lb'], ['none', null]])),
  fixes: readFixes,
  servers: readServers,
  workers: orNone<'workers'>(numberReader('workers', (n) => n)),
  cores: orNone<'cores'>(numberReader('cores', (n) => n)),
  balance: choiceReader('balance', sameNames(URL_BALANCES)),
  lang: readLang,
};

function setScalar<K extends ScalarKey>(state: UrlState, key: K, raw: string, note: Note): void {
  const value = READERS[key](raw, note);
  if (value !== undefined) state[key] = value;
}

/**
 * Reads `location.search` (with or without the leading `?`). Never throws.
 *
 * Unknown keys are ignored silently. A repeated key keeps its last value, except `origin`, which
 * may repeat and may list several origins separated by commas. Out-of-range numbers are clamped,
 * and unusable values keep the default; each gives one short plain-text notice.
 * `t` and `speed` are rounded to 3 decimals, as {@link serializeUrlState} writes them.
 */
export function readUrlState(search: string): { state: UrlState; notes: Notice[] } {
  const state: UrlState = { ...DEFAULT_URL_STATE, origin: [], fixes: [] };
  const notes: Notice[] = [];
  const note: Note = (code, vars = {}) => notes.push({ code, vars });
  try {
    const params = new URLSearchParams(typeof search === 'string' ? search : '');
    for (const key of URL_KEYS) {
      const values = params.getAll(key);
      if (values.length === 0) continue;
      if (key === 'origin') state.origin = readOrigins(values, note);
      else setScalar(state, key, values[values.length - 1]!, note);
    }
    const latest = maxStart(state.rps);
    // Clamps `t` inside the notice: the first view's bundle has no bytes to spare.
    if (state.t > latest) note('late', { value: state.t, max: (state.t = latest), rps: state.rps });
    // A scene alone has no room for the rehearsal, which replaces the whole tool's diagram.
    if (state.rehearse && state.scene !== null) {
      note('rehearse', { scene: state.scene });
      state.rehearse = false;
    }
    // Only a fixed design has a balancer to take down.
    if (state.failure === 'lb' && !state.fixes.some((f) => f.startsWith('lb'))) {
      note('lb');
      state.failure = null;
    }
  } catch {
    // Unreachable with the readers above; kept so a future reader's bug can't blank the page.
    return { state: { ...DEFAULT_URL_STATE, origin: [], fixes: [] }, notes: [{ code: 'unreadable', vars: {} }] };
  }
  return { state, notes };
}
