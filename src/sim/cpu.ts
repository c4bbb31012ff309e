/**
 * A machine's CPU cores, shared by the application's workers while they compute: processor sharing,
 * as a time-slicing scheduler approximates. With n requests computing on c cores each advances at
 * min(1, c / n) of a core, so more workers than cores add waiting, not throughput.
 */
import type { Agenda } from './actionQueue';
import type { Req } from './entities';
import { K } from './steps';

/** Work below this is done (rounding of the progress updates), core-seconds. */
const DONE_EPS = 1e-12;
const NONE: readonly Req[] = [];

export class Cores {
  /** Requests computing, when their work was last brought up to date, and the token of their next completion. */
  private jobs: Req[] = [];
  private updatedAt = 0;
  private token = 0;

  constructor(
    private readonly count: number,
    private readonly agenda: Agenda,
  ) {}

  private speed(): number {
    return Math.min(1, this.count / this.jobs.length);
  }

  /** Brings every job's remaining work up to now. */
  private progress(): void {
    const now = this.agenda.now;
    const done = (now - this.updatedAt) * (this.jobs.length > 0 ? this.speed() : 0);
    this.updatedAt = now;
    if (done > 0) for (const r of this.jobs) r.cpuLeft -= done;
  }

  /** Schedules the next completion: the job with the least work left. */
  private scheduleNext(): void {
    this.token++;
    if (this.jobs.length === 0) return;
    let least = Infinity;
    for (const r of this.jobs) if (r.cpuLeft < least) least = r.cpuLeft;
    this.agenda.q.push(this.agenda.now + Math.max(0, least) / this.speed(), K.CPU_DONE, this, this.token);
  }

  /** A worker starts computing `req.cpuLeft` core-seconds. */
  start(req: Req): void {
    this.progress();
    req.onCpu = true;
    this.jobs.push(req);
    this.scheduleNext();
  }

  /** The jobs finished now (none when `token` is stale), taken off the cores; the caller frees their workers. */
  done(token: number): readonly Req[] {
    if (token !== this.token) return NONE;
    this.progress();
    const out: Req[] = [];
    this.jobs = this.jobs.filter((r) => {
      if (r.cpuLeft > DONE_EPS) return true;
      out.push(r);
      return false;
    });
    this.scheduleNext();
    for (const r of out) {
      r.cpuLeft = 0;
      r.onCpu = false;
    }
    return out;
  }

  /** Everything on the cores stops (the application server or the machine went away). */
  clear(): void {
    for (const r of this.jobs) r.onCpu = false;
    this.jobs = [];
    this.updatedAt = this.agenda.now;
    this.token++;
  }
}
