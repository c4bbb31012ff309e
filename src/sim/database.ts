/** MySQL: max_connections, and the requests waiting for one of them. */
import type { Req } from './entities';
import type { GaugeLog } from './gaugeLog';
import type { Machine } from './machine';

export class Database {
  /** mysqld is stopped on a machine that runs: connections to port 3306 are refused. */
  stopped = false;
  private waiting: Req[] = [];
  private busy = 0;

  /** `machine`: where it runs (it stops with it); its counts are summed with other databases' in `gauges`. */
  constructor(
    private readonly maxConnections: number,
    private readonly gauges: GaugeLog,
    readonly machine: Machine,
  ) {}

  /** Connections in use, and requests waiting for one. */
  get inUse(): number {
    return this.busy;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  /** A connection for `req`, or false: all are taken and `req` waits for one (`release` hands it on). */
  connect(req: Req): boolean {
    const l = this.gauges.levels;
    this.gauges.markDirty();
    if (this.busy >= this.maxConnections) {
      this.waiting.push(req);
      l.mysqlQueue++;
      return false;
    }
    this.busy++;
    l.mysqlBusy++;
    return true;
  }

  /** A connection comes back: it goes to the request waiting longest (returned), or is closed. */
  release(): Req | undefined {
    const l = this.gauges.levels;
    const next = this.waiting.shift();
    if (next) l.mysqlQueue--;
    else {
      this.busy--;
      l.mysqlBusy--;
    }
    this.gauges.markDirty();
    return next;
  }

  /** `req` stops waiting for a connection (its application server went away). */
  forget(req: Req): void {
    const i = this.waiting.indexOf(req);
    if (i < 0) return;
    this.waiting.splice(i, 1);
    this.gauges.levels.mysqlQueue--;
    this.gauges.markDirty();
  }

  /** Requests waiting for a connection, longest first. */
  get queue(): readonly Req[] {
    return this.waiting;
  }

  /** The clients went away (the application server stopped): every connection closes. */
  disconnectAll(): void {
    this.gauges.levels.mysqlBusy -= this.busy;
    this.gauges.levels.mysqlQueue -= this.waiting.length;
    this.gauges.markDirty();
    this.waiting = [];
    this.busy = 0;
  }
}
