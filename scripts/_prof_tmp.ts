import { createSimulation } from '../src/sim/index';
const sim = createSimulation({ seed: 7 });
sim.apply({ t: 0, type: 'rate', rps: 100 });
const s = performance.now();
sim.advanceTo(1200);
console.log(performance.now() - s);
