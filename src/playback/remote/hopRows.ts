/**
 * Hops cross to the main thread as rows of numbers in one transferable array, not as objects: a
 * structured clone of hundreds of packets, each with its capture detail, would cost the main thread
 * what the worker saves it. Names and details are sent once each and then referred to by number.
 */
import type { HopEvent, PacketDetail } from '../../sim/types';

const FIELDS = 10;
/**
 * Both sides forget the names and details sent once this many are held, and start numbering again:
 * a busy run makes new TCP segments for thousands of ports (built when read, see sim/details.ts).
 */
const TABLE_LIMIT = 8192;
const RESPONSE = 1;
const LOST = 2;
const REFUSED = 4;

/** One batch of hops, with the names and details not sent before. */
export interface HopRows {
  rows: Float64Array;
  /** The numbering starts again with this batch (the tables were full). */
  reset: boolean;
  /** New names, numbered on from the ones sent before. */
  names: string[];
  /** New details, numbered on from the ones sent before. */
  details: PacketDetail[];
}

/** The worker's side: numbers each name and detail the first time it goes out. */
export class HopEncoder {
  private readonly names = new Map<string, number>();
  private readonly details = new Map<PacketDetail, number>();

  encode(hops: readonly HopEvent<string, string>[]): HopRows {
    const reset = this.details.size + hops.length > TABLE_LIMIT || this.names.size > TABLE_LIMIT;
    if (reset) {
      this.details.clear();
      this.names.clear();
    }
    const rows = new Float64Array(hops.length * FIELDS);
    const names: string[] = [];
    const details: PacketDetail[] = [];
    const name = (s: string): number => {
      let n = this.names.get(s);
      if (n === undefined) {
        n = this.names.size;
        this.names.set(s, n);
        names.push(s);
      }
      return n;
    };
    hops.forEach((e, i) => {
      // Details are built once and shared by the model, so identity finds a repeat.
      let d = this.details.get(e.detail);
      if (d === undefined) {
        d = this.details.size;
        this.details.set(e.detail, d);
        details.push(e.detail);
      }
      const r = i * FIELDS;
      rows[r] = e.seq;
      rows[r + 1] = e.t;
      rows[r + 2] = e.requestId;
      rows[r + 3] = e.arrive;
      rows[r + 4] = name(e.from);
      rows[r + 5] = name(e.to);
      rows[r + 6] = name(e.link);
      rows[r + 7] = name(e.packet);
      rows[r + 8] = (e.direction === 'response' ? RESPONSE : 0) | (e.lost ? LOST : 0) | (e.refused ? REFUSED : 0);
      rows[r + 9] = d;
    });
    return { rows, reset, names, details };
  }
}

/** The main thread's side: the names and details sent so far, and the hops built back from rows. */
export class HopDecoder {
  private readonly names: string[] = [];
  private readonly details: PacketDetail[] = [];

  /** How many names and details are held (bounded by the encoder's resets). */
  get held(): number {
    return this.names.length + this.details.length;
  }

  decode({ rows, reset, names, details }: HopRows): HopEvent[] {
    if (reset) {
      this.names.length = 0;
      this.details.length = 0;
    }
    this.names.push(...names);
    this.details.push(...details);
    const out: HopEvent[] = [];
    for (let i = 0; i < rows.length; i += FIELDS) {
      const flags = rows[i + 8]!;
      // The ids are the model's own (one server's or a design's), as the local track hands them out.
      const e = {
        seq: rows[i]!,
        t: rows[i + 1]!,
        requestId: rows[i + 2]!,
        kind: 'hop',
        from: this.names[rows[i + 4]!]!,
        to: this.names[rows[i + 5]!]!,
        link: this.names[rows[i + 6]!]!,
        arrive: rows[i + 3]!,
        packet: this.names[rows[i + 7]!]!,
        direction: flags & RESPONSE ? 'response' : 'request',
        detail: this.details[rows[i + 9]!]!,
      } as HopEvent;
      if (flags & LOST) e.lost = true;
      if (flags & REFUSED) e.refused = true;
      out.push(e);
    }
    return out;
  }
}
