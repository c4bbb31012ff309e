import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Sprite } from '../playback/sprite';
import { attachPacketDrawer, inspect, pause, setDiagramVisible } from '../store/actions';
import { useUi, selectReducedMotion, type UiState } from '../store/ui';
import { geometryFor } from './geometry';
import { DrawnPackets, drawPackets, packetHalfSize, packetRadius, type Colours } from './drawPackets';
import type { Orientation } from './layout';
import type { Rect } from './bubble';
import { packetPaths } from './packetPaths';
import { exposePacketsForTests } from './packetTestHook';
import { usePrefersDark } from './usePrefersDark';

/** Room kept between a packet and a link label, CSS px. */
const LABEL_CLEARANCE_PX = 3;

/** Built into the end-to-end and benchmark builds only (`VITE_TEST_HOOKS=1`); the shipped build has no hook. */
const TEST_HOOKS = import.meta.env.VITE_TEST_HOOKS === '1';

/** A click this close to a packet (CSS px) opens it in the inspector. */
const HIT_RADIUS_PX = 14;

/** Theme colours resolved to rgb(): custom properties hold light-dark(), which a canvas cannot parse. */
function readColours(el: HTMLElement): Colours {
  const resolve = (name: string) => {
    el.style.color = `var(${name})`;
    return getComputedStyle(el).color;
  };
  const colours = {
    request: resolve('--packet-request'),
    response: resolve('--packet-response'),
    refused: resolve('--packet-refused'),
    lost: resolve('--packet-lost'),
    label: resolve('--text'),
    labelBg: resolve('--surface'),
  };
  el.style.color = '';
  return colours;
}

/**
 * One canvas over the diagram, hidden from screen readers, drawn by the player's single animation loop.
 * It follows React Flow's pan and zoom by reading the viewport transform, never through React state.
 */
export function PacketLayer({ orientation }: { orientation: Orientation }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  const reduce = useUi(selectReducedMotion);
  const mode = useUi((s: UiState) => s.mode);
  const theme = useUi((s: UiState) => s.theme);
  // Under the system theme the colours change with the system's light or dark setting.
  const prefersDark = usePrefersDark();

  useEffect(() => {
    const el = canvas.current;
    // Desynchronized: the canvas skips the per-frame compositor commit, which cost more than drawing
    // 2,000 packets (measured with npm run bench:fps).
    const ctx = el?.getContext('2d', { desynchronized: true });
    if (!el || !ctx) return;
    const geometry = geometryFor(orientation);
    const colours = readColours(el);
    const drawn = new DrawnPackets();
    let last: readonly Sprite[] = [];
    // Link labels and components on screen, read from the page only after the view changed (never per frame).
    let paths = geometry;
    let obstacles: Rect[] = [];
    let measuredAt: readonly number[] | null = null;
    const measure = (transform: readonly number[]) => {
      const container = el.parentElement;
      if (!container) return;
      const origin = el.getBoundingClientRect();
      const [tx, ty, zoom] = transform as [number, number, number];
      const labels: Rect[] = [];
      const labelsInFlow: Rect[] = [];
      for (const label of container.querySelectorAll<HTMLElement>('.link-label')) {
        const r = label.getBoundingClientRect();
        const box = { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
        labels.push(box);
        labelsInFlow.push({ x: (box.x - tx) / zoom, y: (box.y - ty) / zoom, width: box.width / zoom, height: box.height / zoom });
      }
      const nodes: Rect[] = [];
      for (const node of container.querySelectorAll<HTMLElement>('.react-flow__node:not(.react-flow__node-group)')) {
        const r = node.getBoundingClientRect();
        nodes.push({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
      }
      const half = packetHalfSize('response', packetRadius(zoom)).w;
      paths = packetPaths(geometry, labelsInFlow, (half + LABEL_CLEARANCE_PX) / zoom);
      obstacles = [...labels, ...nodes];
      // Labels render a moment after the diagram: measure again until they are there.
      measuredAt = labels.length ? transform : null;
    };
    // Size read from a ResizeObserver, not per frame: reading layout in the loop could force a reflow.
    let w = el.clientWidth;
    let h = el.clientHeight;
    const sizeObserver =
      typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(([entry]) => {
            w = entry?.contentRect.width ?? w;
            h = entry?.contentRect.height ?? h;
            measuredAt = null;
            draw(last);
          })
        : null;

    const draw = (sprites: readonly Sprite[]) => {
      last = sprites;
      const dpr = window.devicePixelRatio || 1;
      if (el.width !== Math.round(w * dpr) || el.height !== Math.round(h * dpr)) {
        el.width = Math.round(w * dpr);
        el.height = Math.round(h * dpr);
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, el.width, el.height);
      if (reduce) {
        drawn.reset(0);
        return;
      }
      const transform = store.getState().transform;
      if (measuredAt !== transform) measure(transform);
      const [tx, ty, zoom] = transform;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawPackets(ctx, sprites, paths, { tx, ty, zoom }, colours, mode === 'journey', drawn, obstacles);
    };

    const detach = attachPacketDrawer(draw);
    // Redraw on pan/zoom/fit even when paused, once the labels have moved with the view.
    let frame = 0;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.transform === prev.transform) return;
      measuredAt = null;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => draw(last));
    });

    // Clicking a packet opens what it carries; everything else falls through to the diagram.
    const container = el.parentElement!;
    const onClick = (e: MouseEvent) => {
      const rect = el.getBoundingClientRect();
      const hit = drawn.nearest(e.clientX - rect.left, e.clientY - rect.top, HIT_RADIUS_PX);
      if (hit) {
        e.stopPropagation();
        e.preventDefault();
        pause();
        inspect(hit.event);
      }
    };
    container.addEventListener('click', onClick, true);

    // Sleep when the diagram is off-screen.
    const io =
      typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver(([entry]) => setDiagramVisible(entry?.isIntersecting ?? true))
        : null;
    io?.observe(container);
    sizeObserver?.observe(el);

    if (TEST_HOOKS) exposePacketsForTests(el, drawn, colours);

    return () => {
      cancelAnimationFrame(frame);
      detach();
      unsubscribe();
      container.removeEventListener('click', onClick, true);
      io?.disconnect();
      sizeObserver?.disconnect();
    };
  }, [orientation, reduce, mode, theme, prefersDark, store]);

  return <canvas ref={canvas} className="packet-layer" aria-hidden="true" data-reduced-motion={reduce || undefined} />;
}
