/**
 * A deploy: the application restarts on every server to load new code. On the one server, or on all
 * servers at once, requests meanwhile get 502. With `rolling`, one server at a time: drained first
 * (HAProxy's `set server … state drain`: no new requests), restarted once its last request is
 * answered, made ready again, then the next; the others carry the traffic.
 */
import { RESTART_WINDOW_S } from './defaults';
import { failureEnd, failureStart } from './failures';
import { DRAIN_POLL_S } from './haproxy';
import type { Model } from './model';
import { K } from './steps';

const RESTART_S = RESTART_WINDOW_S['app-restart'];

/** A deploy in progress: which server it is at and what it waits for. */
export class DeployRun {
  /** Index of the server being deployed; every one at once when not rolling. */
  index = 0;
  waitingFor: 'drained' | 'restarted' = 'drained';
  constructor(readonly rolling: boolean) {}
}

export function deploy(m: Model): void {
  if (m.deploying) return;
  m.deploying = true;
  const run = new DeployRun(m.balancer !== null && m.config.fixes.includes('rolling'));
  if (run.rolling) return drain(m, run);
  for (const srv of m.servers) failureStart(m, 'app-restart', undefined, Math.max(1, srv.number));
  run.waitingFor = 'restarted';
  m.q.push(m.now + RESTART_S, K.ROLLING, run, 0);
}

function drain(m: Model, run: DeployRun): void {
  m.balancer!.pool.setDrained(run.index, true);
  run.waitingFor = 'drained';
  rollingStep(m, run);
}

/** The deploy's next move: restart a drained server, or put a restarted one back and go on. */
export function rollingStep(m: Model, run: DeployRun): void {
  if (!run.rolling) {
    for (const srv of m.servers) failureEnd(m, 'app-restart', Math.max(1, srv.number));
    m.deploying = false;
    return;
  }
  const server = run.index + 1;
  if (run.waitingFor === 'drained') {
    // The script polls HAProxy until the drained server has no request left.
    if (m.balancer!.pool.connections(run.index) > 0) return void m.q.push(m.now + DRAIN_POLL_S, K.ROLLING, run, 0);
    failureStart(m, 'app-restart', undefined, server);
    run.waitingFor = 'restarted';
    return void m.q.push(m.now + RESTART_S, K.ROLLING, run, 0);
  }
  failureEnd(m, 'app-restart', server);
  m.balancer!.pool.setDrained(run.index, false);
  run.index++;
  if (run.index < m.servers.length) drain(m, run);
  else m.deploying = false;
}
