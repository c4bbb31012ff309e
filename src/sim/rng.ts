/** A small, fast, seeded pseudo-random generator (sfc32, seeded through splitmix32). */

/** Uniform numbers in [0, 1) from one seeded stream. */
export interface Rng {
  next(): number;
  /** Exponentially distributed with the given mean (never 0, never Infinity). */
  exponential(mean: number): number;
}

function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * sfc32's four words live in a field rather than in a closure, so a checkpoint (`checkpoint.ts`) can copy a
 * generator like any other part of the model's state.
 */
class Sfc32 implements Rng {
  constructor(private readonly st: Int32Array) {}

  next(): number {
    const st = this.st;
    const a = st[0]!;
    const b = st[1]!;
    const c = st[2]!;
    const d = (st[3]! + 1) | 0;
    let t = (a + b) | 0;
    t = (t + d) | 0;
    st[0] = b ^ (b >>> 9);
    st[1] = (c + (c << 3)) | 0;
    st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    st[3] = d;
    return (t >>> 0) / 4294967296;
  }

  exponential(mean: number): number {
    // 1 - u is in (0, 1], so the log is finite.
    return -Math.log(1 - this.next()) * mean;
  }
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator); `stream` separates independent streams. */
export function createRng(seed: number, stream = 0): Rng {
  const mix = splitmix32((seed ^ Math.imul(stream + 1, 0x632be5ab)) >>> 0);
  // State in an Int32Array: uint32 values in plain fields would be boxed on every call.
  const rng = new Sfc32(new Int32Array([mix(), mix(), mix(), mix()]));
  for (let i = 0; i < 12; i++) rng.next();
  return rng;
}
