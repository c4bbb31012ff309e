/**
 * Nginx on one machine: its worker_connections (browser and upstream connections alike), the
 * browser connections it keeps idle (keep-alive), and its restarts and reloads.
 */
import { IdleConns } from './entities';
import type { GaugeLog } from './gaugeLog';

export type WebServerStatus = 'up' | 'restarting' | 'reloading';

export class WebServer {
  /** Browser connections held open and idle, oldest first: the ones Nginx may close when short. */
  readonly idle = new IdleConns();
  /** `systemctl restart nginx` in progress: nothing listens on 443. */
  restarting = false;
  /** `nginx -s reload` in progress: new workers start, old ones finish; nothing is lost. */
  reloading = false;
  /** Incremented at each restart: connections from before it close after their response. */
  epoch = 0;
  private busy = 0;

  constructor(
    private readonly connections: number,
    private readonly gauges: GaugeLog,
  ) {}

  /** Every connection is in use (Nginx may still close an idle one to make room). */
  get full(): boolean {
    return this.busy >= this.connections;
  }

  take(): void {
    this.gauges.levels.nginxBusy = ++this.busy;
    this.gauges.markDirty();
  }

  release(): void {
    this.gauges.levels.nginxBusy = --this.busy;
    this.gauges.markDirty();
  }

  get status(): WebServerStatus {
    return this.restarting ? 'restarting' : this.reloading ? 'reloading' : 'up';
  }

  /** Starts a restart; the caller closes the idle connections (the browsers' side of them). */
  restart(): void {
    this.restarting = true;
    this.epoch++;
  }

  /** The machine went away: no connection is held any more. */
  lose(): void {
    this.idle.clear();
    this.busy = 0;
    this.gauges.levels.nginxBusy = 0;
    this.gauges.markDirty();
  }
}
