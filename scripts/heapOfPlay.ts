/**
 * The heap an hour of Play keeps: traffic driven as the app drives it (60 Hz frames at 100×, each
 * giving the model its 8 ms, the rest to the timeline's checkpoints; the views' reads four times a
 * second), then a full GC, against the heap before. Node must run with `--expose-gc`.
 */
import { TrafficTrack } from '../src/playback/trafficTrack';
import type { Retained } from '../src/sim/retained';
import { stateOf } from '../src/sim/simulation';
import type { Simulation } from '../src/sim';

const SPEED = 100;
const FRAME_S = 1 / 60;
/** A 60 Hz frame's model budget (see playback/pace.ts). */
const FRAME_MODEL_MS = 8;
/** The player publishes (metrics, snapshot, state) every 250 ms: every 15 frames. */
const PUBLISH_EVERY_FRAMES = 15;
const MB = 1e6;

export interface HeapOfPlay {
  /** JS heap kept after the run and a GC (null without --expose-gc), and array buffers' bytes (outside it). */
  retainedMB: number | null;
  buffersMB: number | null;
  /** Highest JS heap seen between frames, garbage not yet collected included. */
  peakMB: number;
  /** MB freed by dropping each part in turn: [what, JS heap, array buffers]. */
  split: [string, number, number][];
  counts: Record<string, number>;
}

const gc = (globalThis as { gc?: () => void }).gc;

function used(): { heap: number; buffers: number } {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

/** The parts of the timeline a memory split drops in turn (private fields, reached for measuring only). */
interface Parts {
  shadow: unknown;
  shelf: { kept: unknown[] };
  live: Simulation;
}

export function heapOfPlay(rps: number, untilS: number): HeapOfPlay {
  const before = used();
  const track = new TrafficTrack(7, rps, false, 0);
  let peak = 0;
  for (let frame = 1; track.time() < untilS; frame++) {
    track.advance(FRAME_S, SPEED, FRAME_MODEL_MS);
    track.sprites(SPEED);
    if (frame % PUBLISH_EVERY_FRAMES === 0) {
      // What the worker answers a few times a second: the snapshot (metrics and status in it), the event table.
      track.snapshot({ playing: true, rps, speed: SPEED, previousCaption: '' });
      track.recentEvents(200);
    }
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const { live, shadow, checkpoints, checkpointObjects, checkpointBytes } = track.sim.retained();
  const after = used();
  const counts: Record<string, number> = { checkpoints, 'objects in them': checkpointObjects, 'their bytes (estimate)': checkpointBytes };
  const add = (prefix: string, r: Retained): void => {
    for (const [k, v] of Object.entries(r)) counts[`${prefix} ${k}`] = v;
  };
  add('live', live);
  if (shadow) add('shadow', shadow);
  // Drop the parts one at a time; what each frees is what it kept.
  const split: [string, number, number][] = [];
  let last = after;
  const drop = (what: string, f: () => void): void => {
    f();
    const now = used();
    split.push([what, (last.heap - now.heap) / MB, (last.buffers - now.buffers) / MB]);
    last = now;
  };
  const parts = track.sim as unknown as Parts;
  drop('shadow', () => (parts.shadow = null));
  drop(`${checkpoints} checkpoints`, () => (parts.shelf.kept = []));
  const model = stateOf(parts.live)!.model;
  drop(`live: ${live.eventObjects} event objects`, () => {
    const store = model.store as unknown as Record<'objs' | 'built' | 'older', Map<number, unknown>>;
    for (const k of ['objs', 'built', 'older'] as const) store[k] = new Map();
  });
  drop(`live: ${live.idleSlots} idle-list slots`, () => model.front.web.idle.clear());
  split.push(['the rest (live model, views)', (last.heap - before.heap) / MB, (last.buffers - before.buffers) / MB]);
  return {
    retainedMB: gc ? (after.heap - before.heap) / MB : null,
    buffersMB: gc ? (after.buffers - before.buffers) / MB : null,
    peakMB: (peak - before.heap) / MB,
    split,
    counts,
  };
}
