/**
 * The traffic worker carried inside the script itself, for the builds that are one file (opened from
 * disk, or a course package) or load on someone else's page (the custom element): a worker file
 * beside them could not be fetched. Chosen over startWorker.ts by vite.config.ts for those builds.
 */
import TrafficWorker from './trafficWorker?worker&inline';
import type { WorkerLike } from './workerLink';

/** A new traffic worker, or null where the page refuses one (its security policy allows no blob: worker). */
export function startTrafficWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new TrafficWorker({ name: 'traffic model' }) as WorkerLike;
  } catch {
    return null;
  }
}
