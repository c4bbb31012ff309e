/** The animation sleeps while the diagram is off-screen. */
import { useEffect, type RefObject } from 'react';
import { setDiagramVisible } from '../store/actions';

export function useDiagramVisibility(canvas: RefObject<HTMLCanvasElement | null>): void {
  useEffect(() => {
    const container = canvas.current?.parentElement;
    if (!container || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(([entry]) => setDiagramVisible(entry?.isIntersecting ?? true));
    io.observe(container);
    return () => io.disconnect();
  }, [canvas]);
}
