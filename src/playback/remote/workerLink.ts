/**
 * The one traffic worker and the tracks it serves: each rebuild gets a new track (a new `gen`) on the
 * same worker, so the model's code is loaded once. Should the worker fail to start (a page whose
 * security policy forbids it) the link says so and the player goes on with the model on this thread.
 */
import type { Cancellable, Track, TrafficFactory, TrafficSpec } from '../track';
import { ReplayJob, type Design, type ReplayListener, type ReplayScript } from '../compare/replay';
import { HopDecoder } from './hopRows';
import type { FromWorker, ToWorker } from './protocol';
import { RemoteTrack } from './remoteTrack';
import type { Lang } from '../../i18n/lang';
import { currentLang, onLangChange } from '../../i18n/t';

/** What the link needs of a worker (a real `Worker`, or a test's stand-in). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: Event) => void) | null;
  terminate(): void;
}

interface PendingReplay {
  listener: ReplayListener;
  designs: readonly Design[];
  script: ReplayScript;
  /** The same replay on this thread, once the worker has failed. */
  local: ReplayJob | null;
}

export class WorkerLink {
  private readonly decoder = new HopDecoder();
  private gen = 0;
  private track: RemoteTrack | null = null;
  private replayIds = 0;
  private readonly replays = new Map<number, PendingReplay>();
  /** Messages kept back while the worker is being told a new language, so none is answered in the old one. */
  private held: ToWorker[] | null = null;
  private spoken = false;
  failed = false;

  constructor(
    private readonly worker: WorkerLike,
    /** Told once, when the worker cannot run: the current track must be built again on this thread. */
    private readonly onFail: (reason: string) => void,
  ) {
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = (e) => this.fail((e as Partial<ErrorEvent>).message || 'the worker did not start');
    // The link lives as long as the page's player: it follows every language switch.
    this.speak(currentLang());
    onLangChange((lang) => this.speak(lang));
  }

  /** Tells the worker the language captions are written in (it starts in English). */
  private speak(lang: Lang): void {
    if (lang === 'en' && !this.spoken) return;
    this.spoken = true;
    this.held ??= [];
    // The French dictionary is loaded already (the page switched to it): this import resolves from the cache.
    const dict = lang === 'fr' ? import('../../i18n/fr').then((m) => m.FR) : Promise.resolve(null);
    void dict.then((d) => {
      this.worker.postMessage({ type: 'lang', lang, dict: d });
      const held = this.held ?? [];
      this.held = null;
      for (const m of held) this.worker.postMessage(m);
      this.track?.retell();
    });
  }

  private readonly send = (m: ToWorker): void => {
    if (this.held) this.held.push(m);
    else this.worker.postMessage(m);
  };

  build(spec: TrafficSpec): Track {
    const track = new RemoteTrack(this.send, ++this.gen, spec);
    this.track = track;
    return track;
  }

  /** "Replay the same traffic" in the worker; on this thread, in slices, once it has failed. */
  replay(designs: readonly Design[], script: ReplayScript, listener: ReplayListener): Cancellable {
    if (this.failed) return new ReplayJob(designs, script, listener);
    const id = ++this.replayIds;
    const pending: PendingReplay = { listener, designs, script, local: null };
    this.replays.set(id, pending);
    this.send({ type: 'replay', id, designs, script });
    return {
      cancel: () => {
        if (!this.replays.delete(id)) return;
        if (pending.local) pending.local.cancel();
        else this.send({ type: 'replay-cancel', id });
      },
    };
  }

  private receive(m: FromWorker): void {
    if (m.type === 'error') return this.fail(m.message);
    if (m.type === 'replay-progress') return this.replays.get(m.id)?.listener.progress(m.done);
    if (m.type === 'replay-done') {
      const replay = this.replays.get(m.id);
      this.replays.delete(m.id);
      return replay?.listener.done(m.results);
    }
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
    // Replays under way start again here (their listeners hear nothing from the worker now).
    for (const [id, pending] of this.replays) {
      const { designs, script, listener } = pending;
      pending.local = new ReplayJob(designs, script, {
        progress: (done) => listener.progress(done),
        done: (results) => {
          this.replays.delete(id);
          listener.done(results);
        },
      });
    }
  }
}

/** Traffic in `worker` while it runs, on this thread once it has failed. */
export function trafficVia(link: WorkerLink, local: TrafficFactory): TrafficFactory {
  return (spec) => (link.failed ? local(spec) : link.build(spec));
}
