/**
 * Whether the system asks for a dark colour scheme. Under `theme=system` the page's colours follow it
 * through light-dark(), but a canvas holds colours it read once: it must read them again on a change.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const mq = window.matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const prefersDark = () => typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;

export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, prefersDark, () => false);
}
