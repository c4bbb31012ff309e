/**
 * Model benchmark: wall time to simulate one hour at 100 req/s and at 1000 req/s (saturated),
 * median of 5 runs each, with events recorded as in the app; then the same hour at 1000 req/s on four
 * servers behind HAProxy (issue 15), whose events/s are compared with the one server's of this run.
 * Last, the heap an hour of Play keeps (issue 14): traffic played as the app plays it, then collected.
 * Run: `npm run bench:model` (Node with `--expose-gc`, for the heap figures).
 */
import { availableParallelism, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { execFileSync } from 'node:child_process';
import { createStackSimulation, type SimConfig } from '../src/sim/index';
import { SEEK_SLICE_MS } from '../src/playback/seekJob';
import { Timeline } from '../src/playback/timeline';
import { heapOfPlay, type HeapOfPlay } from './heapOfPlay';

const HOUR_S = 3600;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const RUNS = 5;
/** Fresh processes per kind for the cold comparison. */
const COLD_RUNS = 3;
/** The four-server hour takes longer; three runs keep `npm run bench` short. */
const FOUR_SERVER_RUNS = 3;
/**
 * Four servers, and 200 browsers per server as the one server has. With the one server's 200 browsers
 * (6 connections each, 1,200 in all) no server would ever refuse a request: the excess would queue in
 * the browsers for the whole hour (1.75 million requests by its end), and the run would measure the
 * heap that pile-up grows, not the model. With 800, HAProxy's maxconn (2,000) binds and sheds the excess,
 * as Nginx's worker_connections do on the one server.
 */
const FOUR_SERVERS: Partial<SimConfig> = { servers: 4, browsers: 800 };

function once(rps: number, config: Partial<SimConfig> = {}): { ms: number; events: number } {
  const sim = createStackSimulation({ seed: 7, ...config });
  sim.apply({ t: 0, type: 'rate', rps });
  const start = performance.now();
  let events = 0;
  let last = sim.events(0, 1).at(0)?.seq ?? 0;
  // Advance a minute at a time, as a long-running view would, counting events by sequence number.
  for (let t = 60; t <= HOUR_S; t += 60) {
    sim.advanceTo(t);
    const tail = sim.events(t - 1, t + 1).at(-1);
    if (tail) {
      events += tail.seq - last;
      last = tail.seq;
    }
  }
  return { ms: performance.now() - start, events };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function bench(rps: number, config: Partial<SimConfig> = {}, count = RUNS): { ms: number; events: number; eventsPerS: number } {
  const runs = Array.from({ length: count }, () => once(rps, config));
  const ms = median(runs.map((r) => r.ms));
  return { ms, events: runs[0]!.events, eventsPerS: (runs[0]!.events / ms) * 1000 };
}

/** A seek as the app runs it: the timeline in main-thread slices, then seeks back from there. */
function seekOnce(): { hourMs: number; backMs: Record<number, number> } {
  const timeline = new Timeline({ seed: 7 }, { drawnS: 5 });
  timeline.apply({ t: 0, type: 'rate', rps: 100 });
  const start = performance.now();
  while (!timeline.seekToward(HOUR_S, SEEK_SLICE_MS));
  const hourMs = performance.now() - start;
  const backMs: Record<number, number> = {};
  for (const back of SEEK_BACKS_S) {
    const began = performance.now();
    timeline.seekToward(HOUR_S - back, Infinity);
    backMs[back] = performance.now() - began;
    // Each seek back starts from the hour again.
    timeline.seekToward(HOUR_S, Infinity);
  }
  return { hourMs, backMs };
}
/** Seeks back from the hour, simulated seconds: within the kept window, just past it, and far. */
const SEEK_BACKS_S = [10, 60, 1200];

/** Play after the seek to the hour: this long (simulated s), at 100× in 60 Hz frames. */
const PLAY_S = 1800;
const PLAY_SPEED = 100;
/** A frame's model budget at 60 Hz (see playback/pace.ts); what the frame's model leaves goes to checkpoints. */
const FRAME_MODEL_MS = 8;

/**
 * A seek back by 60 s after 30 minutes of Play from the hour, with the checkpoints Play takes in its
 * frames' spare time (`withCheckpoints`), or without (as before issue 14: replayed from the hour's).
 */
function seekBackAfterPlay(withCheckpoints: boolean): number {
  const timeline = new Timeline({ seed: 7 }, { drawnS: 5 });
  timeline.apply({ t: 0, type: 'rate', rps: 100 });
  timeline.seekToward(HOUR_S, Infinity);
  for (let t = HOUR_S; t < HOUR_S + PLAY_S; ) {
    const began = performance.now();
    t = Math.min(HOUR_S + PLAY_S, t + PLAY_SPEED / 60);
    timeline.advanceTo(t);
    if (withCheckpoints) timeline.catchUp(FRAME_MODEL_MS - (performance.now() - began));
  }
  const began = performance.now();
  timeline.seekToward(HOUR_S + PLAY_S - 60, Infinity);
  return performance.now() - began;
}

/** Heap runs: req/s and simulated seconds played (1000 req/s is slower to play: 10 minutes). */
const HEAP_RUNS: [number, number][] = [
  [100, HOUR_S],
  [1000, 600],
];
const HEAP_REPEATS = 3;

function printHeap(rps: number, untilS: number, runs: HeapOfPlay[]): void {
  if (runs[0]!.retainedMB === null) {
    console.log('heap after play: run Node with --expose-gc (npm run bench:model does) for the heap figures');
    return;
  }
  const med = (f: (r: HeapOfPlay) => number): string => median(runs.map(f)).toFixed(1);
  const at = untilS === HOUR_S ? '1 h' : `${untilS / 60} min`;
  const r = runs[0]!;
  console.log(
    `heap kept after ${at} of Play at ${rps} req/s (100×, 60 Hz frames, then GC): ${med((x) => x.retainedMB!)} MB JS heap ` +
      `+ ${med((x) => x.buffersMB!)} MB array buffers; peak ${med((x) => x.peakMB)} MB JS heap (garbage included) (median of ${runs.length}; target < 50 MB at 100 req/s)`,
  );
  console.log(`  what keeps it (MB freed when dropped, JS heap + buffers): ${r.split.map(([what, mb, buf]) => `${what} ${mb.toFixed(1)} + ${buf.toFixed(1)}`).join(', ')}`);
  console.log(`  counts: ${Object.entries(r.counts).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
}

// The machine is shared: the load average says how far to trust the wall times.
const loadBefore = loadavg()[0]!;
// The seek and the model alone at 100 req/s take turns, so both meet the same load on a shared machine.
const lowRuns: { ms: number; events: number }[] = [];
const seeks: ReturnType<typeof seekOnce>[] = [];
for (let i = 0; i < RUNS; i++) {
  lowRuns.push(once(100));
  seeks.push(seekOnce());
}
const lowMs = median(lowRuns.map((r) => r.ms));
const low = { ms: lowMs, events: lowRuns[0]!.events, eventsPerS: (lowRuns[0]!.events / lowMs) * 1000 };
const playBacks = Array.from({ length: RUNS }, () => [seekBackAfterPlay(false), seekBackAfterPlay(true)] as const);
const high = bench(1000);
const four = bench(1000, FOUR_SERVERS, FOUR_SERVER_RUNS);
console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after, on ${availableParallelism()} cores`);
console.log(`1 h at 100 req/s:  ${fmt(low.ms)} ms (median of ${RUNS}), ${fmt(low.events)} events, ${fmt(low.eventsPerS)} events/s`);
console.log(`1 h at 1000 req/s: ${fmt(high.ms)} ms (median of ${RUNS}), ${fmt(high.events)} events, ${fmt(high.eventsPerS)} events/s`);
console.log(`ratio 1000/100: ${(high.ms / low.ms).toFixed(2)} in time, ${(high.events / low.events).toFixed(2)} in events`);
const seekMs = median(seeks.map((r) => r.hourMs));
console.log(
  `seek to 1 h at 100 req/s (fast-forward, checkpoints, ${SEEK_SLICE_MS} ms slices): ${fmt(seekMs)} ms (median of ${RUNS}, taking turns with the model alone); ` +
    `÷ the model alone: ${(seekMs / low.ms).toFixed(2)} (target ≤ 1.2)`,
);
for (const back of SEEK_BACKS_S) {
  const ms = median(seeks.map((r) => r.backMs[back]!));
  console.log(`  then a seek back by ${back} s: ${ms.toFixed(1)} ms (median of ${RUNS})${back === 10 ? ' (target < 100)' : ''}`);
}
console.log(
  `after ${PLAY_S / 60} min of Play from the hour (${PLAY_SPEED}×, 60 Hz), a seek back by 60 s: ${median(playBacks.map((r) => r[1])).toFixed(1)} ms ` +
    `with the checkpoints Play takes, ${median(playBacks.map((r) => r[0])).toFixed(1)} ms without (median of ${RUNS})`,
);
console.log(`1 h at 1000 req/s, 4 servers behind HAProxy: ${fmt(four.ms)} ms (median of ${FOUR_SERVER_RUNS}), ${fmt(four.events)} events, ${fmt(four.eventsPerS)} events/s`);
console.log(`events/s, 4 servers ÷ 1 server at 1000 req/s: ${(four.eventsPerS / high.eventsPerS).toFixed(2)}`);
// A freshly started worker runs its first seek with cold code: compare it with the model alone, cold too.
const cold = { model: [] as number[], seek: [] as number[] };
const fresh = (what: 'model' | 'seek'): number => Number(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/coldHour.ts', what], { encoding: 'utf8' }).trim());
for (let i = 0; i < COLD_RUNS; i++) {
  cold.model.push(fresh('model'));
  cold.seek.push(fresh('seek'));
}
const coldModelMs = median(cold.model);
const coldSeekMs = median(cold.seek);
console.log(
  `in a fresh process (as a new worker runs it), 1 h at 100 req/s: the model alone ${fmt(coldModelMs)} ms, the seek ${fmt(coldSeekMs)} ms ` +
    `(medians of ${COLD_RUNS}, taking turns); ÷: ${(coldSeekMs / coldModelMs).toFixed(2)} (target ≤ 1.2)`,
);
for (const [rps, untilS] of HEAP_RUNS) {
  const runs = Array.from({ length: HEAP_REPEATS }, () => heapOfPlay(rps, untilS));
  printHeap(rps, untilS, runs);
}
console.log(`peak RSS: ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
// The app's benchmark (scripts/bench-app.mjs) compares its seek with this, from the same run.
mkdirSync('node_modules/.cache', { recursive: true });
writeFileSync('node_modules/.cache/bench-model.json', JSON.stringify({ hourAt100Ms: low.ms, coldHourAt100Ms: coldModelMs, hourAt1000Ms: high.ms, fourServersHourAt1000Ms: four.ms }));
