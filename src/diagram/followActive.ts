import { selectReducedMotion, useUi, type UiState } from '../store/ui';

/** Room left round the active part when scrolling to it, in CSS pixels. */
const MARGIN_PX = 16;

/** What a journey step is about, on screen: the link a packet is crossing, else the components lit. */
function activeSpan(diagram: HTMLElement, s: UiState): { top: number; bottom: number } | null {
  const link = s.highlight.links[0];
  const els = link
    ? [diagram.querySelector(`.react-flow__edge[data-id="${link}"] path`), diagram.querySelector(`.link-label[data-link="${link}"]`)]
    : s.highlight.nodes.map((id) => diagram.querySelector(`.react-flow__node[data-id="${id}"]`));
  const rects = els.filter((e): e is Element => !!e).map((e) => e.getBoundingClientRect());
  if (!rects.length) return null;
  return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
}

/** Scrolls the page by the least amount that shows the step's part of the diagram, below the sticky playback bar. */
function scrollToActive(diagram: HTMLElement, s: UiState): void {
  const span = activeSpan(diagram, s);
  if (!span) return;
  const bar = document.querySelector('.controls')?.getBoundingClientRect();
  const top = (bar && bar.top <= 0.5 ? bar.bottom : 0) + MARGIN_PX;
  const bottom = window.innerHeight - MARGIN_PX;
  let delta = 0;
  if (span.top < top || span.bottom - span.top > bottom - top) delta = span.top - top;
  else if (span.bottom > bottom) delta = span.bottom - bottom;
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: selectReducedMotion(s) ? 'auto' : 'smooth' });
}

/**
 * While the diagram is taller than the window and in view, scrolls to each journey step that lights
 * another part of it. Returns the function that stops following.
 */
export function followJourney(diagram: HTMLElement): () => void {
  return useUi.subscribe((s, prev) => {
    if (s.highlight === prev.highlight || s.mode !== 'journey') return;
    const box = diagram.getBoundingClientRect();
    if (box.height > window.innerHeight && box.bottom > 0 && box.top < window.innerHeight) scrollToActive(diagram, s);
  });
}
