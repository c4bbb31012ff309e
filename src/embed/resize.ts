/**
 * Watches the document's height so the host can size the iframe to fit, with no scrollbar.
 */

/** Quiet time before a new height is reported: one report per burst of layout changes. */
export const RESIZE_DEBOUNCE_MS = 50;

export interface ObserveHeightOptions {
  /** Defaults to {@link RESIZE_DEBOUNCE_MS}. */
  debounceMs?: number;
}

function documentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Calls `onHeight` with the height of `doc.documentElement` in whole pixels (rounded up), once at
 * the start and then after each change, debounced, and only when the number differs from the last
 * one reported. Returns a disposer. Does nothing (and the disposer is a no-op) without ResizeObserver.
 */
export function observeHeight(doc: Document, onHeight: (height: number) => void, options: ObserveHeightOptions = {}): () => void {
  const Observer = doc.defaultView?.ResizeObserver ?? globalThis.ResizeObserver;
  if (Observer === undefined) return () => {};
  const debounceMs = options.debounceMs ?? RESIZE_DEBOUNCE_MS;
  let lastHeight: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const report = () => {
    timer = undefined;
    if (disposed) return;
    const height = documentHeight(doc);
    if (height === lastHeight || !Number.isFinite(height)) return;
    lastHeight = height;
    onHeight(height);
  };
  // A timer, not requestAnimationFrame: browsers pause rAF in off-screen cross-origin frames,
  // which is exactly where a host is waiting to hear the height.
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(report, debounceMs);
  };

  const observer = new Observer(schedule);
  observer.observe(doc.documentElement);
  schedule();
  return () => {
    disposed = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
