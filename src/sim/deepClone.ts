/**
 * A structural copy of an object graph that keeps identity (an object reached twice is copied once),
 * class prototypes, typed arrays sharing one buffer, Maps and Sets. Frozen objects (the config) are
 * shared, not copied. Used for the model's checkpoints: its state is plain data in class instances.
 *
 * A copy can be made in steps (`CloneJob`), so a big one never holds the main thread for long: each
 * object gets its copy at once, an empty shell, and is filled in later from a work list.
 */

/** Makes an empty instance of `v`'s class for constructors that need arguments (else undefined). */
export type BlankMaker = (v: object) => object | undefined;

/** Fields and elements filled between two looks at the clock (a look costs about as much as a few fills). */
const WORK_PER_CLOCK_CHECK = 512;
/** A long array is filled this many elements at a time (the model keeps arrays of 100,000 numbers). */
const ARRAY_PIECE = 512;

/**
 * An empty object of `v`'s class, made by its constructor (with no arguments, or by `make`), so the
 * copy has the hidden class the engine gave the original: copies made with `Object.create` have other
 * ones, and code that meets both kinds ran the model two to four times slower. `plain` counts the
 * class instances made the other way.
 */
function blankLike(v: object, make: BlankMaker | undefined, count: { plain: number }): Record<string, unknown> {
  const proto = Object.getPrototypeOf(v) as { constructor?: unknown } | null;
  // A spread copies an object literal's hidden class too.
  if (proto === Object.prototype) return { ...(v as Record<string, unknown>) };
  const Ctor = proto?.constructor;
  if (typeof Ctor === 'function' && Ctor !== Object) {
    const made = make?.(v);
    if (made) return made as Record<string, unknown>;
    try {
      return Reflect.construct(Ctor, []) as Record<string, unknown>;
    } catch {
      count.plain++;
    }
  }
  return Object.create(proto) as Record<string, unknown>;
}

/**
 * A copy of `root` made a little at a time: `step` copies for about `budgetMs` and says whether the
 * copy is done. The original must not change until it is.
 */
export class CloneJob<T> {
  /** The copy: complete once `step` has returned true. */
  readonly copy: T;
  /** Class instances made without their constructor (0 keeps runs fast). */
  readonly count = { plain: 0 };
  /** Bytes of the array buffers copied (typed arrays' contents). */
  bufferBytes = 0;
  private readonly copies: Map<unknown, unknown>;
  private readonly seeded: number;
  /** Originals whose shell is made and not yet filled, with the shell (and for an array, where to go on). */
  private readonly toFill: [object, unknown, number][] = [];

  /** `seed` maps objects to what stands for them in the copy (e.g. a part not worth copying). */
  constructor(
    root: T,
    seed?: Map<object, unknown>,
    private readonly make?: BlankMaker,
  ) {
    this.copies = new Map<unknown, unknown>(seed);
    this.seeded = seed?.size ?? 0;
    this.copy = this.shell(root) as T;
  }

  /** Objects copied so far: what the copy weighs. */
  get objects(): number {
    return this.copies.size - this.seeded;
  }

  get done(): boolean {
    return this.toFill.length === 0;
  }

  /** Copies on for about `budgetMs` (Infinity: to the end); true once the copy is complete. */
  step(budgetMs = Infinity): boolean {
    const began = budgetMs === Infinity ? 0 : performance.now();
    const toFill = this.toFill;
    let work = 0;
    while (toFill.length > 0) {
      const [v, o, from] = toFill.pop()!;
      work += this.fill(v, o, from);
      if (work < WORK_PER_CLOCK_CHECK) continue;
      work = 0;
      if (budgetMs !== Infinity && performance.now() - began >= budgetMs) break;
    }
    return toFill.length === 0;
  }

  /** What stands for `v` in the copy: made now if new (an empty shell, filled later). */
  private shell(v: unknown): unknown {
    if (typeof v === 'function') throw new TypeError(`deepClone: cannot copy a function (${v.name || 'anonymous'})`);
    if (typeof v !== 'object' || v === null) return v;
    const done = this.copies.get(v);
    if (done !== undefined) return done;
    if (Object.isFrozen(v)) return v;
    let o: unknown;
    if (v instanceof ArrayBuffer) {
      // Bytes hold no references: copied whole at once.
      o = v.slice(0);
      this.bufferBytes += v.byteLength;
      this.copies.set(v, o);
      return o;
    }
    if (ArrayBuffer.isView(v)) {
      const Ctor = v.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => ArrayBufferView;
      const buffer = this.shell(v.buffer) as ArrayBuffer;
      const length = v.byteLength / ((v as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1);
      o = Ctor === DataView ? new DataView(buffer, v.byteOffset, v.byteLength) : new Ctor(buffer, v.byteOffset, length);
      this.copies.set(v, o);
      return o;
    }
    // An array starts as a copy of its elements (as packed as the original, and of the same kind:
    // numbers stay unboxed); its objects are swapped for their copies as it is filled.
    if (Array.isArray(v)) o = v.slice();
    else if (v instanceof Map) o = new Map();
    else if (v instanceof Set) o = new Set();
    else o = blankLike(v, this.make, this.count);
    this.copies.set(v, o);
    this.toFill.push([v, o, 0]);
    return o;
  }

  /** Fills `o`, the shell of `v` (an array from `from`, a piece at a time); returns about how much it did. */
  private fill(v: object, o: unknown, from: number): number {
    if (Array.isArray(v)) {
      const a = o as unknown[];
      const end = Math.min(v.length, from + ARRAY_PIECE);
      for (let i = from; i < end; i++) {
        const x: unknown = v[i];
        if (typeof x === 'object' || typeof x === 'function') a[i] = this.shell(x);
      }
      if (end < v.length) this.toFill.push([v, o, end]);
      return end - from;
    }
    if (v instanceof Map) {
      const m = o as Map<unknown, unknown>;
      for (const [k, x] of v) m.set(this.shell(k), this.shell(x));
      return v.size;
    }
    if (v instanceof Set) {
      const s = o as Set<unknown>;
      for (const x of v) s.add(this.shell(x));
      return v.size;
    }
    const r = o as Record<string, unknown>;
    const keys = Object.keys(v);
    for (const k of keys) r[k] = this.shell((v as Record<string, unknown>)[k]);
    return keys.length;
  }
}

/** `seed` maps objects to what stands for them in the copy (e.g. a part not worth copying). */
export function deepClone<T>(root: T, seed?: Map<object, unknown>, make?: BlankMaker): T {
  return deepCloneCounting(root, seed, make).copy;
}

/**
 * `deepClone`, also telling how many objects it copied (a measure of the copy's size) and how many
 * class instances it could not make with their constructor (`plain`).
 */
export function deepCloneCounting<T>(root: T, seed?: Map<object, unknown>, make?: BlankMaker): { copy: T; objects: number; plain: number } {
  const job = new CloneJob(root, seed, make);
  job.step();
  return { copy: job.copy, objects: job.objects, plain: job.count.plain };
}
