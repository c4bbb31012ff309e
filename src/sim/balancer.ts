/**
 * The balanced designs' front: HAProxy on its own machine (or a keepalived pair sharing the site's
 * address), its pool of servers with their health checks, the client connections it holds, and the
 * requests it has forwarded and waits on (`timeout server`).
 */
import type { Agenda } from './actionQueue';
import type { Req } from './entities';
import { HAPROXY_MAXCONN, HAPROXY_TIMEOUT_SERVER_S, VRRP_MASTER_DOWN_INTERVAL_S } from './haproxy';
import { LoadBalancer, type Balance, type PoolChange } from './loadBalancer';
import { Machine } from './machine';
import { K } from './steps';
import { SERVER_IP } from './topology';
import { WebServer } from './webServer';

/** Private addresses of the balancers' own machines; the site's address (`SERVER_IP`) moves to the balancer. */
export const LB_ADDRESSES = ['10.0.0.2', '10.0.0.3'] as const;

export class Balancer {
  readonly pool: LoadBalancer;
  /** The machines running HAProxy: `lb`, and `lb-2` with `lb-pair`. */
  readonly machines: Machine[];
  /** Which of them holds the site's address. */
  active = 0;
  /**
   * The site's address as the browsers reach it: down while no balancer holds it; its epoch moves
   * when it changes hands, so connections made through the old holder are reset.
   */
  readonly address = new Machine(SERVER_IP);
  /** HAProxy's client connections (its global maxconn), held while the browsers keep them open. */
  readonly web = new WebServer(HAPROXY_MAXCONN, null);
  /** Every server leaving or rejoining the pool, in time order. */
  readonly changes: PoolChange[] = [];
  /** When the backup took the address, for each failover. */
  readonly failovers: number[] = [];
  /** Forwarded requests in the order they left, each waiting for its server's answer for `timeout server`. */
  private waiting: Req[] = [];
  private waitingHead = 0;
  private watchdogAt = Infinity;
  private watchdogToken = 0;

  constructor(
    servers: number,
    balance: Balance,
    readonly paired: boolean,
    private readonly agenda: Agenda,
  ) {
    this.pool = new LoadBalancer(servers, balance);
    this.machines = LB_ADDRESSES.slice(0, paired ? 2 : 1).map((a) => new Machine(a));
    agenda.q.push(this.pool.nextCheckAt, K.HEALTH_CHECK, null, 0);
  }

  /** The active balancer's machine stops. Without a partner the address goes with it until it boots. */
  crash(): void {
    const lb = this.machines[this.active]!;
    if (lb.down) return;
    lb.crash();
    if (!this.address.down) this.address.crash();
    this.web.lose();
    this.pool.forgetConnections();
    this.waiting = [];
    this.waitingHead = 0;
    this.watchdogToken++;
    this.watchdogAt = Infinity;
    // keepalived on the backup takes the address after Master_Down_Interval without advertisements.
    const backup = this.machines.findIndex((m) => !m.down);
    if (backup >= 0) this.agenda.q.push(this.agenda.now + VRRP_MASTER_DOWN_INTERVAL_S, K.VRRP_FAILOVER, null, lb.epoch);
  }

  /** The backup takes the address (unless the balancer it stood in for is already back holding it). */
  failover(epoch: number): void {
    const backup = this.machines.findIndex((m) => !m.down);
    if (backup < 0 || epoch !== this.machines[this.active]!.epoch || !this.machines[this.active]!.down) return;
    this.active = backup;
    this.address.boot();
    this.failovers.push(this.agenda.now);
  }

  /**
   * A balancer's machine is back. Alone, it takes its address back; in a pair it stays the backup
   * (keepalived's `nopreempt`), so the address does not move a second time.
   */
  boot(): void {
    const down = this.machines.findIndex((m) => m.down);
    if (down < 0) return;
    this.machines[down]!.boot();
    if (down === this.active && this.address.down) this.address.boot();
  }

  /** `req` was forwarded now: HAProxy gives its server `timeout server` to answer. */
  awaitServer(req: Req): void {
    // Most are answered in the order they left: letting go of those keeps the list (and the heap) short.
    while (this.waitingHead < this.waiting.length && !this.waiting[this.waitingHead]!.lbWaiting) this.waitingHead++;
    this.compactWaiting();
    this.waiting.push(req);
    if (this.watchdogAt === Infinity) this.schedule(req.forwardedAt + HAPROXY_TIMEOUT_SERVER_S);
  }

  private compactWaiting(): void {
    if (this.waitingHead > 1024 && this.waitingHead * 2 > this.waiting.length) {
      this.waiting = this.waiting.slice(this.waitingHead);
      this.waitingHead = 0;
    }
  }

  private schedule(t: number): void {
    this.watchdogAt = Math.max(t, this.agenda.now);
    this.agenda.q.push(this.watchdogAt, K.LB_WATCHDOG, null, ++this.watchdogToken);
  }

  /** The watchdog fired (unless `token` is stale): `expired` gets each request its server left unanswered too long. */
  watchdog(token: number, expired: (req: Req) => void): void {
    if (token !== this.watchdogToken) return;
    this.watchdogAt = Infinity;
    while (this.waitingHead < this.waiting.length) {
      const r = this.waiting[this.waitingHead]!;
      if (r.lbWaiting) {
        const due = r.forwardedAt + HAPROXY_TIMEOUT_SERVER_S;
        if (due > this.agenda.now) return this.schedule(due);
        expired(r);
      }
      this.waitingHead++;
      this.compactWaiting();
    }
  }
}
