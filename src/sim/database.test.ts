import { describe, expect, it } from 'vitest';
import { Database } from './database';
import { Machine } from './machine';
import { GaugeLog } from './gaugeLog';
import { aReq } from './parts.testkit';

describe('Database', () => {
  it('past max_connections requests wait, and a released connection goes to the one waiting longest', () => {
    const gauges = new GaugeLog();
    const db = new Database(1, gauges, new Machine('10.0.0.20'));
    const [a, b, c] = [aReq(), aReq(), aReq()];
    expect(db.connect(a)).toBe(true);
    expect(db.connect(b)).toBe(false);
    expect(db.connect(c)).toBe(false);
    expect([gauges.levels.mysqlBusy, gauges.levels.mysqlQueue]).toEqual([1, 2]);
    expect(db.release()).toBe(b);
    expect(db.release()).toBe(c);
    expect(db.release()).toBeUndefined();
    expect([gauges.levels.mysqlBusy, gauges.levels.mysqlQueue]).toEqual([0, 0]);
  });

  it('disconnectAll closes every connection and forgets the waiting', () => {
    const gauges = new GaugeLog();
    const db = new Database(1, gauges, new Machine('10.0.0.20'));
    db.connect(aReq());
    db.connect(aReq());
    db.disconnectAll();
    expect(db.queue).toEqual([]);
    expect(db.connect(aReq())).toBe(true);
    expect(gauges.levels.mysqlBusy).toBe(1);
  });
});
