/** The keyboard shortcuts, listed once: the handler and the help dialog both read this. */
export interface Shortcut {
  keys: string[];
  label: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['Space'], label: 'Play or pause, unless the focus is on a control (a button, link, field, tab or diagram component): then Space works that control' },
  { keys: ['→'], label: 'Step forward one event' },
  { keys: ['←'], label: 'Step back one event' },
  { keys: ['R'], label: 'Restart' },
  { keys: ['Tab'], label: 'Move between controls, components, then links' },
  { keys: ['Enter', 'Space'], label: 'On a focused component or link: open its explanation' },
  { keys: ['←', '↑', '→', '↓'], label: 'On a component: move to the connected component in that direction' },
  { keys: ['Esc'], label: 'Close the explanation or a dialog; focus returns where it was' },
  { keys: ['?'], label: 'Open this help' },
];

/** What counts as a control: Space belongs to it (it presses, ticks, toggles or opens), not to Play. */
const CONTROL = [
  'button',
  'a[href]',
  'summary',
  'input',
  'select',
  'textarea',
  '[contenteditable]:not([contenteditable="false"])',
  ...['button', 'link', 'tab', 'switch', 'checkbox', 'radio', 'slider', 'spinbutton', 'menuitem', 'option'].map((r) => `[role="${r}"]`),
  '.react-flow__node',
].join(', ');

/** Whether a key press belongs to the focused control rather than to the app. */
export function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog, [role="dialog"]')) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable) return true;
  if (key === ' ' && target.matches(CONTROL)) return true;
  if (key.startsWith('Arrow') && (target.closest('.react-flow__node') || target.getAttribute('role') === 'tab')) return true;
  return false;
}
