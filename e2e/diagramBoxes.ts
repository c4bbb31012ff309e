/**
 * What the diagram looks like on screen, measured in the page: every node's box, every piece of text
 * in it with its rendered font size (CSS font size × every transform above it, React Flow's zoom
 * included), every link label's box, and points along every drawn link. Used by legibility.spec.ts.
 */
import type { Page } from '@playwright/test';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeBox extends Rect {
  id: string;
  /** A box holding other components (DNS, the server). */
  group: boolean;
}

export interface TextBox extends Rect {
  node: string;
  text: string;
  /** Font size on screen, in CSS pixels of the page. */
  px: number;
  /** A component's name rather than secondary text (detail, gauge, port, record). */
  name: boolean;
}

export interface LabelBox extends Rect {
  link: string;
  text: string;
  px: number;
}

export interface DiagramBoxes {
  zoom: number;
  flow: Rect;
  nodes: NodeBox[];
  texts: TextBox[];
  labels: LabelBox[];
  /** Points along each link as drawn, in page coordinates. */
  paths: { link: string; points: { x: number; y: number }[] }[];
}

/** Measure the diagram as drawn now (page coordinates: scrolling does not change the result). */
export function measureDiagram(page: Page): Promise<DiagramBoxes> {
  return page.evaluate(() => {
    const sx = window.scrollX;
    const sy = window.scrollY;
    const rect = (r: DOMRect) => ({ x: r.x + sx, y: r.y + sy, width: r.width, height: r.height });
    /** How much an element is scaled on screen: its drawn width over its layout width. */
    const scaleOf = (el: HTMLElement) => (el.offsetWidth ? el.getBoundingClientRect().width / el.offsetWidth : 1);
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;

    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => ({
      id: n.dataset.id!,
      group: n.classList.contains('react-flow__node-group'),
      ...rect(n.getBoundingClientRect()),
    }));

    const texts: { node: string; text: string; px: number; name: boolean; x: number; y: number; width: number; height: number }[] = [];
    for (const n of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const walker = document.createTreeWalker(n, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const text = t.textContent?.trim() ?? '';
        const el = t.parentElement!;
        if (!text || el.closest('.visually-hidden, .react-flow__handle')) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        const r = range.getBoundingClientRect();
        if (!r.width || !r.height) continue;
        texts.push({
          node: n.dataset.id!,
          text,
          px: parseFloat(getComputedStyle(el).fontSize) * scaleOf(el),
          name: !!el.closest('.stack-node__label, .stack-group__label'),
          ...rect(r),
        });
      }
    }

    const labels = [...document.querySelectorAll<HTMLElement>('.link-label')].map((l) => ({
      link: l.dataset.link!,
      text: l.textContent ?? '',
      px: parseFloat(getComputedStyle(l).fontSize) * scaleOf(l),
      ...rect(l.getBoundingClientRect()),
    }));

    const paths = [...document.querySelectorAll<SVGPathElement>('.react-flow__edge path.link-path')].map((p) => {
      const link = p.closest<SVGGElement>('.react-flow__edge')!.dataset.id!;
      const m = p.getScreenCTM()!;
      const total = p.getTotalLength();
      const points: { x: number; y: number }[] = [];
      for (let d = 0; d <= total; d += 2) {
        const q = p.getPointAtLength(d);
        points.push({ x: m.a * q.x + m.c * q.y + m.e + sx, y: m.b * q.x + m.d * q.y + m.f + sy });
      }
      return { link, points };
    });

    return { zoom, flow: rect(document.querySelector('.react-flow')!.getBoundingClientRect()), nodes, texts, labels, paths };
  });
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlap(a: Rect, b: Rect, slack = 0.5): boolean {
  return a.x + a.width - slack > b.x && b.x + b.width - slack > a.x && a.y + a.height - slack > b.y && b.y + b.height - slack > a.y;
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: Rect, inner: Rect, slack = 0.5): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

export function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/** Which group each component sits in (React Flow renders child nodes as siblings, so the page cannot say). */
const PARENT: Record<string, string> = {
  resolver: 'dns',
  root: 'dns',
  tld: 'dns',
  authoritative: 'dns',
  nginx: 'server',
  'app-server': 'server',
  'app-files': 'server',
  mysql: 'server',
};

const show = (r: Rect) => `[${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}]`;

/**
 * Everything that overlaps, as sentences (empty when nothing does):
 * - link labels with each other, with any component that is not a group, with any text of any
 *   component, and with any link's drawn line (grown by `packetRadius`, where packets travel);
 * - a label half inside a group (a label lies wholly inside a group or wholly outside it);
 * - components with each other, except a group and the components it holds, which must lie inside it;
 * - a component's text outside its own box (clipped or spilling over), or over another component.
 */
export function overlaps(d: DiagramBoxes, packetRadius: number): string[] {
  const out: string[] = [];
  const leaves = d.nodes.filter((n) => !n.group);
  const groups = d.nodes.filter((n) => n.group);
  d.labels.forEach((a, i) => {
    for (const b of d.labels.slice(i + 1)) if (overlap(a, b)) out.push(`label ${a.link} ${show(a)} overlaps label ${b.link} ${show(b)}`);
    for (const n of leaves) if (overlap(a, n)) out.push(`label ${a.link} ${show(a)} overlaps component ${n.id} ${show(n)}`);
    for (const g of groups) {
      if (overlap(a, g) && !contains(g, a)) out.push(`label ${a.link} ${show(a)} straddles the border of ${g.id} ${show(g)}`);
    }
    for (const t of d.texts) if (overlap(a, t)) out.push(`label ${a.link} ${show(a)} covers "${t.text}" of ${t.node}`);
    for (const p of d.paths) {
      const hit = p.points.find((q) => overlap(grow(a, packetRadius), { x: q.x, y: q.y, width: 0.01, height: 0.01 }, 0));
      if (hit) out.push(`label ${a.link} ${show(a)} sits on the path of link ${p.link} at ${Math.round(hit.x)},${Math.round(hit.y)}`);
    }
  });
  d.nodes.forEach((a, i) => {
    for (const b of d.nodes.slice(i + 1)) {
      const nested = PARENT[a.id] === b.id || PARENT[b.id] === a.id;
      if (nested) {
        const [outer, inner] = PARENT[a.id] === b.id ? [b, a] : [a, b];
        if (!contains(outer, inner)) out.push(`${inner.id} ${show(inner)} is not inside its group ${outer.id} ${show(outer)}`);
      } else if (overlap(a, b)) out.push(`component ${a.id} ${show(a)} overlaps ${b.id} ${show(b)}`);
    }
  });
  for (const t of d.texts) {
    const own = d.nodes.find((n) => n.id === t.node)!;
    if (!contains(own, t)) out.push(`"${t.text}" ${show(t)} does not fit its component ${t.node} ${show(own)}`);
    for (const n of d.nodes) {
      if (n.id !== t.node && PARENT[t.node] !== n.id && overlap(n, t)) out.push(`"${t.text}" of ${t.node} ${show(t)} overlaps ${n.id} ${show(n)}`);
    }
  }
  return out;
}
