/**
 * Commands a host page may send the framed tool, and their strict validation.
 * A command is accepted only as a plain object of exactly the documented shape; the checked
 * fields are copied into a fresh object, so nothing else the sender put there travels further.
 */
import { isElementId, type ElementId } from '../sim/topology';
import { MODEL_FIXES, type ModelFix } from '../sim/fixIds';
import { LIMITS, type UrlFailure } from '../url/params';
import { readDesign } from '../url/readDesign';
import { LANGS, isLang, type Lang } from '../i18n/lang';
import { MESSAGE_SOURCE, PROTOCOL_VERSION } from './protocol';

export const COMMAND_TYPES = ['select', 'setFailure', 'setTraffic', 'play', 'pause', 'seek', 'setFixes', 'setLang'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** A validated command from the host page. */
export type Command =
  | { type: 'select'; id: ElementId | null }
  | { type: 'setFailure'; failure: UrlFailure | null }
  | { type: 'setTraffic'; rps: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'seek'; t: number }
  /** The design as the URL would hold it: fixes once each in the model's order, servers 2–4 or null. */
  | { type: 'setFixes'; fixes: ModelFix[]; servers: number | null }
  /** The language to show the tool in (`en`, `fr`). */
  | { type: 'setLang'; lang: Lang };

/** The outcome of {@link checkCommand}: the command, or why the message was refused. */
export type CommandCheck = { ok: true; command: Command } | { ok: false; reason: string };

const refuse = (reason: string): CommandCheck => ({ ok: false, reason });
const accept = (command: Command): CommandCheck => ({ ok: true, command });

// Structured clone delivers plain objects; anything with another prototype was built, not received.
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// Own data properties only: never an inherited value, never a getter's.
function field(message: object, key: string): { present: boolean; value: unknown } {
  const descriptor = Object.getOwnPropertyDescriptor(message, key);
  if (descriptor === undefined || !('value' in descriptor)) return { present: false, value: undefined };
  return { present: true, value: descriptor.value };
}

function inRange(value: unknown, limits: { min: number; max: number }): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= limits.min && value <= limits.max;
}

/** More names than any real list holds: a longer one is refused before it is read. */
export const MAX_FIX_ITEMS = 2 * MODEL_FIXES.length;
const MAX_FIX_TEXT = 200;

// `fixes` as the URL writes it: a string, or an array of names (read index by index, own data only).
function fixesText(value: unknown): string | null {
  if (typeof value === 'string') return value.length <= MAX_FIX_TEXT ? value : null;
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length > MAX_FIX_ITEMS) return null;
  const names: string[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const name = field(value, String(i)).value;
    // One name per item: a comma would smuggle a list into it.
    if (typeof name !== 'string' || name.length > MAX_FIX_TEXT || name.includes(',')) return null;
    names.push(name);
  }
  return names.join(',');
}

function checkFixes(message: object): CommandCheck {
  const fixes = fixesText(field(message, 'fixes').value);
  if (fixes === null) return refuse(`setFixes needs fixes: a list of ${MODEL_FIXES.join(', ')}`);
  const servers = field(message, 'servers').value ?? null;
  if (servers !== null && typeof servers !== 'number') return refuse(`setFixes needs servers from ${LIMITS.servers.min} to ${LIMITS.servers.max}, or null`);
  const design = readDesign(fixes, servers === null ? null : String(servers));
  if (!design.ok) return refuse(`setFixes: ${design.reason}`);
  return accept({ type: 'setFixes', fixes: design.fixes, servers: design.servers });
}

function checkFields(type: CommandType, message: object): CommandCheck {
  switch (type) {
    case 'play':
    case 'pause':
      return accept({ type });
    case 'select': {
      const id = field(message, 'id');
      if (!id.present) return refuse('select without id');
      if (id.value !== null && !isElementId(id.value)) return refuse('select with an unknown id');
      return accept({ type, id: id.value });
    }
    case 'setFailure': {
      const { value } = field(message, 'failure');
      if (value !== 'spof' && value !== 'lb' && value !== null) return refuse('setFailure needs failure "spof", "lb" or null');
      return accept({ type, failure: value });
    }
    case 'setTraffic': {
      const { value } = field(message, 'rps');
      if (!inRange(value, LIMITS.rps)) return refuse(`setTraffic needs rps from ${LIMITS.rps.min} to ${LIMITS.rps.max}`);
      return accept({ type, rps: value });
    }
    case 'seek': {
      const { value } = field(message, 't');
      if (!inRange(value, LIMITS.t)) return refuse(`seek needs t from ${LIMITS.t.min} to ${LIMITS.t.max}`);
      return accept({ type, t: value });
    }
    case 'setFixes':
      return checkFixes(message);
    case 'setLang': {
      const { value } = field(message, 'lang');
      if (!isLang(value)) return refuse(`setLang needs lang ${LANGS.map((l) => `"${l}"`).join(' or ')}`);
      return accept({ type, lang: value });
    }
  }
}

/** Checks a received message and explains a refusal. Never throws, never evaluates anything. */
export function checkCommand(data: unknown): CommandCheck {
  try {
    if (!isPlainObject(data)) return refuse('not a plain object');
    if (field(data, 'source').value !== MESSAGE_SOURCE) return refuse('wrong source');
    const version = field(data, 'v');
    if (version.present && version.value !== PROTOCOL_VERSION) return refuse('unsupported protocol version');
    const type = field(data, 'type').value;
    if (!(COMMAND_TYPES as readonly unknown[]).includes(type)) return refuse('unknown command type');
    return checkFields(type as CommandType, data);
  } catch {
    // A Proxy can throw from any trap; a message we can't read is refused like any other.
    return refuse('unreadable message');
  }
}

/** The command in `data`, or `null` if it isn't exactly a valid command. JSON strings are refused. */
export function parseCommand(data: unknown): Command | null {
  const check = checkCommand(data);
  return check.ok ? check.command : null;
}
