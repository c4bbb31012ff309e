/** The traffic worker, from its own file beside the app's (the page's `worker-src 'self'` allows it). */
import type { WorkerLike } from './workerLink';

/** A new traffic worker, or null where the browser has none (the tests' DOM) or refuses one. */
export function startTrafficWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./trafficWorker.ts', import.meta.url), { type: 'module', name: 'traffic model' }) as WorkerLike;
  } catch {
    return null;
  }
}
