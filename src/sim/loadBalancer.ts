/**
 * HAProxy's pool: it picks a backend for each request (round robin or least connections) among those
 * its health checks hold up and that are not drained. The model's balancer (`balancer.ts`) runs it.
 */

/** `inter`: "If left unspecified, the delay defaults to 2000 ms" (HAProxy configuration manual §5.2, docs.haproxy.org). */
export const HAPROXY_CHECK_INTER_S = 2;
/** `fall`: dead after this many consecutive failed checks, "defaults to 3 if unspecified" (same, §5.2). */
export const HAPROXY_FALL = 3;
/** `rise`: operational after this many consecutive good checks, "defaults to 2 if unspecified" (same, §5.2). */
export const HAPROXY_RISE = 2;

/** `balance roundrobin` takes the servers in turn; `balance leastconn` the one with the fewest connections. */
export type Balance = 'roundrobin' | 'leastconn';

export interface HealthCheckSettings {
  interS: number;
  fall: number;
  rise: number;
}

export const HAPROXY_CHECK_DEFAULTS: Readonly<HealthCheckSettings> = Object.freeze({
  interS: HAPROXY_CHECK_INTER_S,
  fall: HAPROXY_FALL,
  rise: HAPROXY_RISE,
});

/** A backend leaving (`up: false`) or rejoining the pool, at the check that decided it. */
export interface PoolChange {
  t: number;
  backend: number;
  up: boolean;
}

interface BackendState {
  up: boolean;
  /** Consecutive checks that disagreed with `up` (a streak reaching fall or rise flips it). */
  streak: number;
  nextCheck: number;
  connections: number;
  /** `set server … state drain`: no new requests, checks go on. */
  drained: boolean;
}

export class LoadBalancer {
  private readonly backends: BackendState[];
  private cursor = 0;

  /**
   * `count` backends, all up at the start. Their checks are spread over the interval (backend i
   * first at i × inter / count), as HAProxy staggers checks so they do not all fire at once.
   */
  constructor(
    count: number,
    private readonly balance: Balance,
    private readonly checks: Readonly<HealthCheckSettings> = HAPROXY_CHECK_DEFAULTS,
    start = 0,
  ) {
    this.backends = Array.from({ length: count }, (_, i) => ({
      up: true,
      streak: 0,
      nextCheck: start + (i * checks.interS) / count,
      connections: 0,
      drained: false,
    }));
  }

  isUp(backend: number): boolean {
    return this.backends[backend]!.up;
  }

  connections(backend: number): number {
    return this.backends[backend]!.connections;
  }

  /** Backends in the pool now. */
  get upCount(): number {
    return this.backends.filter((b) => b.up).length;
  }

  /** Drains a backend (no new requests; its checks go on) or makes it ready again. */
  setDrained(backend: number, drained: boolean): void {
    this.backends[backend]!.drained = drained;
  }

  /** HAProxy restarted (another balancer took over): it holds no connection. */
  forgetConnections(): void {
    for (const b of this.backends) b.connections = 0;
  }

  /**
   * The backend for the next request, given a connection until `release`, or undefined when none is
   * up (HAProxy answers 503). Least connections breaks ties in round-robin order.
   */
  pick(): number | undefined {
    const n = this.backends.length;
    let chosen = -1;
    for (let k = 0; k < n; k++) {
      const i = (this.cursor + k) % n;
      const b = this.backends[i]!;
      if (!b.up || b.drained) continue;
      if (chosen < 0) chosen = i;
      if (this.balance === 'roundrobin') break;
      if (b.connections < this.backends[chosen]!.connections) chosen = i;
    }
    if (chosen < 0) return undefined;
    this.cursor = (chosen + 1) % n;
    this.backends[chosen]!.connections++;
    return chosen;
  }

  release(backend: number): void {
    this.backends[backend]!.connections--;
  }

  /** When the next health check of any backend is due. */
  get nextCheckAt(): number {
    let t = Infinity;
    for (const b of this.backends) t = Math.min(t, b.nextCheck);
    return t;
  }

  /**
   * Runs every health check due up to `until`, in time order (ties by backend), asking `healthy`
   * for each; returns the pool changes they caused.
   */
  runChecks(until: number, healthy: (backend: number, t: number) => boolean): PoolChange[] {
    const changes: PoolChange[] = [];
    for (let t = this.nextCheckAt; t <= until; t = this.nextCheckAt) {
      this.backends.forEach((b, i) => {
        if (b.nextCheck !== t) return;
        b.nextCheck = t + this.checks.interS;
        if (this.record(b, healthy(i, t))) changes.push({ t, backend: i, up: b.up });
      });
    }
    return changes;
  }

  /** One check's result; true when it flips the backend. */
  private record(b: BackendState, ok: boolean): boolean {
    if (ok === b.up) {
      b.streak = 0;
      return false;
    }
    b.streak++;
    if (b.streak < (b.up ? this.checks.fall : this.checks.rise)) return false;
    b.up = ok;
    b.streak = 0;
    return true;
  }
}
