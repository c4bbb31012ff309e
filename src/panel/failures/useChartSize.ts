import { useCallback, useEffect, useState } from 'react';

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * The size a chart is drawn at on screen, so its viewBox can match it one to one: its text is then the
 * CSS size (12 px) at any width, never scaled down with the drawing. CSS sets the size (the width of
 * the column, the band's height in a scene alone, else the fallback's proportions); until the first
 * measure, and where nothing can measure (tests), the fallback is used. A callback ref, since a chart
 * may only mount its svg once data arrives.
 */
export function useChartSize(fallback: ChartSize) {
  const [el, setEl] = useState<SVGSVGElement | null>(null);
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      // Inside the border, unrounded: the box the viewBox maps onto.
      const r = el.getBoundingClientRect();
      const width = r.width - 2 * el.clientLeft;
      const height = r.height - 2 * el.clientTop;
      if (width > 0 && height > 0) setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  const ref = useCallback((node: SVGSVGElement | null) => setEl(node), []);
  return [ref, size] as const;
}
