/**
 * The worker's side: the traffic model (a `TrafficTrack`, exactly as it runs on the main thread) and
 * what it answers. Kept apart from the worker's global scope so tests drive it directly.
 */
import type { HopEvent } from '../../sim/types';
import { TrafficTrack } from '../trafficTrack';
import type { TrafficSpec } from '../track';
import { MAX_SPRITES, pruneInFlight } from '../inFlight';
import { HopEncoder } from './hopRows';
import { ReplayJob, type Design, type ReplayScript } from '../compare/replay';
import type { Cause, Command, FromWorker, RemoteSnapshot, SnapshotAsk, ToWorker } from './protocol';

/** Worker time per slice of a long seek: messages (a cancel, a new seek) are read between slices. */
const SEEK_SLICE_MS = 40;
/** Progress goes out at most this often, and not at all for a seek shorter than this. */
const PROGRESS_EVERY_MS = 100;

type Post = (message: FromWorker, transfer: Transferable[]) => void;
/** Runs `fn` after the messages already waiting (a macrotask). */
type Later = (fn: () => void) => void;

export class TrafficHost {
  private track: TrafficTrack | null = null;
  private gen = -1;
  private readonly encoder = new HopEncoder();
  /** The newest hop sent: the next frame sends the ones after it. */
  private sentSeq = -1;
  private speed = 1;
  /** The seek under way (its id), if any. */
  private seeking = -1;
  /** Replays under way, by id. */
  private readonly replays = new Map<number, ReplayJob>();

  constructor(
    private readonly post: Post,
    private readonly later: Later,
  ) {}

  receive(m: ToWorker): void {
    // The worker's scope takes the language (trafficWorker.ts).
    if (m.type === 'lang') return;
    if (m.type === 'build') return this.build(m.gen, m.spec);
    if (m.type === 'replay') return this.replay(m.id, m.designs, m.script);
    if (m.type === 'replay-cancel') {
      this.replays.get(m.id)?.cancel();
      this.replays.delete(m.id);
      return;
    }
    if (m.gen !== this.gen || !this.track) return;
    const track = this.track;
    switch (m.type) {
      case 'advance': {
        this.speed = m.speed;
        // During a seek the model belongs to it: the frame shows nothing new.
        const shown = this.seeking >= 0 ? 0 : (track.advance(m.dt, m.speed, m.budgetMs).shown ?? 0);
        return this.frame({ kind: 'advance' }, shown, false, m.ask, -1);
      }
      case 'command': {
        // A seek under way goes on (a change of rate applies to it, as on the main thread).
        this.speed = m.ask.context.speed;
        const failStart = this.run(track, m.command);
        return this.frame({ kind: 'command', ...(failStart === undefined ? {} : { failStart }) }, 0, m.command.op === 'step', m.ask, m.version);
      }
      case 'drop':
        this.track = null;
        this.seeking = -1;
        return;
      case 'seek':
        this.speed = m.ask.context.speed;
        return this.seek(track, m);
      case 'cancel':
        if (this.seeking === m.id) this.seeking = -1;
    }
  }

  private build(gen: number, { seed, rps, spof, design, faults, scale }: TrafficSpec): void {
    this.gen = gen;
    this.seeking = -1;
    this.track = new TrafficTrack(seed, rps, spof, 0, design, faults, scale);
    this.sentSeq = -1;
  }

  private replay(id: number, designs: readonly Design[], script: ReplayScript): void {
    const job = new ReplayJob(designs, script, {
      progress: (done) => this.post({ type: 'replay-progress', id, done }, []),
      done: (results) => {
        this.replays.delete(id);
        this.post({ type: 'replay-done', id, results }, []);
      },
    });
    this.replays.set(id, job);
  }

  /** Does `command`; returns a `fail-for` window's start. */
  private run(track: TrafficTrack, command: Command): number | undefined {
    switch (command.op) {
      case 'step':
        // From what the learner saw, not from a frame the main thread had not shown yet.
        if (track.viewTime !== command.from) track.seekTime(command.from);
        if (command.forward) track.stepForward();
        else track.stepBack();
        return;
      case 'rate':
        track.setRate(command.rps);
        return;
      case 'failure':
        track.setFailure(command.kind, command.on);
        return;
      case 'fail-for':
        return track.failFor(command.kind, command.seconds);
      case 'deploy':
        track.deployCode();
        return;
      case 'look':
    }
  }

  /** A seek in slices, so a cancel or a newer seek read between them stops it. */
  private seek(track: TrafficTrack, m: Extract<ToWorker, { type: 'seek' }>): void {
    const { id, t } = m;
    this.seeking = id;
    const from = t - track.behindBy(t);
    const began = performance.now();
    let told = began;
    const slice = (): void => {
      if (this.seeking !== id || this.track !== track) return;
      if (!track.runAhead(t, SEEK_SLICE_MS)) {
        const now = performance.now();
        if (now - told >= PROGRESS_EVERY_MS) {
          told = now;
          this.post({ type: 'seeking', gen: this.gen, id, seeking: { from, at: t - track.behindBy(t), target: t } }, []);
        }
        return this.later(slice);
      }
      this.seeking = -1;
      track.seekTime(t, m.focus ?? undefined);
      this.frame({ kind: 'seek', id, workerMs: performance.now() - began }, 0, true, m.ask, m.version);
    };
    slice();
  }

  private frame(cause: Cause, shown: number, replace: boolean, ask: SnapshotAsk | null, version: number): void {
    const track = this.track!;
    // The track keeps the hops still to draw; the main thread gets the ones it has not had.
    const active = track.inFlight();
    pruneInFlight(active, track.viewTime, this.speed);
    if (replace) this.sentSeq = -1;
    const fresh: HopEvent<string, string>[] = [];
    for (const e of active) if (e.seq > this.sentSeq && fresh.length < MAX_SPRITES) fresh.push(e);
    if (fresh.length) this.sentSeq = fresh[fresh.length - 1]!.seq;
    const hops = this.encoder.encode(fresh);
    const snapshot: RemoteSnapshot | null = ask && {
      view: track.snapshot(ask.context),
      recent: ask.recent > 0 ? track.recentEvents(ask.recent) : [],
      request: ask.request >= 0 ? (track.request(ask.request) ?? null) : null,
      version,
      ask,
    };
    this.post({ type: 'frame', gen: this.gen, cause, viewTime: track.viewTime, modelNow: track.sim.now, shown, replace, hops, snapshot }, [hops.rows.buffer]);
  }
}
