/**
 * One server of the stack: its machine and the parts it runs (Nginx, the application server), the
 * database its application writes to (and the one it reads from), and its hops, numbered with it.
 * The one-server stack has one, numbered 0 (its ids carry no number); a balanced design has 1–4.
 */
import type { AppServer } from './appServer';
import type { Database } from './database';
import { serverBits } from './eventStore';
import { serverHops, type ServerHops } from './hops';
import type { Machine } from './machine';
import type { WebServer } from './webServer';

export class Backend {
  /** Added to the code of an event at one of its parts. */
  readonly bits: number;
  readonly h: ServerHops;

  constructor(
    /** 0 for the one-server stack, else 1–4. */
    readonly number: number,
    readonly machine: Machine,
    readonly web: WebServer,
    readonly app: AppServer,
    /** The primary: every write, and the reads when there is no replica. */
    readonly db: Database,
    /** Where reads go: the replica when there is one, else the primary. */
    readonly readDb: Database,
    /** One way from the application to each database, s: loopback on the same machine, else the network. */
    readonly dbHalf: number,
    readonly readDbHalf: number,
  ) {
    this.bits = serverBits(number);
    this.h = serverHops(number);
  }

  /** Its index in the balancer's pool. */
  get slot(): number {
    return this.number - 1;
  }
}
