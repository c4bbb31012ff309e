/**
 * Draws packets on the canvas in a few batched paths (one per shape), since per-packet fills cost more
 * than the packets themselves. Positions are kept for hit-testing clicks.
 */
import type { Sprite } from '../store/sprite';
import type { Geometry } from './geometry';
import { packetLabel, packetPosition, packetShape, type PacketShape } from './packets';

export type Colours = Record<PacketShape | 'label' | 'labelBg', string>;

export interface View {
  tx: number;
  ty: number;
  zoom: number;
}

/** Where the packets of the last frame were drawn, in CSS pixels of the canvas. */
export class DrawnPackets {
  xs = new Float32Array(256);
  ys = new Float32Array(256);
  shapes = new Uint8Array(256);
  sprites: Sprite[] = [];
  count = 0;

  reset(n: number): void {
    if (n > this.xs.length) {
      const size = 2 ** Math.ceil(Math.log2(n));
      this.xs = new Float32Array(size);
      this.ys = new Float32Array(size);
      this.shapes = new Uint8Array(size);
    }
    this.sprites.length = 0;
    this.count = 0;
  }

  /** The packet nearest to (x, y) within `radius`, if any. */
  nearest(x: number, y: number, radius: number): Sprite | null {
    let best = -1;
    let bestD = radius;
    for (let i = 0; i < this.count; i++) {
      const d = Math.hypot(this.xs[i]! - x, this.ys[i]! - y);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best < 0 ? null : this.sprites[best]!;
  }
}

const SHAPES: readonly PacketShape[] = ['request', 'response', 'refused', 'lost'];

interface Stamp {
  image: HTMLCanvasElement | OffscreenCanvas;
  /** Half the stamp's size in CSS pixels. */
  half: number;
}

let stampCache: { key: string; stamps: Stamp[] } | null = null;

/** One bitmap per solid shape at the current size, colours and pixel ratio; redrawn only when those change. */
function stampsFor(colours: Colours, r: number, dpr: number): Stamp[] {
  const key = `${colours.request}|${colours.response}|${colours.refused}|${r.toFixed(2)}|${dpr}`;
  if (stampCache?.key === key) return stampCache.stamps;
  const half = Math.ceil(r * 1.4);
  const px = Math.ceil(half * 2 * dpr);
  const stamps = SHAPES.slice(0, 3).map((shape) => {
    const image = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(px, px) : Object.assign(document.createElement('canvas'), { width: px, height: px });
    const c = image.getContext('2d') as CanvasRenderingContext2D | null;
    if (c) {
      c.scale(dpr, dpr);
      c.beginPath();
      addShape(c, shape, half, half, r);
      c.fillStyle = colours[shape];
      c.fill();
    }
    return { image, half };
  });
  stampCache = { key, stamps };
  return stamps;
}

function addShape(ctx: CanvasRenderingContext2D, shape: PacketShape, x: number, y: number, r: number): void {
  if (shape === 'request') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  } else if (shape === 'response') {
    const d = r * 1.25;
    ctx.moveTo(x, y - d);
    ctx.lineTo(x + d, y);
    ctx.lineTo(x, y + d);
    ctx.lineTo(x - d, y);
    ctx.closePath();
  } else if (shape === 'refused') {
    ctx.rect(x - r * 1.2, y - r * 0.5, r * 2.4, r);
  } else {
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.moveTo(x + r, y - r);
    ctx.lineTo(x - r, y + r);
  }
}

export function drawPackets(
  ctx: CanvasRenderingContext2D,
  sprites: readonly Sprite[],
  geometry: Geometry,
  view: View,
  colours: Colours,
  withLabels: boolean,
  out: DrawnPackets,
): void {
  const { tx, ty, zoom } = view;
  const r = Math.max(3, 6 * zoom);
  out.reset(sprites.length);
  for (const s of sprites) {
    const p = packetPosition(geometry, s.event, s.progress);
    const i = out.count++;
    out.xs[i] = p.x * zoom + tx;
    out.ys[i] = p.y * zoom + ty;
    out.shapes[i] = SHAPES.indexOf(packetShape(s.event, s.progress >= 1));
    out.sprites.push(s);
  }
  // Solid shapes are stamped from small pre-drawn bitmaps: far cheaper than a path per packet.
  const stamps = stampsFor(colours, r, ctx.getTransform().a);
  for (let i = 0; i < out.count; i++) {
    const k = out.shapes[i]!;
    if (k === 3) continue;
    const stamp = stamps[k]!;
    ctx.drawImage(stamp.image, out.xs[i]! - stamp.half, out.ys[i]! - stamp.half, stamp.half * 2, stamp.half * 2);
  }
  // Lost packets fade one by one where they were lost; there are few of them.
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = colours.lost;
  for (let i = 0; i < out.count; i++) {
    if (out.shapes[i] !== 3) continue;
    ctx.globalAlpha = out.sprites[i]!.opacity;
    ctx.beginPath();
    addShape(ctx, 'lost', out.xs[i]!, out.ys[i]!, r);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  if (!withLabels) return;
  ctx.font = `600 ${Math.max(10, 12 * zoom)}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  for (let i = 0; i < out.count; i++) {
    const text = packetLabel(out.sprites[i]!.event);
    const x = out.xs[i]! + r + 4;
    const y = out.ys[i]!;
    ctx.fillStyle = colours.labelBg;
    ctx.fillRect(x, y - 10, ctx.measureText(text).width + 10, 20);
    ctx.fillStyle = colours.label;
    ctx.fillText(text, x + 5, y);
  }
}
