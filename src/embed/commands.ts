/**
 * Commands a host page may send the framed tool, and their strict validation.
 * A command is accepted only as a plain object of exactly the documented shape; the checked
 * fields are copied into a fresh object, so nothing else the sender put there travels further.
 */
import { isElementId, type ElementId } from '../sim/topology';
import { LIMITS, type UrlFailure } from '../url/params';
import { MESSAGE_SOURCE, PROTOCOL_VERSION } from './protocol';

export const COMMAND_TYPES = ['select', 'setFailure', 'setTraffic', 'play', 'pause', 'seek'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** A validated command from the host page. */
export type Command =
  | { type: 'select'; id: ElementId | null }
  | { type: 'setFailure'; failure: UrlFailure | null }
  | { type: 'setTraffic'; rps: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'seek'; t: number };

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
      if (value !== 'spof' && value !== null) return refuse('setFailure needs failure "spof" or null');
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
