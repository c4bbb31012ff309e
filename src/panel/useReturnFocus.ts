/**
 * Focus goes back where it came from when an explanation closes: to the control that opened it, or to
 * its component or link on the diagram. The store keeps no DOM: this view module remembers the opener.
 */
import { useEffect } from 'react';
import { isLinkId, type ElementId } from '../sim/topology';
import { select } from '../store/actions';
import { useUi } from '../store/ui';

/** The control that opened the current explanation. */
let opener: HTMLElement | null = null;

function focusedControl(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Remember the focused control each time an explanation opens. Mount once, in a component always shown. */
export function useReturnFocus(): void {
  useEffect(
    () =>
      useUi.subscribe((s, prev) => {
        // The store changes inside the click or key handler that opened it, so focus is still on the opener.
        if ((s.selected && s.selected !== prev.selected) || (s.topic && s.topic !== prev.topic)) opener = focusedControl();
      }),
    [],
  );
}

/** Close the explanation and give focus back to what opened it, or to the element on the diagram. */
export function closeExplanation(): void {
  const id = useUi.getState().selected;
  select(null);
  const back = opener?.isConnected ? opener : id ? diagramElement(id) : null;
  opener = null;
  back?.focus();
}

/** A component's node or a link's label on the diagram. */
function diagramElement(id: ElementId): HTMLElement | null {
  const selector = isLinkId(id) ? `.link-label[data-link="${id}"]` : `.react-flow__node[data-id="${id}"]`;
  return document.querySelector<HTMLElement>(selector);
}
