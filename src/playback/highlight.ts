/**
 * Which components and links are lit: the inspected event's while paused, else the current step's hop
 * in the journey, or (with reduced motion in traffic) every link that carries a packet now.
 */
import type { ComponentId, LinkId } from '../sim/topology';
import type { SimEvent } from '../sim/types';
import type { Sprite } from './sprite';
import { NO_HIGHLIGHT, type Highlight, type Mode } from './snapshot';

/** The components and link one event concerns: a hop's ends and link, or where a step happened. */
export function eventHighlight(event: SimEvent | null): Highlight {
  if (!event) return NO_HIGHLIGHT;
  if (event.kind === 'hop') return { nodes: [event.from, event.to], links: [event.link] };
  if ('at' in event) return { nodes: [event.at], links: [] };
  if (event.kind === 'state') return { nodes: [event.component], links: [] };
  return NO_HIGHLIGHT;
}

/** What the playback lights: `inspected` (an event chosen in the table or on the diagram) wins while paused. */
export function highlightFor(
  mode: Mode,
  current: SimEvent | null,
  sprites: readonly Sprite[],
  reduceMotion: boolean,
  inspected: { event: SimEvent | null; playing: boolean } = { event: null, playing: false },
): Highlight {
  if (inspected.event && !inspected.playing) return eventHighlight(inspected.event);
  if (mode === 'journey') return eventHighlight(current);
  if (!reduceMotion) return NO_HIGHLIGHT;
  const links = new Set<LinkId>();
  const nodes = new Set<ComponentId>();
  for (const s of sprites) {
    links.add(s.event.link);
    nodes.add(s.event.to);
  }
  return { nodes: [...nodes].sort(), links: [...links].sort() };
}
