/** The diagram's nodes and edges for a layout, as React Flow wants them: sized, with declared handles. */
import { COMPONENTS, LINKS } from '../sim/topology';
import { LAYOUTS, type Orientation } from './layout';
import { geometryFor, pathData } from './geometry';
import type { StackNode } from './nodes/types';
import type { StackEdge } from './LinkEdge';
import { readOnlyNode } from './readOnlyFlow';
import { tx } from '../i18n/t';

export function buildNodes(orientation: Orientation): StackNode[] {
  const layout = LAYOUTS[orientation];
  return COMPONENTS.map((c) => {
    const box = layout[c.id];
    return {
      id: c.id,
      type: c.id === 'browser' ? 'browser' : c.id === 'dns' || c.id === 'server' ? 'group' : 'component',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      ...(c.parent ? { parentId: c.parent, extent: 'parent' as const } : {}),
      data: { id: c.id },
      ariaLabel: tx(c.accessibleName),
      // A node that holds its own control (the A record, the address) is a group: a button may not nest one.
      ariaRole: c.id === 'browser' || c.id === 'dns' ? 'group' : 'button',
      ...readOnlyNode(box.width, box.height),
    } as StackNode;
  });
}

export function buildEdges(orientation: Orientation): StackEdge[] {
  const geometry = geometryFor(orientation);
  return LINKS.map((l) => ({
    id: l.id,
    source: l.source,
    target: l.target,
    type: 'link',
    data: { link: l.id, path: pathData(geometry[l.id]) },
    ariaLabel: tx(l.accessibleName),
    focusable: false,
    selectable: false,
    deletable: false,
    reconnectable: false,
  }));
}

