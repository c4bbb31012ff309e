/**
 * The model's agenda: a binary min-heap of scheduled actions ordered by time, then by insertion
 * (so equal times run first-in first-out, which keeps runs deterministic). Actions live in a slab of
 * parallel arrays reused through a free list, so scheduling allocates nothing in the steady state.
 */
export class ActionQueue<R> {
  private time = new Float64Array(256);
  private order = new Float64Array(256);
  private kind = new Int32Array(256);
  private aux = new Int32Array(256);
  private ref: (R | null)[] = new Array<R | null>(256).fill(null);
  private heap = new Int32Array(256);
  private free: number[] = [];
  private used = 0;
  private size = 0;
  private counter = 0;

  get length(): number {
    return this.size;
  }

  /** Time of the earliest action, Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.time[this.heap[0]!]!;
  }

  push(t: number, kind: number, ref: R | null, aux = 0): void {
    let slot: number;
    if (this.free.length > 0) slot = this.free.pop()!;
    else {
      if (this.used === this.time.length) this.grow();
      slot = this.used++;
    }
    this.time[slot] = t;
    this.order[slot] = this.counter++;
    this.kind[slot] = kind;
    this.aux[slot] = aux;
    this.ref[slot] = ref;
    if (this.size === this.heap.length) {
      const h = new Int32Array(this.heap.length * 2);
      h.set(this.heap);
      this.heap = h;
    }
    this.heap[this.size] = slot;
    this.up(this.size++);
  }

  /** Removes the earliest action; read it with `lastKind`, `lastRef`, `lastAux`, `lastTime`. */
  pop(): boolean {
    if (this.size === 0) return false;
    const slot = this.heap[0]!;
    this.lastTime = this.time[slot]!;
    this.lastKind = this.kind[slot]!;
    this.lastAux = this.aux[slot]!;
    this.lastRef = this.ref[slot]!;
    this.ref[slot] = null;
    this.free.push(slot);
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size]!;
      this.down(0);
    }
    return true;
  }

  lastTime = 0;
  lastKind = 0;
  lastAux = 0;
  lastRef: R | null = null;

  /** Whether slot `a` runs before slot `b`. */
  private before(a: number, b: number): boolean {
    const ta = this.time[a]!;
    const tb = this.time[b]!;
    return ta < tb || (ta === tb && this.order[a]! < this.order[b]!);
  }

  // Sifts move a hole rather than swapping, so each level costs one write.
  private up(i: number): void {
    const h = this.heap;
    const slot = h[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const ps = h[p]!;
      if (!this.before(slot, ps)) break;
      h[i] = ps;
      i = p;
    }
    h[i] = slot;
  }

  private down(i: number): void {
    const h = this.heap;
    const n = this.size;
    const slot = h[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let c = l;
      let cs = h[l]!;
      if (l + 1 < n) {
        const rs = h[l + 1]!;
        if (this.before(rs, cs)) {
          c = l + 1;
          cs = rs;
        }
      }
      if (!this.before(cs, slot)) break;
      h[i] = cs;
      i = c;
    }
    h[i] = slot;
  }

  private grow(): void {
    const n = this.time.length * 2;
    const t = new Float64Array(n);
    t.set(this.time);
    this.time = t;
    const o = new Float64Array(n);
    o.set(this.order);
    this.order = o;
    const k = new Int32Array(n);
    k.set(this.kind);
    this.kind = k;
    const a = new Int32Array(n);
    a.set(this.aux);
    this.aux = a;
    this.ref.length = n;
    this.ref.fill(null, this.used);
  }
}

/** What a part needs to schedule its own steps: the model's clock and its agenda. */
export interface Agenda {
  readonly now: number;
  readonly q: ActionQueue<object>;
}
