/**
 * The traffic worker carried inside the script itself, for the builds that are one file (opened from
 * disk, or a course package) or load on someone else's page (the custom element): a worker file
 * beside them could not be fetched. Chosen over makeWorker.ts by vite.config.ts for those builds.
 */
import TrafficWorker from './trafficWorker?worker&inline';

export const makeTrafficWorker = (): Worker => new TrafficWorker({ name: 'traffic model' });
