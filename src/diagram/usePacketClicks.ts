/** Clicking a packet opens what it carries; every other click falls through to the diagram. */
import { useEffect, type RefObject } from 'react';
import { inspect, pause } from '../store/actions';
import type { DrawnPackets } from './drawPackets';

/** A click this close to a packet (CSS px) opens it in the inspector. */
const HIT_RADIUS_PX = 14;

export function usePacketClicks(canvas: RefObject<HTMLCanvasElement | null>, drawn: RefObject<DrawnPackets | null>): void {
  useEffect(() => {
    const el = canvas.current;
    const container = el?.parentElement;
    if (!el || !container) return;
    // The canvas lets pointer events through to the diagram, so the click is caught on its container.
    const onClick = (e: MouseEvent) => {
      const rect = el.getBoundingClientRect();
      const hit = drawn.current?.nearest(e.clientX - rect.left, e.clientY - rect.top, HIT_RADIUS_PX);
      if (!hit) return;
      e.stopPropagation();
      e.preventDefault();
      pause();
      inspect(hit.event);
    };
    container.addEventListener('click', onClick, true);
    return () => container.removeEventListener('click', onClick, true);
  }, [canvas, drawn]);
}
