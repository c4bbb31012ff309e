/**
 * A structural copy of an object graph that keeps identity (an object reached twice is copied once),
 * class prototypes, typed arrays sharing one buffer, Maps and Sets. Frozen objects (the config) are
 * shared, not copied. Used for the model's checkpoints: its state is plain data in class instances.
 */

/** Makes an empty instance of `v`'s class for constructors that need arguments (else undefined). */
export type BlankMaker = (v: object) => object | undefined;

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

/** `seed` maps objects to what stands for them in the copy (e.g. a part not worth copying). */
export function deepClone<T>(root: T, seed?: Map<object, unknown>, make?: BlankMaker): T {
  return deepCloneCounting(root, seed, make).copy;
}

/**
 * `deepClone`, also telling how many objects it copied (a measure of the copy's size) and how many
 * class instances it could not make with their constructor (`plain`).
 */
export function deepCloneCounting<T>(root: T, seed?: Map<object, unknown>, make?: BlankMaker): { copy: T; objects: number; plain: number } {
  const copies = new Map<unknown, unknown>(seed);
  const count = { plain: 0 };
  const copy = (v: unknown): unknown => {
    if (typeof v === 'function') throw new TypeError(`deepClone: cannot copy a function (${v.name || 'anonymous'})`);
    if (typeof v !== 'object' || v === null) return v;
    const done = copies.get(v);
    if (done !== undefined) return done;
    if (Object.isFrozen(v)) return v;
    if (v instanceof ArrayBuffer) {
      const b = v.slice(0);
      copies.set(v, b);
      return b;
    }
    if (ArrayBuffer.isView(v)) {
      const Ctor = v.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => ArrayBufferView;
      const buffer = copy(v.buffer) as ArrayBuffer;
      const length = v.byteLength / ((v as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1);
      const view = Ctor === DataView ? new DataView(buffer, v.byteOffset, v.byteLength) : new Ctor(buffer, v.byteOffset, length);
      copies.set(v, view);
      return view;
    }
    if (Array.isArray(v)) {
      // Pushed, not preallocated: a packed array, like the model's own.
      const a: unknown[] = [];
      copies.set(v, a);
      for (let i = 0; i < v.length; i++) a.push(copy(v[i]));
      return a;
    }
    if (v instanceof Map) {
      const m = new Map<unknown, unknown>();
      copies.set(v, m);
      for (const [k, x] of v) m.set(copy(k), copy(x));
      return m;
    }
    if (v instanceof Set) {
      const s = new Set<unknown>();
      copies.set(v, s);
      for (const x of v) s.add(copy(x));
      return s;
    }
    const o = blankLike(v, make, count);
    copies.set(v, o);
    for (const k of Object.keys(v)) o[k] = copy((v as Record<string, unknown>)[k]);
    return o;
  };
  const result = copy(root) as T;
  return { copy: result, objects: copies.size - (seed?.size ?? 0), plain: count.plain };
}
