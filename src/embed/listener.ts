/**
 * The tool's side of the postMessage channel: listening for the host's commands, posting events back.
 */
import { checkCommand, type Command } from './commands';

/** The parts of a `MessageEvent` the listener reads. */
export interface ReceivedMessage {
  readonly data: unknown;
  readonly origin: string;
  readonly source: unknown;
}

/** The parts of `window` the listener uses; a fake in tests. */
export interface ListeningWindow {
  readonly parent: unknown;
  addEventListener(type: 'message', listener: (event: ReceivedMessage) => void): void;
  removeEventListener(type: 'message', listener: (event: ReceivedMessage) => void): void;
}

export interface CommandListenerOptions {
  win: ListeningWindow;
  /** Origins allowed to send commands (from `?origin=`); empty accepts the parent at any origin. */
  allowedOrigins: readonly string[];
  onCommand: (command: Command) => void;
  /** Told why each message was ignored, with the message; for diagnostics, never shown as HTML. */
  onRejected?: (reason: string, data: unknown) => void;
}

export interface CommandListener {
  /** Stops listening. Safe to call more than once. */
  dispose(): void;
  /** How many messages were ignored so far (and commands whose handler threw). */
  rejectedCount(): number;
}

/**
 * Listens for commands from the host page. A message is acted on only if the tool is framed,
 * it comes from `window.parent` (other frames and pop-ups can post to us too), its origin is
 * allowed, and it is exactly a valid command. Everything else is counted and ignored; the
 * listener never throws into the page.
 *
 * Without `?origin=`, any page that frames the tool may command it. That is acceptable because
 * commands only change what a URL could set anyway; list origins to lock it to your course site.
 */
export function createCommandListener(options: CommandListenerOptions): CommandListener {
  const { win, onCommand, onRejected } = options;
  const allowedOrigins = [...options.allowedOrigins];
  let rejected = 0;
  let disposed = false;

  const reject = (reason: string, data?: unknown) => {
    rejected += 1;
    try {
      onRejected?.(reason, data);
    } catch {
      // A diagnostics callback must not break message handling.
    }
  };

  const refusal = (event: ReceivedMessage): string | null => {
    if (win.parent === win || win.parent == null) return 'not framed';
    if (event.source !== win.parent) return 'not from the parent window';
    if (allowedOrigins.length > 0 && !allowedOrigins.includes(event.origin)) return 'origin not allowed';
    return null;
  };

  const handle = (event: ReceivedMessage) => {
    if (disposed) return;
    try {
      const reason = refusal(event);
      if (reason !== null) return reject(reason, event.data);
      const check = checkCommand(event.data);
      if (!check.ok) return reject(check.reason, event.data);
      onCommand(check.command);
    } catch {
      reject('command handler failed');
    }
  };

  win.addEventListener('message', handle);
  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      win.removeEventListener('message', handle);
    },
    rejectedCount: () => rejected,
  };
}

/** The parts of `window` that {@link postToParent} uses. */
export interface ParentWindow {
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
}

/**
 * Where to post events: the allowed origins from `?origin=`, else `'*'`.
 *
 * `'*'` is acceptable here because every event carries only public UI state (the selected
 * element, whether the failure is on, playback time, the page height): nothing the tool's own
 * URL doesn't show, no learner data, no tokens. Lint rules warn about `'*'` for data that matters.
 */
export function targetOriginsFor(allowedOrigins: readonly string[]): string[] {
  return allowedOrigins.length > 0 ? [...allowedOrigins] : ['*'];
}

/**
 * Posts `message` to `window.parent`, if framed. With several target origins it posts once to
 * each: the browser delivers only to the one the parent actually has, so a tool allowed on
 * several course sites reaches whichever frames it. Returns whether every post went out.
 */
export function postToParent(win: ParentWindow, message: unknown, targetOrigin: string | readonly string[]): boolean {
  const parent = win.parent;
  if (parent == null || (parent as unknown) === win) return false;
  const origins = typeof targetOrigin === 'string' ? [targetOrigin] : targetOriginsFor(targetOrigin);
  let allSent = true;
  for (const origin of origins) {
    try {
      parent.postMessage(message, origin);
    } catch {
      // A malformed origin throws SyntaxError, an uncloneable message DataCloneError: report, don't crash.
      allSent = false;
    }
  }
  return allSent;
}
