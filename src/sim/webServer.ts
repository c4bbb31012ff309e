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

  /** `gauges`: where its connections are counted (summed with other servers'); null for HAProxy's, not charted. */
  constructor(
    private readonly connections: number,
    private readonly gauges: GaugeLog | null,
  ) {}

  /** Every connection is in use (Nginx may still close an idle one to make room). */
  get full(): boolean {
    return this.busy >= this.connections;
  }

  take(): void {
    this.busy++;
    if (!this.gauges) return;
    this.gauges.levels.nginxBusy++;
    this.gauges.markDirty();
  }

  release(): void {
    this.busy--;
    if (!this.gauges) return;
    this.gauges.levels.nginxBusy--;
    this.gauges.markDirty();
  }

  /** Connections in use. */
  get inUse(): number {
    return this.busy;
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
    if (this.gauges) {
      this.gauges.levels.nginxBusy -= this.busy;
      this.gauges.markDirty();
    }
    this.busy = 0;
  }
}
