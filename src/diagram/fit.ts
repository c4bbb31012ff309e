/** How both diagrams fit their box: a thin margin, and a new fit whenever the box changes size. */
import { useEffect, useState, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { NARROW_BREAKPOINT, type Orientation } from './layout';

/**
 * A thin margin, since every pixel here is zoom; more at the bottom, where React Flow's attribution
 * link sits, so it covers no component.
 */
export const FIT_PADDING = { top: '8px', x: '4px', bottom: '28px' } as const;
export const FIT_OPTIONS = { padding: FIT_PADDING } as const;

/** Re-fit when the container changes size (or `key` changes); React Flow's `fitView` prop only applies on mount. */
export function useFitOnResize(container: RefObject<HTMLDivElement | null>, key: unknown) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const el = container.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView({ padding: FIT_PADDING, duration: 0 }));
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, [container, fitView, key]);
}

/**
 * The arrangement for the box the diagram gets (`pick`, from its size; keep it stable), followed as the
 * box resizes, with the view re-fitted to it.
 */
export function useFittedOrientation(container: RefObject<HTMLDivElement | null>, pick: (width: number, height: number) => Orientation): Orientation {
  const [orientation, setOrientation] = useState<Orientation>(() =>
    typeof window !== 'undefined' && window.innerWidth < NARROW_BREAKPOINT ? 'narrow' : 'wide',
  );
  useEffect(() => {
    const el = container.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setOrientation(pick(entry.contentRect.width, entry.contentRect.height));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [container, pick]);
  useFitOnResize(container, orientation);
  return orientation;
}
