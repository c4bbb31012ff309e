/**
 * Arrow-key navigation: from a component, move to the connected component that lies most nearly in the
 * arrow's direction. Connected means joined by a link, or a group and the components inside it.
 */
import { COMPONENTS, LINKS, type ComponentId } from '../sim/topology';
import { absoluteBox } from './geometry';
import type { Orientation } from './layout';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

export function connected(id: ComponentId): ComponentId[] {
  const out = new Set<ComponentId>();
  for (const l of LINKS) {
    if (l.source === id) out.add(l.target);
    if (l.target === id) out.add(l.source);
  }
  const self = COMPONENTS.find((c) => c.id === id);
  if (self?.parent) out.add(self.parent);
  for (const c of COMPONENTS) if (c.parent === id) out.add(c.id);
  return [...out];
}

export function neighbourInDirection(orientation: Orientation, id: ComponentId, key: string): ComponentId | null {
  const dir = DIRECTIONS[key];
  if (!dir) return null;
  const from = absoluteBox(orientation, id);
  const fx = from.x + from.width / 2;
  const fy = from.y + from.height / 2;
  let best: ComponentId | null = null;
  let bestScore = -Infinity;
  for (const other of connected(id)) {
    const b = absoluteBox(orientation, other);
    const dx = b.x + b.width / 2 - fx;
    const dy = b.y + b.height / 2 - fy;
    const dist = Math.hypot(dx, dy) || 1;
    const cos = (dx * dir.x + dy * dir.y) / dist;
    if (cos < 0.35) continue;
    const score = cos - dist / 5000;
    if (score > bestScore) {
      bestScore = score;
      best = other;
    }
  }
  return best;
}
