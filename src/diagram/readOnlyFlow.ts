/**
 * React Flow's settings for a diagram the learner reads rather than edits: nothing is dragged,
 * connected, selected or deleted, and the view is fitted, never panned or zoomed by hand, so the
 * page scrolls as usual. Nodes take focus for the keyboard; edges are explained through their labels.
 */
export const READ_ONLY_FLOW = {
  fitView: true,
  minZoom: 0.2,
  maxZoom: 2,
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: true,
  edgesFocusable: false,
  elementsSelectable: false,
  edgesReconnectable: false,
  deleteKeyCode: null,
  selectionKeyCode: null,
  multiSelectionKeyCode: null,
  panOnDrag: false,
  panOnScroll: false,
  zoomOnScroll: false,
  zoomOnPinch: false,
  zoomOnDoubleClick: false,
  preventScrolling: false,
  autoPanOnNodeFocus: false,
} as const;

/** What every node of such a diagram shares: nothing to drag, select, connect or delete, and a handle each side for its edges. */
export const readOnlyNode = (width: number, height: number) => ({
  draggable: false,
  selectable: false,
  connectable: false,
  deletable: false,
  handles: [
    { type: 'target' as const, position: 'left' as const, x: 0, y: height / 2, width: 1, height: 1 },
    { type: 'source' as const, position: 'right' as const, x: width, y: height / 2, width: 1, height: 1 },
  ],
});
