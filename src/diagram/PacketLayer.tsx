import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Sprite } from '../store/player';
import { withPlayer } from '../store/playerHandle';
import { inspect } from '../store/actions';
import { useUi, selectReducedMotion, type UiState } from '../store/ui';
import { geometryFor, type Point } from './geometry';
import type { Orientation } from './layout';
import { packetLabel, packetPosition, packetShape, type PacketShape } from './packets';

interface Drawn {
  sprite: Sprite;
  /** Position in CSS pixels relative to the canvas. */
  at: Point;
}

type Colours = Record<PacketShape | 'label' | 'labelBg', string>;

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

function drawShape(ctx: CanvasRenderingContext2D, shape: PacketShape, x: number, y: number, r: number) {
  ctx.beginPath();
  if (shape === 'request') {
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  } else if (shape === 'response') {
    ctx.moveTo(x, y - r * 1.25);
    ctx.lineTo(x + r * 1.25, y);
    ctx.lineTo(x, y + r * 1.25);
    ctx.lineTo(x - r * 1.25, y);
    ctx.closePath();
    ctx.fill();
  } else if (shape === 'refused') {
    ctx.rect(x - r * 1.2, y - r * 0.5, r * 2.4, r);
    ctx.fill();
  } else {
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.moveTo(x + r, y - r);
    ctx.lineTo(x - r, y + r);
    ctx.stroke();
  }
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

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const geometry = geometryFor(orientation);
    const colours = readColours(el);
    const drawn: Drawn[] = [];
    let last: readonly Sprite[] = [];

    const draw = (sprites: readonly Sprite[]) => {
      last = sprites;
      const dpr = window.devicePixelRatio || 1;
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (el.width !== Math.round(w * dpr) || el.height !== Math.round(h * dpr)) {
        el.width = Math.round(w * dpr);
        el.height = Math.round(h * dpr);
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, el.width, el.height);
      drawn.length = 0;
      if (reduce) return;
      const [tx, ty, zoom] = store.getState().transform;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const r = Math.max(3, 6 * zoom);
      ctx.lineWidth = 2.5;
      ctx.font = `600 ${Math.max(10, 12 * zoom)}px system-ui, sans-serif`;
      ctx.textBaseline = 'middle';
      for (const s of sprites) {
        const p = packetPosition(geometry, s.event, s.progress);
        const x = p.x * zoom + tx;
        const y = p.y * zoom + ty;
        const shape = packetShape(s.event, s.progress >= 1);
        ctx.globalAlpha = s.opacity;
        ctx.fillStyle = colours[shape];
        ctx.strokeStyle = colours[shape];
        drawShape(ctx, shape, x, y, r);
        drawn.push({ sprite: s, at: { x, y } });
      }
      ctx.globalAlpha = 1;
      if (mode === 'journey') {
        for (const d of drawn) {
          const text = packetLabel(d.sprite.event);
          const width = ctx.measureText(text).width + 10;
          ctx.fillStyle = colours.labelBg;
          ctx.fillRect(d.at.x + r + 4, d.at.y - 10, width, 20);
          ctx.fillStyle = colours.label;
          ctx.fillText(text, d.at.x + r + 9, d.at.y);
        }
      }
    };

    let disposed = false;
    withPlayer((p) => {
      if (disposed) return;
      p.setDrawFn(draw);
      draw(p.currentSprites());
    });
    // Redraw on pan/zoom/fit even when paused.
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.transform !== prev.transform) draw(last);
    });

    // Clicking a packet opens what it carries; everything else falls through to the diagram.
    const container = el.parentElement!;
    const onClick = (e: MouseEvent) => {
      const rect = el.getBoundingClientRect();
      const x = e.clientX - rect.left;
      const y = e.clientY - rect.top;
      let best: Drawn | null = null;
      let bestD = 14;
      for (const d of drawn) {
        const dist = Math.hypot(d.at.x - x, d.at.y - y);
        if (dist < bestD) {
          bestD = dist;
          best = d;
        }
      }
      if (best) {
        e.stopPropagation();
        e.preventDefault();
        withPlayer((p) => p.pause());
        inspect(best.sprite.event);
      }
    };
    container.addEventListener('click', onClick, true);

    // Sleep when the diagram is off-screen.
    const io =
      typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver(([entry]) => withPlayer((p) => p.setVisible(entry?.isIntersecting ?? true)))
        : null;
    io?.observe(container);

    // For end-to-end tests: where packets are drawn, in page coordinates.
    (window as unknown as Record<string, unknown>).__webStackExplorerPackets = () => {
      const rect = el.getBoundingClientRect();
      return drawn.map((d) => ({ x: d.at.x + rect.left, y: d.at.y + rect.top, packet: d.sprite.event.packet }));
    };

    return () => {
      disposed = true;
      withPlayer((p) => p.setDrawFn(null));
      unsubscribe();
      container.removeEventListener('click', onClick, true);
      io?.disconnect();
    };
  }, [orientation, reduce, mode, theme, store]);

  return <canvas ref={canvas} className="packet-layer" aria-hidden="true" data-reduced-motion={reduce || undefined} />;
}
