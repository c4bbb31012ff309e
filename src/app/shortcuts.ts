/** The keyboard shortcuts, listed once: the handler and the help dialog both read this. */
export interface Shortcut {
  keys: string[];
  label: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['Space'], label: 'Play or pause' },
  { keys: ['→'], label: 'Step forward one event' },
  { keys: ['←'], label: 'Step back one event' },
  { keys: ['R'], label: 'Restart' },
  { keys: ['Tab'], label: 'Move between controls, components, then links' },
  { keys: ['Enter'], label: 'Open the explanation of the focused component or link' },
  { keys: ['←', '↑', '→', '↓'], label: 'On a component: move to the connected component in that direction' },
  { keys: ['Esc'], label: 'Close the explanation or a dialog; focus returns where it was' },
  { keys: ['?'], label: 'Open this help' },
];

/** Whether a key press belongs to the focused control rather than to the app. */
export function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog, [role="dialog"]')) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable) return true;
  if (key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || target.getAttribute('role') === 'tab')) return true;
  if (key.startsWith('Arrow') && (target.closest('.react-flow__node') || target.getAttribute('role') === 'tab')) return true;
  return false;
}
