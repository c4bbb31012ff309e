// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeHeight, RESIZE_DEBOUNCE_MS } from './resize';

/** Stands in for the browser's ResizeObserver, which happy-dom doesn't drive from layout. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  trigger() {
    this.callback();
  }
}

let height = 500;

beforeEach(() => {
  vi.useFakeTimers();
  FakeResizeObserver.instances = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  Object.defineProperty(document.defaultView!, 'ResizeObserver', { value: FakeResizeObserver, configurable: true });
  height = 500;
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('observeHeight', () => {
  it('reports the starting height, rounded up, after the debounce', () => {
    height = 500.2;
    const onHeight = vi.fn();
    observeHeight(document, onHeight);
    expect(FakeResizeObserver.instances[0]!.observed).toEqual([document.documentElement]);
    expect(onHeight).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS);
    expect(onHeight).toHaveBeenCalledExactlyOnceWith(501);
  });

  it('reports a burst of changes once, and only when the height changed', () => {
    const onHeight = vi.fn();
    observeHeight(document, onHeight);
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS);
    const observer = FakeResizeObserver.instances[0]!;
    for (const h of [600, 700, 720]) {
      height = h;
      observer.trigger();
      vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS / 2);
    }
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS);
    observer.trigger();
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS);
    expect(onHeight.mock.calls).toEqual([[500], [720]]);
  });

  it('stops on dispose', () => {
    const onHeight = vi.fn();
    const dispose = observeHeight(document, onHeight);
    dispose();
    height = 900;
    FakeResizeObserver.instances[0]!.trigger();
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS * 2);
    expect(onHeight).not.toHaveBeenCalled();
    expect(FakeResizeObserver.instances[0]!.disconnected).toBe(true);
  });

  it('does nothing where ResizeObserver is missing', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    Object.defineProperty(document.defaultView!, 'ResizeObserver', { value: undefined, configurable: true });
    const onHeight = vi.fn();
    const dispose = observeHeight(document, onHeight);
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS * 2);
    expect(onHeight).not.toHaveBeenCalled();
    expect(dispose).not.toThrow();
  });
});
