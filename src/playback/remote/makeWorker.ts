/** The traffic worker, from its own file beside the app's (the page's `worker-src 'self'` allows it). */
export const makeTrafficWorker = (): Worker => new Worker(new URL('./trafficWorker.ts', import.meta.url), { type: 'module', name: 'traffic model' });
