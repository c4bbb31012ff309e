// One hour at 100 req/s in a fresh process, as a freshly started worker meets it (the code not yet
// optimised): `model` runs the model alone, `seek` runs the app's seek (fast-forward, checkpoints, 40 ms
// slices as in the worker). Prints the milliseconds. Run by scripts/bench-model.ts.
import { createStackSimulation } from '../src/sim/index';
import { Timeline } from '../src/playback/timeline';

const HOUR_S = 3600;
const WORKER_SLICE_MS = 40;
const start = performance.now();
if (process.argv[2] === 'model') {
  const sim = createStackSimulation({ seed: 7 });
  sim.apply({ t: 0, type: 'rate', rps: 100 });
  for (let t = 60; t <= HOUR_S; t += 60) sim.advanceTo(t);
} else {
  const timeline = new Timeline({ seed: 7 }, { drawnS: 5 });
  timeline.apply({ t: 0, type: 'rate', rps: 100 });
  while (!timeline.seekToward(HOUR_S, WORKER_SLICE_MS));
}
console.log(Math.round(performance.now() - start));
