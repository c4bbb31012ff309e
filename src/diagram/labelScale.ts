/** Labels never drawn smaller than their CSS size, and grown at most this much when the diagram is shrunk. */
export const MAX_LABEL_SCALE = 1.15;

/** How much a link label is scaled inside the viewport at `zoom`, so it keeps a readable size on screen. */
export const labelScale = (zoom: number): number => Math.min(Math.max(1 / zoom, 1), MAX_LABEL_SCALE);
