import { describe, expect, it } from 'vitest';
import { AppServer } from './appServer';
import { GaugeLog } from './gaugeLog';
import { aReq, anAgenda } from './parts.testkit';
import { K } from './steps';

const CONFIG = { appWorkers: 2, appBacklog: 2, cpuCores: 1, proxyReadTimeoutS: 60 };

function anAppServer() {
  const agenda = anAgenda();
  const gauges = new GaugeLog();
  return { app: new AppServer(CONFIG, gauges, agenda), agenda, levels: gauges.levels };
}

describe('AppServer', () => {
  it('has room for workers + backlog connections, counting those promised on their way', () => {
    const { app } = anAppServer();
    for (let i = 0; i < 4; i++) {
      expect(app.hasRoom).toBe(true);
      app.expect();
    }
    expect(app.hasRoom).toBe(false);
    app.arrive();
    expect(app.hasRoom).toBe(true);
  });

  it('serves the accept queue first in, first out, and keeps the gauges', () => {
    const { app, levels } = anAppServer();
    const [a, b, c, d] = [aReq(), aReq(), aReq(), aReq()];
    app.assignWorker(a);
    app.assignWorker(b);
    expect(app.hasFreeWorker).toBe(false);
    app.enqueue(c);
    app.enqueue(d);
    expect([levels.appBusy, levels.appQueue, app.queueLength]).toEqual([2, 2, 2]);
    app.releaseWorker(a);
    expect(a.worker).toBe(-1);
    expect(app.dequeue()).toBe(c);
    expect(app.dequeue()).toBe(d);
    expect(app.dequeue()).toBeUndefined();
    expect([levels.appBusy, levels.appQueue]).toEqual([1, 0]);
  });

  it('reset empties workers and queue, returns what it held (workers first) and bumps the epoch', () => {
    const { app, levels } = anAppServer();
    const [a, b, c] = [aReq(), aReq(), aReq()];
    app.assignWorker(a);
    app.assignWorker(b);
    app.enqueue(c);
    expect(a.appEpoch).toBe(0);
    expect(app.reset()).toEqual([a, b, c]);
    expect(app.epoch).toBe(1);
    expect([levels.appBusy, levels.appQueue, app.queueLength]).toEqual([0, 0, 0]);
    expect(app.busyWorkers()).toEqual([]);
    expect(app.hasFreeWorker).toBe(true);
  });

  it("one watchdog finds queued requests past proxy_read_timeout, in order, and re-arms for the next", () => {
    const { app, agenda } = anAppServer();
    app.assignWorker(aReq());
    app.assignWorker(aReq());
    const [early, late] = [aReq(0), aReq(10)];
    app.enqueue(early);
    app.enqueue(late);
    expect(agenda.q.length).toBe(1);
    agenda.q.pop();
    expect([agenda.q.lastTime, agenda.q.lastKind]).toEqual([60, K.QUEUE_WATCHDOG]);
    agenda.now = 60;
    const expired: unknown[] = [];
    app.watchdog(agenda.q.lastAux, (r) => expired.push(r));
    expect(expired).toEqual([early]);
    agenda.q.pop();
    expect(agenda.q.lastTime).toBe(70);
    // A reset makes the pending watchdog stale.
    app.reset();
    agenda.now = 70;
    app.watchdog(agenda.q.lastAux, (r) => expired.push(r));
    expect(expired).toEqual([early]);
  });

  it('slowness multiplies the waiting part only while it lasts', () => {
    const { app } = anAppServer();
    app.setSlow(true, 5);
    expect([app.status, app.serviceFactor]).toEqual(['slow', 5]);
    app.setSlow(false, 1);
    expect([app.status, app.serviceFactor]).toEqual(['up', 1]);
  });
});
