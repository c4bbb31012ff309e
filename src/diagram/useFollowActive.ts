import { useEffect, type RefObject } from 'react';
import { selectReducedMotion, useUi, type UiState } from '../store/ui';

/** Room left round the active part when scrolling to it, in CSS pixels. */
const MARGIN_PX = 16;

type Span = { top: number; bottom: number };

/** What a journey step is about, on screen: the link a packet is crossing, else the components lit. */
function activeSpan(diagram: HTMLElement, s: UiState): Span | null {
  const link = s.highlight.links[0];
  const els = link
    ? [diagram.querySelector(`.react-flow__edge[data-id="${link}"] path`), diagram.querySelector(`.link-label[data-link="${link}"]`)]
    : s.highlight.nodes.map((id) => diagram.querySelector(`.react-flow__node[data-id="${id}"]`));
  const rects = els.filter((e): e is Element => !!e).map((e) => e.getBoundingClientRect());
  if (!rects.length) return null;
  return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
}

/**
 * When the diagram is taller than the window (a phone, 200 % zoom), keeps each journey step on screen:
 * when the step lights another part of the diagram, the page scrolls by the least amount that shows
 * it, below the playback bar that stays at the top. Only while the diagram is in view, so a learner
 * reading the panel further down is never moved.
 */
export function useFollowActive(container: RefObject<HTMLElement | null>): void {
  useEffect(
    () =>
      useUi.subscribe((s, prev) => {
        if (s.highlight === prev.highlight || s.mode !== 'journey') return;
        const diagram = container.current;
        if (!diagram) return;
        const box = diagram.getBoundingClientRect();
        const view = window.innerHeight;
        if (box.height <= view || box.bottom <= 0 || box.top >= view) return;
        const span = activeSpan(diagram, s);
        if (!span) return;
        // The sticky playback bar covers the top of the window.
        const bar = document.querySelector('.controls')?.getBoundingClientRect();
        const top = (bar && bar.top <= 0.5 ? bar.bottom : 0) + MARGIN_PX;
        const bottom = view - MARGIN_PX;
        let delta = 0;
        if (span.top < top || span.bottom - span.top > bottom - top) delta = span.top - top;
        else if (span.bottom > bottom) delta = span.bottom - bottom;
        if (Math.abs(delta) < 1) return;
        window.scrollBy({ top: delta, behavior: selectReducedMotion(s) ? 'auto' : 'smooth' });
      }),
    [container],
  );
}
