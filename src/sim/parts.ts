/**
 * Each part of a fixed design as it is now, by its own id: what the diagram of several servers shows
 * beside each box (the one-server gauges sum the servers; these do not).
 */
import { HAPROXY_MAXCONN } from './haproxy';
import type { Model } from './model';
import { serverPartIds, type StackComponentId } from './stackIds';
import type { ComponentStatus } from './types';

export interface PartNow {
  id: StackComponentId;
  status: ComponentStatus;
  /** Connections (Nginx, HAProxy, MySQL) or workers (the application server) in use; 0 for a machine. */
  busy: number;
  capacity: number;
  /** Waiting: the application server's accept queue, or requests waiting for a MySQL connection. */
  queue: number;
  queueCapacity: number;
}

const part = (id: StackComponentId, status: ComponentStatus, busy = 0, capacity = 0, queue = 0, queueCapacity = 0): PartNow => ({
  id,
  status,
  busy,
  capacity,
  queue,
  queueCapacity,
});

/** Every part at the model's `now`; statuses are the ones its state events announced. */
export function partsNow(m: Model): PartNow[] {
  const c = m.config;
  const status = (id: StackComponentId): ComponentStatus => m.partStatus.get(id) ?? 'up';
  const out: PartNow[] = [];
  m.balancer?.machines.forEach((_, i) => {
    const id = i === 0 ? 'lb' : 'lb-2';
    // Only the active balancer holds connections.
    out.push(part(id, status(id), i === m.balancer!.active ? m.balancer!.web.inUse : 0, HAPROXY_MAXCONN));
  });
  for (const b of m.servers) {
    if (b.number === 0) continue;
    const ids = serverPartIds(b.number);
    const down = b.machine.down;
    out.push(part(ids.server, status(ids.server)));
    out.push(part(ids.nginx, status(ids.nginx), down ? 0 : b.web.inUse, c.nginxConnections));
    out.push(part(ids.app, status(ids.app), down ? 0 : b.app.busyCount, c.appWorkers, down ? 0 : b.app.queueLength, c.appBacklog));
    out.push(part(ids.files, down ? 'down' : 'up'));
  }
  const [primary, replica] = m.databases;
  const db = (id: StackComponentId, d: NonNullable<typeof primary>) =>
    part(id, status(id), d.inUse, c.mysqlMaxConnections, d.waitingCount, c.appWorkers * m.servers.length);
  const machine = (id: StackComponentId, d: NonNullable<typeof primary>) => part(id, d.machine.down ? 'down' : 'up');
  if (primary && m.balancer) out.push(machine('db-server', primary));
  if (primary) out.push(db('mysql', primary));
  if (replica) out.push(machine('replica-server', replica), db('mysql-replica', replica));
  return out;
}
