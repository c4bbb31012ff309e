/**
 * Paths packets travel: the link's own line, bent around any link label that sits on it, so a packet
 * passes beside a label and never covers it. Computed in flow coordinates whenever labels or the zoom
 * change, never per frame.
 */
import { makePolyline, pointAt, type Point, type Polyline, type Routes } from './geometry';
import type { Rect } from './bubble';

/** Samples per flow unit of link length when a link has to bend. */
const SAMPLE_EVERY = 2;

/** How far (along unit normal `n`) point `p` must move to leave rectangle `r`; Infinity if it never can. */
function exitDistance(p: Point, n: Point, r: Rect): number {
  const tx = n.x > 0 ? (r.x + r.width - p.x) / n.x : n.x < 0 ? (r.x - p.x) / n.x : Infinity;
  const ty = n.y > 0 ? (r.y + r.height - p.y) / n.y : n.y < 0 ? (r.y - p.y) / n.y : Infinity;
  return Math.min(tx, ty);
}

const inside = (p: Point, r: Rect) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

/**
 * A link's line bent around `obstacles` (already grown by the packet's half-size plus a margin): each
 * part of the line inside an obstacle moves sideways out of it, to the side that needs the smaller
 * move, with 45° ramps either side so the packet glides round rather than jumps.
 */
export function bendAround(line: Polyline, obstacles: readonly Rect[]): Polyline {
  const total = line.lengths[line.lengths.length - 1]!;
  const hit = obstacles.filter((r) => crosses(line, r));
  if (!hit.length || total <= 0) return line;
  const n = Math.max(2, Math.ceil(total / SAMPLE_EVERY));
  const points: Point[] = [];
  const normals: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const f = i / n;
    const p = pointAt(line, f);
    const q = pointAt(line, Math.min(1, f + 1e-3));
    const r = pointAt(line, Math.max(0, f - 1e-3));
    const dx = q.x - r.x;
    const dy = q.y - r.y;
    const len = Math.hypot(dx, dy) || 1;
    points.push(p);
    normals.push({ x: -dy / len, y: dx / len });
  }
  const offset = new Float64Array(n + 1);
  for (const rect of hit) {
    // One side per obstacle: the one with the smaller largest move.
    let plus = 0;
    let minus = 0;
    const inRect: number[] = [];
    for (let i = 0; i <= n; i++) {
      if (!inside(points[i]!, rect)) continue;
      inRect.push(i);
      const nm = normals[i]!;
      plus = Math.max(plus, exitDistance(points[i]!, nm, rect));
      minus = Math.max(minus, exitDistance(points[i]!, { x: -nm.x, y: -nm.y }, rect));
    }
    if (!inRect.length) continue;
    // The side whose moved points land in fewer other boxes; between equals, the shorter move.
    const landings = (sign: number, need: number) => {
      let n = 0;
      for (const i of inRect) {
        const p = { x: points[i]!.x + normals[i]!.x * sign * need, y: points[i]!.y + normals[i]!.y * sign * need };
        for (const other of obstacles) if (other !== rect && inside(p, other)) n++;
      }
      return n;
    };
    const costPlus = landings(1, plus) * 1e6 + plus;
    const costMinus = landings(-1, minus) * 1e6 + minus;
    const sign = costPlus <= costMinus ? 1 : -1;
    const need = sign > 0 ? plus : minus;
    const first = inRect[0]!;
    const last = inRect[inRect.length - 1]!;
    const step = total / n;
    for (let i = 0; i <= n; i++) {
      // The full move starts one sample early, so the line between samples stays out too.
      const away = i < first ? Math.max(0, first - 1 - i) * step : i > last ? Math.max(0, i - last - 1) * step : 0;
      const o = sign * Math.max(0, need - away);
      if (Math.abs(o) > Math.abs(offset[i]!)) offset[i] = o;
    }
  }
  return makePolyline(points.map((p, i) => ({ x: p.x + normals[i]!.x * offset[i]!, y: p.y + normals[i]!.y * offset[i]! })));
}

/** Whether a segment of the line passes through the rectangle (sampled finely enough for labels). */
function crosses(line: Polyline, r: Rect): boolean {
  const total = line.lengths[line.lengths.length - 1]!;
  const n = Math.max(2, Math.ceil(total / SAMPLE_EVERY));
  for (let i = 0; i <= n; i++) if (inside(pointAt(line, i / n), r)) return true;
  return false;
}

const touches = (a: Rect, b: Rect) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Boxes that touch become one box around both, so a path bent round one never lands in its neighbour. */
export function mergeTouching(boxes: readonly Rect[]): Rect[] {
  const out = boxes.map((b) => ({ ...b }));
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        if (!touches(a, b)) continue;
        const x = Math.min(a.x, b.x);
        const y = Math.min(a.y, b.y);
        out[i] = { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
        out.splice(j, 1);
        merged = true;
        break;
      }
    }
  }
  return out;
}

/** Every link's packet path, bent around the given label boxes grown by `pad` on each side (flow units). */
export function packetPaths<G extends Routes>(geometry: G, labels: readonly Rect[], pad: number): G {
  const grown = mergeTouching(labels.map((r) => ({ x: r.x - pad, y: r.y - pad, width: r.width + 2 * pad, height: r.height + 2 * pad })));
  const out: Record<string, Polyline> = {};
  for (const id of Object.keys(geometry)) {
    // A bend can meet a box the straight line missed: bend again, a few times at most.
    let line = geometry[id]!;
    for (let pass = 0; pass < 3; pass++) {
      const next = bendAround(line, grown);
      if (next === line) break;
      line = next;
    }
    out[id] = line;
  }
  return out as G;
}
