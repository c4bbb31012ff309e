/**
 * Which components and links are lit: the current step's hop in the journey, or (with reduced motion in
 * traffic) every link that carries a packet now.
 */
import type { ComponentId, LinkId } from '../sim/topology';
import type { SimEvent } from '../sim/types';
import type { Sprite } from './sprite';
import { NO_HIGHLIGHT, type Highlight, type Mode } from './ui';

export function highlightFor(mode: Mode, current: SimEvent | null, sprites: readonly Sprite[], reduceMotion: boolean): Highlight {
  if (mode === 'journey') {
    if (!current) return NO_HIGHLIGHT;
    if (current.kind === 'hop') return { nodes: [current.from, current.to], links: [current.link] };
    if ('at' in current) return { nodes: [current.at], links: [] };
    if (current.kind === 'state') return { nodes: [current.component], links: [] };
    return NO_HIGHLIGHT;
  }
  if (!reduceMotion) return NO_HIGHLIGHT;
  const links = new Set<LinkId>();
  const nodes = new Set<ComponentId>();
  for (const s of sprites) {
    links.add(s.event.link);
    nodes.add(s.event.to);
  }
  return { nodes: [...nodes].sort(), links: [...links].sort() };
}
