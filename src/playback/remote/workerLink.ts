/**
 * The one traffic worker and the tracks it serves: each rebuild gets a new track (a new `gen`) on the
 * same worker, so the model's code is loaded once. Should the worker fail to start (a page whose
 * security policy forbids it) the link says so and the player goes on with the model on this thread.
 */
import type { Track, TrafficFactory, TrafficSpec } from '../track';
import { HopDecoder } from './hopRows';
import type { FromWorker, ToWorker } from './protocol';
import { RemoteTrack } from './remoteTrack';

/** What the link needs of a worker (a real `Worker`, or a test's stand-in). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: Event) => void) | null;
  terminate(): void;
}

export class WorkerLink {
  private readonly decoder = new HopDecoder();
  private gen = 0;
  private track: RemoteTrack | null = null;
  failed = false;

  constructor(
    private readonly worker: WorkerLike,
    /** Told once, when the worker cannot run: the current track must be built again on this thread. */
    private readonly onFail: (reason: string) => void,
  ) {
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = (e) => this.fail((e as Partial<ErrorEvent>).message || 'the worker did not start');
  }

  build(spec: TrafficSpec): Track {
    const track = new RemoteTrack((m) => this.worker.postMessage(m), ++this.gen, spec);
    this.track = track;
    return track;
  }

  private receive(m: FromWorker): void {
    if (m.type === 'error') return this.fail(m.message);
    // Every batch is decoded, an old track's too: names and details are numbered across them all.
    const hops = m.type === 'frame' ? this.decoder.decode(m.hops) : [];
    if (m.gen === this.gen) this.track?.receive(m, hops);
  }

  private fail(reason: string): void {
    if (this.failed) return;
    this.failed = true;
    this.worker.terminate();
    console.warn(`Traffic runs on the main thread: ${reason}`);
    this.onFail(reason);
  }
}

/** Traffic in `worker` while it runs, on this thread once it has failed. */
export function trafficVia(link: WorkerLink, local: TrafficFactory): TrafficFactory {
  return (spec) => (link.failed ? local(spec) : link.build(spec));
}
