/** A fixed design's nodes and edges as React Flow wants them: sized, children placed in their machine. */
import { makePolyline, pathData, type Polyline } from '../geometry';
import type { FixedLayout } from './layout';
import { partText } from './parts';
import type { FixedEdge, FixedNode } from './types';
import { readOnlyNode } from '../readOnlyFlow';
import { t, tx } from '../../i18n/t';

/** Boxes narrower than this (flow units) write 'conn.': '1536/1536 connections' needs about 200. */
const SHORT_BELOW = 200;

/** `statusOf(id)` is the part's status in words ('' when up): a screen reader hears it with the name. */
export function buildFixedNodes(layout: FixedLayout, statusOf: (id: string) => string): FixedNode[] {
  const byId = new Map(layout.boxes.map((b) => [b.id, b]));
  return layout.boxes.map((b) => {
    const parent = b.parent ? byId.get(b.parent)! : null;
    const status = statusOf(b.id);
    const name = partText(b.id)?.accessibleName ?? b.id;
    return {
      id: b.id,
      type: b.kind === 'machine' ? 'machine' : 'part',
      position: parent ? { x: b.x - parent.x, y: b.y - parent.y } : { x: b.x, y: b.y },
      width: b.width,
      height: b.height,
      ...(parent ? { parentId: parent.id, extent: 'parent' as const } : {}),
      data: { id: b.id, kind: b.kind, short: b.width < SHORT_BELOW, ...(b.footBeside ? { footBeside: b.footBeside } : {}) },
      ariaLabel: status ? `${name}, ${tx(status)}` : name,
      ariaRole: 'button',
      ...readOnlyNode(b.width, b.height),
    } as FixedNode;
  });
}

/** Each route as a polyline, for the packets. */
export function fixedRoutes(layout: FixedLayout): Record<string, Polyline> {
  return Object.fromEntries(Object.entries(layout.routes).map(([id, points]) => [id, makePolyline(points)]));
}

/** An edge per route between its two parts; React Flow draws the route's path as it is. */
export function buildFixedEdges(layout: FixedLayout, routes: Record<string, Polyline>): FixedEdge[] {
  const ids = new Set(layout.boxes.map((b) => b.id));
  return Object.keys(routes).map((id) => {
    const [source, target] = id === 'browser-resolver' ? ['browser', 'dns'] : ends(id, ids);
    return {
      id,
      source,
      target,
      type: 'route',
      data: { path: pathData(routes[id]!) },
      // React Flow would name it "Edge from lb to server-1", in English and by id.
      ariaLabel: t('Link from {from} to {to}', { from: partText(source)?.accessibleName ?? source, to: partText(target)?.accessibleName ?? target }),
      focusable: false,
      selectable: false,
      deletable: false,
      reconnectable: false,
    } as FixedEdge;
  });
}

/** A link's two parts from its id, `<source>-<target>`, both parts of this design. */
function ends(id: string, ids: ReadonlySet<string>): [string, string] {
  for (const t of ids) if (id.endsWith(`-${t}`) && ids.has(id.slice(0, -t.length - 1))) return [id.slice(0, -t.length - 1), t];
  throw new Error(`No parts for the link ${id}`);
}
