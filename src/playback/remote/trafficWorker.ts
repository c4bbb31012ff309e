/** The traffic worker: the model runs here, off the main thread (see trafficHost.ts). */
import { yieldThen } from '../yieldThen';
import { TrafficHost } from './trafficHost';
import type { FromWorker, ToWorker } from './protocol';
import { setCatalog } from '../../i18n/t';
import { pseudo } from '../../i18n/pseudo';
// The French captions are sentence functions, which no message can carry: the worker holds them (a small
// part of the French; it installs itself where the narration looks for it, content/narration/french.ts).
import '../../i18n/fr/narration';

interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const host = new TrafficHost((message, transfer) => scope.postMessage(message, transfer), yieldThen);

scope.onmessage = (e) => {
  const m = e.data;
  // Captions are written here: in the page's language, with the dictionary it sent (no fetch from a worker).
  if (m.type === 'lang') return setCatalog(m.lang, m.dict, m.lang === 'en-XA' ? pseudo : null);
  try {
    host.receive(e.data);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
  }
};
