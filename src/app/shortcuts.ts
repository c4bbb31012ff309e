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
