import { useRef, type ReactElement } from 'react';
import { useUi, selectReducedMotion, type UiState } from '../store/ui';
import type { DrawnPackets } from './drawPackets';
import type { Orientation } from './layout';
import { geometryFor, type Routes } from './geometry';
import { useColourKey } from './packetColours';
import { usePacketDrawing } from './usePacketDrawing';
import { usePacketClicks } from './usePacketClicks';
import { useDiagramVisibility } from './useDiagramVisibility';

const selectMode = (s: UiState) => s.mode;

/**
 * One canvas over the diagram, hidden from screen readers, drawn by the player's single animation loop.
 * It follows React Flow's pan and zoom by reading the viewport transform, never through React state.
 */
export function PacketLayer({ orientation }: { orientation: Orientation }) {
  return <RoutesPacketLayer routes={geometryFor(orientation)} labelled />;
}

/** The packet canvas over any diagram whose links run along `routes` (a stable object). */
export function RoutesPacketLayer({ routes, labelled }: { routes: Routes; labelled: boolean }): ReactElement {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<DrawnPackets>(null);
  const reduce = useUi(selectReducedMotion);
  const mode = useUi(selectMode);
  const colourKey = useColourKey();
  usePacketDrawing(canvas, { routes, labelled, reduce, withLabels: mode === 'journey', colourKey, drawn });
  usePacketClicks(canvas, drawn);
  useDiagramVisibility(canvas);

  return <canvas ref={canvas} className="packet-layer" aria-hidden="true" data-reduced-motion={reduce || undefined} />;
}
