/**
 * The application server on one machine: its workers, its accept queue (the backlog), the requests on
 * their way to it over loopback, the CPU cores its workers share, and its restarts and slowness.
 */
import type { Agenda } from './actionQueue';
import { Cores } from './cpu';
import { APP_SLOW_FACTOR } from './defaults';
import type { Req } from './entities';
import type { GaugeLog } from './gaugeLog';
import { K } from './steps';
import type { SimConfig } from './types';

export type AppServerStatus = 'up' | 'restarting' | 'slow';
type AppConfig = Pick<SimConfig, 'appWorkers' | 'appBacklog' | 'cpuCores' | 'proxyReadTimeoutS'>;

export class AppServer {
  /** Restarting (a deploy): connections to it are refused. */
  restarting = false;
  /** Slow: the waiting part of each request takes `slowFactor` times longer. */
  slow = false;
  slowFactor = APP_SLOW_FACTOR;
  /** Incremented at each stop, so work scheduled before it can tell it was cut. */
  epoch = 0;
  readonly cores: Cores;
  private readonly workers: (Req | null)[];
  private readonly freeWorkers: number[] = [];
  private backlog: Req[] = [];
  private backlogHead = 0;
  /** Proxied requests on their way over loopback, each promised a worker or a backlog place. */
  private inbound = 0;
  /** Nginx's proxy_read_timeout over the backlog: next backlog index to check, when, and its token. */
  private deadlineCursor = 0;
  private watchdogAt = Infinity;
  private watchdogToken = 0;

  constructor(
    private readonly config: Readonly<AppConfig>,
    private readonly gauges: GaugeLog,
    private readonly agenda: Agenda,
  ) {
    this.cores = new Cores(config.cpuCores, agenda);
    this.workers = new Array<Req | null>(config.appWorkers).fill(null);
    this.freeAll();
  }

  private freeAll(): void {
    this.freeWorkers.length = 0;
    for (let i = this.config.appWorkers - 1; i >= 0; i--) this.freeWorkers.push(i);
  }

  get status(): AppServerStatus {
    return this.restarting ? 'restarting' : this.slow ? 'slow' : 'up';
  }

  /** How many times longer the waiting part of a request takes now. */
  get serviceFactor(): number {
    return this.slow ? this.slowFactor : 1;
  }

  setSlow(slow: boolean, factor: number): void {
    this.slow = slow;
    if (slow) this.slowFactor = factor;
  }

  /** Workers holding a request now. */
  get busyCount(): number {
    return this.workers.length - this.freeWorkers.length;
  }

  get queueLength(): number {
    return this.backlog.length - this.backlogHead;
  }

  /** Room for one more connection: a free worker or a place in the accept queue not yet promised. */
  get hasRoom(): boolean {
    return this.freeWorkers.length + this.config.appBacklog - this.queueLength - this.inbound > 0;
  }

  /** A connection was promised room and is on its way. */
  expect(): void {
    this.inbound++;
  }

  /** A promised connection arrived. */
  arrive(): void {
    this.inbound--;
  }

  get hasFreeWorker(): boolean {
    return this.freeWorkers.length > 0;
  }

  /** A free worker takes `req` (there must be one). */
  assignWorker(req: Req): void {
    req.worker = this.freeWorkers.pop()!;
    this.workers[req.worker] = req;
    req.appEpoch = this.epoch;
    this.gauges.levels.appBusy++;
    this.gauges.markDirty();
  }

  releaseWorker(req: Req): void {
    this.workers[req.worker] = null;
    this.freeWorkers.push(req.worker);
    req.worker = -1;
    this.gauges.levels.appBusy--;
    this.gauges.markDirty();
  }

  /** Requests the workers hold now. */
  busyWorkers(): Req[] {
    const out: Req[] = [];
    for (const r of this.workers) if (r) out.push(r);
    return out;
  }

  /** `req` waits in the accept queue (room was promised, so it cannot overflow). */
  enqueue(req: Req): void {
    this.backlog.push(req);
    this.gauges.levels.appQueue++;
    this.gauges.markDirty();
    if (this.watchdogAt === Infinity) this.scheduleWatchdog(req.proxySentAt + this.config.proxyReadTimeoutS);
  }

  /** The request waiting longest, taken off the accept queue. */
  dequeue(): Req | undefined {
    if (this.queueLength <= 0) return undefined;
    const next = this.backlog[this.backlogHead++]!;
    if (this.backlogHead > 1024 && this.backlogHead * 2 > this.backlog.length) {
      this.backlog = this.backlog.slice(this.backlogHead);
      this.deadlineCursor = Math.max(0, this.deadlineCursor - this.backlogHead);
      this.backlogHead = 0;
    }
    this.gauges.levels.appQueue--;
    this.gauges.markDirty();
    return next;
  }

  /**
   * The backlog is first-in first-out, so its deadlines are in order: one watchdog, set for the oldest
   * request not yet checked, stands in for a timer per queued request.
   */
  private scheduleWatchdog(t: number): void {
    this.watchdogAt = Math.max(t, this.agenda.now);
    this.agenda.q.push(this.watchdogAt, K.QUEUE_WATCHDOG, this, ++this.watchdogToken);
  }

  /** The watchdog fired (unless `token` is stale): `expired` gets each queued request past proxy_read_timeout. */
  watchdog(token: number, expired: (req: Req) => void): void {
    if (token !== this.watchdogToken) return;
    this.watchdogAt = Infinity;
    this.deadlineCursor = Math.max(this.deadlineCursor, this.backlogHead);
    while (this.deadlineCursor < this.backlog.length) {
      const r = this.backlog[this.deadlineCursor]!;
      const due = r.proxySentAt + this.config.proxyReadTimeoutS;
      if (due > this.agenda.now) return this.scheduleWatchdog(due);
      expired(r);
      this.deadlineCursor++;
    }
  }

  /** The server stops: workers, accept queue and cores are emptied. Returns the requests it held, workers' first. */
  reset(): Req[] {
    this.epoch++;
    const cut = this.busyWorkers();
    // Its counts leave the gauges, which other servers' share.
    this.gauges.levels.appBusy -= cut.length;
    this.gauges.levels.appQueue -= this.queueLength;
    for (let i = this.backlogHead; i < this.backlog.length; i++) cut.push(this.backlog[i]!);
    this.workers.fill(null);
    this.freeAll();
    this.backlog = [];
    this.backlogHead = 0;
    this.deadlineCursor = 0;
    this.watchdogAt = Infinity;
    this.watchdogToken++;
    this.cores.clear();
    this.gauges.markDirty();
    return cut;
  }

  /** The machine went away: connections on their way over loopback are gone too. */
  dropInbound(): void {
    this.inbound = 0;
  }
}
