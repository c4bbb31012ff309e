import { describe, expect, it } from 'vitest';
import { GaugeLog } from './gaugeLog';
import { WebServer } from './webServer';

describe('WebServer', () => {
  it('counts its connections up to worker_connections, and loses them all with the machine', () => {
    const gauges = new GaugeLog();
    const web = new WebServer(2, gauges);
    web.take();
    expect(web.full).toBe(false);
    web.take();
    expect([web.full, gauges.levels.nginxBusy]).toEqual([true, 2]);
    web.release();
    expect(web.full).toBe(false);
    web.lose();
    expect(gauges.levels.nginxBusy).toBe(0);
  });

  it('a restart bumps the epoch; status says restarting before reloading', () => {
    const web = new WebServer(2, new GaugeLog());
    web.reloading = true;
    expect(web.status).toBe('reloading');
    web.restart();
    expect([web.status, web.epoch]).toEqual(['restarting', 1]);
  });
});
