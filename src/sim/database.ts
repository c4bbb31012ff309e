/** MySQL: max_connections, and the requests waiting for one of them. */
import type { Req } from './entities';
import type { GaugeLog } from './gaugeLog';

export class Database {
  private waiting: Req[] = [];
  private busy = 0;

  constructor(
    private readonly maxConnections: number,
    private readonly gauges: GaugeLog,
  ) {}

  /** A connection for `req`, or false: all are taken and `req` waits for one (`release` hands it on). */
  connect(req: Req): boolean {
    const l = this.gauges.levels;
    this.gauges.markDirty();
    if (this.busy >= this.maxConnections) {
      this.waiting.push(req);
      l.mysqlQueue = this.waiting.length;
      return false;
    }
    l.mysqlBusy = ++this.busy;
    return true;
  }

  /** A connection comes back: it goes to the request waiting longest (returned), or is closed. */
  release(): Req | undefined {
    const l = this.gauges.levels;
    const next = this.waiting.shift();
    l.mysqlQueue = this.waiting.length;
    if (!next) l.mysqlBusy = --this.busy;
    this.gauges.markDirty();
    return next;
  }

  /** Requests waiting for a connection, longest first. */
  get queue(): readonly Req[] {
    return this.waiting;
  }

  /** The clients went away (the application server stopped): every connection closes. */
  disconnectAll(): void {
    this.waiting = [];
    this.busy = 0;
    this.gauges.levels.mysqlBusy = this.gauges.levels.mysqlQueue = 0;
    this.gauges.markDirty();
  }
}
