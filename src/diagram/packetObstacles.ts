/**
 * What packets keep clear of: the link labels and components on screen. Read from the page only after
 * the view changed (never per frame), and the packets' paths bent round the labels.
 */
import type { Routes } from './geometry';
import type { Rect } from './bubble';
import { packetHalfSize, packetRadius } from './drawPackets';
import { packetPaths } from './packetPaths';
import { labelScale } from './labelScale';

/** Room kept between a packet and a link label, CSS px. */
const LABEL_CLEARANCE_PX = 3;

export interface Obstacles {
  /** The links' paths, bent round the labels. */
  paths: Routes;
  /** Labels and components, in CSS px of the canvas. */
  rects: Rect[];
  /** False while the labels have not rendered yet (they appear a moment after the diagram). */
  labelsFound: boolean;
  /**
   * False when the page still shows an older view than `transform` (React Flow commits a new fit a
   * frame after its store has it): the boxes were read where the labels were, so measure again.
   */
  current: boolean;
}

/** The view the page shows now, from React Flow's viewport element ("translate(4px, 14.5px) scale(1.62)"). */
function shownTransform(container: Element): [number, number, number] | null {
  const style = container.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const m = /translate\((-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px\)\s*scale\((-?[\d.e+-]+)\)/.exec(style);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

const sameView = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 1e-3);

function relativeTo(origin: DOMRect, el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

/** Measure the labels and components over which `canvas` lies, for the view `transform` ([x, y, zoom]). */
export function measureObstacles(canvas: HTMLElement, geometry: Routes, transform: readonly number[]): Obstacles | null {
  const container = canvas.parentElement;
  if (!container) return null;
  const origin = canvas.getBoundingClientRect();
  const [tx, ty, zoom] = transform as [number, number, number];
  const labelEls = [...container.querySelectorAll<HTMLElement>('.link-label')];
  const labels = labelEls.map((label) => relativeTo(origin, label));
  const labelsInFlow = labels.map((b) => ({ x: (b.x - tx) / zoom, y: (b.y - ty) / zoom, width: b.width / zoom, height: b.height / zoom }));
  const nodes = [...container.querySelectorAll('.react-flow__node:not(.react-flow__node-group)')].map((node) => relativeTo(origin, node));
  const half = packetHalfSize('response', packetRadius(zoom)).w;
  const shown = shownTransform(container);
  return {
    paths: packetPaths(geometry, labelsInFlow, (half + LABEL_CLEARANCE_PX) / zoom),
    rects: [...labels, ...nodes],
    labelsFound: labels.length > 0,
    // The labels' own scale follows the zoom a render later than the view: both must be the store's.
    current: (shown === null || sameView(shown, transform)) && labelEls.every((l) => Number(l.dataset.scale) === labelScale(zoom)),
  };
}
