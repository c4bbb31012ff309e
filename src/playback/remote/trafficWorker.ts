/** The traffic worker: the model runs here, off the main thread (see trafficHost.ts). */
import { yieldThen } from '../yieldThen';
import { TrafficHost } from './trafficHost';
import type { FromWorker, ToWorker } from './protocol';

interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const host = new TrafficHost((message, transfer) => scope.postMessage(message, transfer), yieldThen);

scope.onmessage = (e) => {
  try {
    host.receive(e.data);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
  }
};
