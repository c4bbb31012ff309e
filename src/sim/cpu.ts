/**
 * The server's CPU cores, shared by the application's workers while they compute: processor sharing,
 * as a time-slicing scheduler approximates. With n requests computing on c cores each advances at
 * min(1, c / n) of a core, so more workers than cores add waiting, not throughput.
 */
import type { Req } from './entities';
import type { Model } from './model';
import { K } from './steps';

/** Work below this is done (rounding of the progress updates), core-seconds. */
const DONE_EPS = 1e-12;

function speed(m: Model): number {
  return Math.min(1, m.config.cpuCores / m.cpuJobs.length);
}

/** Brings every job's remaining work up to now. */
function progress(m: Model): void {
  const done = (m.now - m.cpuUpdatedAt) * (m.cpuJobs.length > 0 ? speed(m) : 0);
  m.cpuUpdatedAt = m.now;
  if (done > 0) for (const r of m.cpuJobs) r.cpuLeft -= done;
}

/** Schedules the next completion: the job with the least work left. */
function scheduleNext(m: Model): void {
  m.cpuToken++;
  if (m.cpuJobs.length === 0) return;
  let least = Infinity;
  for (const r of m.cpuJobs) if (r.cpuLeft < least) least = r.cpuLeft;
  m.q.push(m.now + Math.max(0, least) / speed(m), K.CPU_DONE, null, m.cpuToken);
}

/** A worker starts computing `req.cpuLeft` core-seconds. */
export function cpuStart(m: Model, req: Req): void {
  progress(m);
  req.onCpu = true;
  m.cpuJobs.push(req);
  scheduleNext(m);
}

/** The job with the least work left has finished; `done` frees its worker. */
export function cpuDone(m: Model, token: number, done: (m: Model, req: Req) => void): void {
  if (token !== m.cpuToken) return;
  progress(m);
  const finished: Req[] = [];
  m.cpuJobs = m.cpuJobs.filter((r) => {
    if (r.cpuLeft > DONE_EPS) return true;
    finished.push(r);
    return false;
  });
  scheduleNext(m);
  for (const r of finished) {
    r.cpuLeft = 0;
    r.onCpu = false;
    done(m, r);
  }
}

/** Everything on the cores stops (the application server or the machine went away). */
export function cpuClear(m: Model): void {
  for (const r of m.cpuJobs) r.onCpu = false;
  m.cpuJobs = [];
  m.cpuUpdatedAt = m.now;
  m.cpuToken++;
}
