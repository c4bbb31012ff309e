/**
 * The canvas's size in CSS px, read from a ResizeObserver rather than per frame: reading layout in the
 * animation loop could force a reflow.
 */
export interface CanvasSize {
  width: number;
  height: number;
  dispose(): void;
}

/** Follow `el`'s size; `onResize` runs after each change. */
export function watchCanvasSize(el: HTMLElement, onResize: () => void): CanvasSize {
  const size: CanvasSize = { width: el.clientWidth, height: el.clientHeight, dispose: () => observer?.disconnect() };
  const observer =
    typeof ResizeObserver !== 'undefined'
      ? new ResizeObserver(([entry]) => {
          size.width = entry?.contentRect.width ?? size.width;
          size.height = entry?.contentRect.height ?? size.height;
          onResize();
        })
      : null;
  observer?.observe(el);
  return size;
}

/** Match the canvas's backing store to its CSS size at the screen's pixel ratio. */
export function fitBackingStore(el: HTMLCanvasElement, size: CanvasSize, dpr: number): void {
  const width = Math.round(size.width * dpr);
  const height = Math.round(size.height * dpr);
  if (el.width !== width || el.height !== height) {
    el.width = width;
    el.height = height;
  }
}
