/**
 * Draws the packets: registers a draw function with the player's one animation loop (React does not
 * re-render per frame), and redraws once when the view pans or zooms, or the canvas is resized.
 */
import { useEffect, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Sprite } from '../playback/sprite';
import { attachPacketDrawer } from '../store/actions';
import type { Routes } from './geometry';
import { DrawnPackets, drawPackets } from './drawPackets';
import { exposePacketsForTests } from './packetTestHook';
import { readColours } from './packetColours';
import { fitBackingStore, watchCanvasSize } from './canvasSize';
import { measureObstacles, type Obstacles } from './packetObstacles';

/** Built into the end-to-end and benchmark builds only (`VITE_TEST_HOOKS=1`); the shipped build has no hook. */
const TEST_HOOKS = import.meta.env.VITE_TEST_HOOKS === '1';

export interface PacketDrawing {
  /** The links' lines, by link id; hops on any other link are not drawn. Keep the object stable. */
  routes: Routes;
  /** Whether the diagram has link labels to keep packets off (the one-server one has; a fixed design has none). */
  labelled: boolean;
  /** Reduced motion: nothing is drawn (the links light up instead). */
  reduce: boolean;
  /** The journey names its packets; traffic has too many to name. */
  withLabels: boolean;
  /** The colours are read from the theme again when this changes. */
  colourKey: string;
  /** Where the last frame drew each packet: set for each new drawing (hit-testing reads it). */
  drawn: RefObject<DrawnPackets | null>;
}

export function usePacketDrawing(canvas: RefObject<HTMLCanvasElement | null>, { routes, labelled, reduce, withLabels, colourKey, drawn: drawnRef }: PacketDrawing): void {
  const store = useStoreApi();
  useEffect(() => {
    const el = canvas.current;
    // Desynchronized: the canvas skips the per-frame compositor commit, which cost more than drawing
    // 2,000 packets (measured with npm run bench:fps).
    const ctx = el?.getContext('2d', { desynchronized: true });
    if (!el || !ctx) return;
    const colours = readColours(el);
    const drawn = new DrawnPackets();
    drawnRef.current = drawn;
    const geometry = routes;
    let last: readonly Sprite[] = [];
    let obstacles: Obstacles = { paths: geometry, rects: [], labelsFound: false, current: false };
    let measuredAt: readonly number[] | null = null;

    const draw = (sprites: readonly Sprite[]) => {
      last = sprites;
      const dpr = window.devicePixelRatio || 1;
      fitBackingStore(el, size, dpr);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, el.width, el.height);
      if (reduce) {
        drawn.reset(0);
        return;
      }
      const transform = store.getState().transform;
      if (measuredAt !== transform) {
        obstacles = measureObstacles(el, geometry, transform) ?? obstacles;
        // Labels render a moment after the diagram, and a new fit a frame after the store has it:
        // measure again until both are on the page.
        measuredAt = (obstacles.labelsFound || !labelled) && obstacles.current ? transform : null;
      }
      const [tx, ty, zoom] = transform;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawPackets(ctx, sprites, obstacles.paths, { tx, ty, zoom }, colours, withLabels, drawn, obstacles.rects);
    };

    const size = watchCanvasSize(el, () => {
      measuredAt = null;
      draw(last);
    });
    const detach = attachPacketDrawer(draw);
    if (TEST_HOOKS) exposePacketsForTests(el, drawn, colours);
    // Redraw on pan/zoom/fit even when paused, once the labels have moved with the view.
    let frame = 0;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.transform === prev.transform) return;
      measuredAt = null;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => draw(last));
    });
    return () => {
      cancelAnimationFrame(frame);
      detach();
      unsubscribe();
      size.dispose();
    };
  }, [canvas, routes, labelled, reduce, withLabels, colourKey, drawnRef, store]);
}
