import { isLinkId, type ElementId } from '../sim/topology';

/** Put focus back on a component's node or a link's label on the diagram. */
export function focusElement(id: ElementId): void {
  const selector = isLinkId(id) ? `.link-label[data-link="${id}"]` : `.react-flow__node[data-id="${id}"]`;
  document.querySelector<HTMLElement>(selector)?.focus();
}
