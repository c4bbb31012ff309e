/** Starts the traffic worker: from its own file, or carried inside the script (see makeWorker.inline.ts). */
import { makeTrafficWorker } from './makeWorker';
import type { WorkerLike } from './workerLink';

/** A new traffic worker, or null where the browser has none (the tests' DOM) or the page refuses one. */
export function startTrafficWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return makeTrafficWorker() as WorkerLike;
  } catch {
    return null;
  }
}
