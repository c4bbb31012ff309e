/**
 * Draws packets on the canvas in a few batched passes (stamped bitmaps, not a path per packet), since
 * per-packet fills cost more than the packets themselves. Positions are kept for hit-testing clicks.
 * Packets are at least 12 px across, leave a short trail, follow paths bent round the link labels, and
 * when a link is crowded they are gathered one per packet-length with a band whose width shows the load.
 */
import type { Sprite } from '../playback/sprite';
import type { Routes } from './geometry';
import type { Rect } from './bubble';
import { packetLabel, packetPosition, packetShape, type PacketShape } from './packets';

export type Colours = Record<PacketShape | 'label' | 'labelBg', string>;

export interface View {
  tx: number;
  ty: number;
  zoom: number;
}

/** A packet's radius on screen: at least 6 px, so the smallest shape is 12 px across at any zoom. */
export const MIN_PACKET_RADIUS_PX = 6;
export function packetRadius(zoom: number): number {
  return Math.max(MIN_PACKET_RADIUS_PX, 7 * zoom);
}

/** Half the width and height a shape covers, for radius `r`. */
export function packetHalfSize(shape: PacketShape, r: number): { w: number; h: number } {
  if (shape === 'response') return { w: r * 1.25, h: r * 1.25 };
  if (shape === 'refused') return { w: r * 1.2, h: r * 0.85 };
  return { w: r, h: r };
}

/** Where the packets of the last frame were drawn, in CSS pixels of the canvas. */
export class DrawnPackets {
  xs = new Float32Array(256);
  ys = new Float32Array(256);
  shapes = new Uint8Array(256);
  sprites: Sprite[] = [];
  count = 0;
  radius = MIN_PACKET_RADIUS_PX;
  /** The journey's packet names, where they were written. */
  texts: Rect[] = [];

  reset(n: number): void {
    if (n > this.xs.length) {
      const size = 2 ** Math.ceil(Math.log2(n));
      this.xs = new Float32Array(size);
      this.ys = new Float32Array(size);
      this.shapes = new Uint8Array(size);
    }
    this.sprites.length = 0;
    this.texts.length = 0;
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
/** Each drawing's links numbered once (a slot per link and direction for the bands), by its routes object. */
const linkIndexes = new WeakMap<Routes, { index: Map<string, number>; ids: string[] }>();
function linkIndex(paths: Routes) {
  let found = linkIndexes.get(paths);
  if (!found) {
    const ids = Object.keys(paths);
    found = { ids, index: new Map(ids.map((id, i) => [id, i])) };
    linkIndexes.set(paths, found);
  }
  return found;
}
/** Above this many packets a crowded link's packets are gathered one per bin. */
const GATHER_ABOVE = 40;
/** Trails are drawn up to this many packets; beyond, they would only add noise (and cost). */
const TRAIL_MAX = 40;
const TRAIL_DOTS = 4;
/** Distance between trail dots, in packet radii. */
const TRAIL_GAP_R = 1.1;
/** A link gets a load band from this many packets on it. */
const BAND_FROM = 12;

interface Stamp {
  image: HTMLCanvasElement | OffscreenCanvas;
  /** Half the stamp's size in CSS pixels. */
  half: number;
}

let stampCache: { key: string; stamps: Stamp[] } | null = null;

/** One bitmap per solid shape at the current size, colours and pixel ratio; redrawn only when those change. */
function stampsFor(colours: Colours, r: number, dpr: number): Stamp[] {
  const key = `${colours.request}|${colours.response}|${colours.refused}|${colours.labelBg}|${r.toFixed(2)}|${dpr}`;
  if (stampCache?.key === key) return stampCache.stamps;
  const half = Math.ceil(r * 1.4) + 1;
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
      // A thin outline in the background colour keeps a packet readable where it crosses a line.
      c.lineWidth = 1.5;
      c.strokeStyle = colours.labelBg;
      c.stroke();
    }
    return { image, half };
  });
  stampCache = { key, stamps };
  return stamps;
}

function addShape(ctx: CanvasRenderingContext2D, shape: PacketShape, x: number, y: number, r: number): void {
  const { w, h } = packetHalfSize(shape, r);
  if (shape === 'request') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  } else if (shape === 'response') {
    ctx.moveTo(x, y - h);
    ctx.lineTo(x + w, y);
    ctx.lineTo(x, y + h);
    ctx.lineTo(x - w, y);
    ctx.closePath();
  } else if (shape === 'refused') {
    ctx.rect(x - w, y - h, w * 2, h * 2);
  } else {
    ctx.moveTo(x - w, y - h);
    ctx.lineTo(x + w, y + h);
    ctx.moveTo(x + w, y - h);
    ctx.lineTo(x - w, y + h);
  }
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Per-frame scratch space, reused so a frame allocates nothing per packet. */
const occupied = new Set<number>();
let perLink = new Int32Array(32);

/**
 * Draw `sprites` along `paths` (the links' lines bent round their labels). `obstacles` are the link
 * labels and components on screen, which the journey's packet names keep off.
 */
export function drawPackets(
  ctx: CanvasRenderingContext2D,
  sprites: readonly Sprite[],
  paths: Routes,
  view: View,
  colours: Colours,
  withLabels: boolean,
  out: DrawnPackets,
  obstacles: readonly Rect[] = [],
): void {
  const { tx, ty, zoom } = view;
  const r = packetRadius(zoom);
  out.reset(sprites.length);
  out.radius = r;
  const gather = sprites.length > GATHER_ABOVE;
  const binPx = r * 2.4;
  occupied.clear();
  const links = linkIndex(paths);
  if (perLink.length < links.ids.length * 2) perLink = new Int32Array(links.ids.length * 2);
  perLink.fill(0);
  for (const s of sprites) {
    const e = s.event;
    const li = links.index.get(e.link);
    // A hop on a link this diagram does not draw (a resolver's inside on a fixed design) is skipped.
    if (li === undefined) continue;
    const line = paths[e.link]!;
    const slot = li * 2 + (e.direction === 'request' ? 0 : 1);
    perLink[slot]!++;
    if (gather) {
      const lengthPx = line.lengths[line.lengths.length - 1]! * zoom;
      const key = slot * 100_000 + Math.floor((s.progress * lengthPx) / binPx);
      if (occupied.has(key)) continue;
      occupied.add(key);
    }
    const p = packetPosition(paths, e, s.progress)!;
    const i = out.count++;
    out.xs[i] = p.x * zoom + tx;
    out.ys[i] = p.y * zoom + ty;
    out.shapes[i] = SHAPES.indexOf(packetShape(e, s.progress >= 1));
    out.sprites.push(s);
  }
  drawBands(ctx, paths, links.ids, view, colours, r);
  const stamps = stampsFor(colours, r, ctx.getTransform().a);
  if (out.count <= TRAIL_MAX) drawTrails(ctx, out, paths, view, stamps, r);
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
  if (withLabels) drawNames(ctx, out, colours, zoom, r, obstacles);
}

/** A band along each crowded link, wider as more packets travel it (log scale), under the packets. */
function drawBands(ctx: CanvasRenderingContext2D, paths: Routes, ids: readonly string[], view: View, colours: Colours, r: number): void {
  ctx.globalAlpha = 0.22;
  ctx.lineCap = 'round';
  for (let slot = 0; slot < ids.length * 2; slot++) {
    const n = perLink[slot]!;
    if (n < BAND_FROM) continue;
    const line = paths[ids[slot >> 1]!]!;
    ctx.lineWidth = Math.min(r * 2.2, 2 + Math.log2(n) * 1.6);
    ctx.strokeStyle = slot & 1 ? colours.response : colours.request;
    ctx.beginPath();
    line.points.forEach((p, i) => (i ? ctx.lineTo(p.x * view.zoom + view.tx, p.y * view.zoom + view.ty) : ctx.moveTo(p.x * view.zoom + view.tx, p.y * view.zoom + view.ty)));
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** A few fading dots behind each moving packet, along the way it came. */
function drawTrails(ctx: CanvasRenderingContext2D, out: DrawnPackets, paths: Routes, view: View, stamps: Stamp[], r: number): void {
  for (let i = 0; i < out.count; i++) {
    const s = out.sprites[i]!;
    const k = out.shapes[i]!;
    if (k === 3 || s.progress <= 0 || s.progress >= 1) continue;
    const line = paths[s.event.link]!;
    const lengthPx = line.lengths[line.lengths.length - 1]! * view.zoom;
    if (lengthPx <= 0) continue;
    const stamp = stamps[k]!;
    for (let d = 1; d <= TRAIL_DOTS; d++) {
      const back = s.progress - (d * TRAIL_GAP_R * r) / lengthPx;
      if (back <= 0) break;
      const p = packetPosition(paths, s.event, back)!;
      const size = stamp.half * 2 * (1 - d * 0.16);
      ctx.globalAlpha = 0.5 - d * 0.1;
      ctx.drawImage(stamp.image, p.x * view.zoom + view.tx - size / 2, p.y * view.zoom + view.ty - size / 2, size, size);
    }
  }
  ctx.globalAlpha = 1;
}

/** The journey's packet names, beside the packet on whichever side covers least of the labels and components. */
function drawNames(ctx: CanvasRenderingContext2D, out: DrawnPackets, colours: Colours, zoom: number, r: number, obstacles: readonly Rect[]): void {
  const fontPx = Math.max(12, 12 * zoom);
  ctx.font = `600 ${fontPx}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  const h = fontPx + 8;
  for (let i = 0; i < out.count; i++) {
    const text = packetLabel(out.sprites[i]!.event);
    const w = ctx.measureText(text).width + 10;
    const x = out.xs[i]!;
    const y = out.ys[i]!;
    const gap = r * 1.3 + 4;
    const candidates: Rect[] = [
      { x: x + gap, y: y - h / 2, width: w, height: h },
      { x: x - gap - w, y: y - h / 2, width: w, height: h },
      { x: x - w / 2, y: y + gap, width: w, height: h },
      { x: x - w / 2, y: y - gap - h, width: w, height: h },
      { x: x + gap, y: y - gap - h, width: w, height: h },
      { x: x + gap, y: y + gap, width: w, height: h },
      { x: x - gap - w, y: y - gap - h, width: w, height: h },
      { x: x - gap - w, y: y + gap, width: w, height: h },
    ];
    let best = candidates[0]!;
    let bestCost = Infinity;
    for (const c of candidates) {
      let cost = 0;
      for (const o of obstacles) cost += overlapArea(c, o);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    ctx.fillStyle = colours.labelBg;
    ctx.fillRect(best.x, best.y, best.width, best.height);
    ctx.fillStyle = colours.label;
    ctx.fillText(text, best.x + 5, best.y + h / 2);
    out.texts.push(best);
  }
}
