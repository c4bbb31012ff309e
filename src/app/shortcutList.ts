/** The keyboard shortcuts as the help lists them (lazy: only the help dialog reads this). */
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

