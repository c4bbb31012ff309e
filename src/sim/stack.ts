/**
 * Builds the topology a config asks for from the parts: the one-server stack (one machine running
 * Nginx, the application server and MySQL), or servers behind HAProxy. Behind a balancer each server
 * runs Nginx, the application server and the code base (issue 15) and they share the one MySQL on a
 * machine of its own, as `split-db` gives the one server too; a replica always has its own machine.
 */
import type { Agenda } from './actionQueue';
import { AppServer } from './appServer';
import { Backend } from './backend';
import { Balancer } from './balancer';
import { Database } from './database';
import { KEEPALIVE_TIMEOUT_S } from './defaults';
import type { GaugeLog, Gauged } from './gaugeLog';
import { HAPROXY_TIMEOUT_CLIENT_S } from './haproxy';
import { FRONT_LB, FRONT_NGINX, type FrontHops } from './hops';
import { Machine } from './machine';
import type { Times } from './model';
import { serverPartIds, type StackComponentId } from './stackIds';
import { SERVER_IP } from './topology';
import type { ComponentStatus, SimConfig } from './types';
import { WebServer } from './webServer';

/** Private addresses of the servers behind a balancer (server n: 10.0.0.1n) and of the database machines. */
export const serverAddress = (n: number): string => `10.0.0.${10 + n}`;
export const DB_SERVER_ADDRESS = '10.0.0.20';
export const REPLICA_SERVER_ADDRESS = '10.0.0.21';

/** What the browsers connect to at the site's address. */
export interface Front {
  /** The machine (or the balancers' shared address) that answers: its `down` and `epoch` are what the browser meets. */
  machine: Machine;
  /** Whose connections the browsers' count against, and which keeps them idle. */
  web: WebServer;
  /** How long it keeps an idle keep-alive connection, s. */
  keepaliveS: number;
}

export interface Stack {
  servers: Backend[];
  databases: Database[];
  balancer: Balancer | null;
  front: Front;
  fh: FrontHops;
}

export function buildStack(config: Readonly<SimConfig>, s: Readonly<Times>, gauges: GaugeLog, agenda: Agenda): Stack {
  const fixes = new Set(config.fixes);
  const balanced = fixes.has('lb');
  const count = balanced ? config.servers : 1;
  const machines = Array.from({ length: count }, (_, i) => new Machine(balanced ? serverAddress(i + 1) : SERVER_IP));
  const primaryHost = balanced || fixes.has('split-db') ? new Machine(DB_SERVER_ADDRESS) : machines[0]!;
  const primary = new Database(config.mysqlMaxConnections, gauges, primaryHost);
  const databases = [primary];
  let replica = primary;
  if (fixes.has('replica')) {
    replica = new Database(config.mysqlMaxConnections, gauges, new Machine(REPLICA_SERVER_ADDRESS));
    databases.push(replica);
  }
  const half = (db: Database, on: Machine): number => (db.machine === on ? s.loopback : s.lanHalf);
  const servers = machines.map((machine, i) => {
    const web = new WebServer(config.nginxConnections, gauges);
    const app = new AppServer(config, gauges, agenda);
    return new Backend(balanced ? i + 1 : 0, machine, web, app, primary, replica, half(primary, machine), half(replica, machine));
  });
  if (!balanced) {
    const front = { machine: machines[0]!, web: servers[0]!.web, keepaliveS: KEEPALIVE_TIMEOUT_S };
    return { servers, databases, balancer: null, front, fh: FRONT_NGINX };
  }
  const balancer = new Balancer(count, config.balance, fixes.has('lb-pair'), agenda);
  const front = { machine: balancer.address, web: balancer.web, keepaliveS: HAPROXY_TIMEOUT_CLIENT_S };
  return { servers, databases, balancer, front, fh: FRONT_LB };
}

const ONE_SERVER_IDS = { server: 'server', nginx: 'nginx', app: 'app-server' } as const;

interface StackState {
  readonly servers: readonly Backend[];
  readonly databases: readonly Database[];
  readonly balancer: Balancer | null;
}

/**
 * Every part's status by its own id, and the one-server summary the gauges keep. Nothing on a machine
 * that is down runs, whatever state it was left in. With several servers a part counts as up in the
 * summary while any server's is, else it shows server 1's.
 */
export function stackStatus(m: StackState): { parts: Map<StackComponentId, ComponentStatus>; summary: Record<Gauged, ComponentStatus> } {
  const parts = new Map<StackComponentId, ComponentStatus>();
  const perServer = m.servers.map((b) => {
    const down = b.machine.down;
    return { server: down ? 'down' : 'up', nginx: down ? 'down' : b.web.status, app: down ? 'down' : b.app.status } as const;
  });
  m.servers.forEach((b, i) => {
    const ids = b.number === 0 ? ONE_SERVER_IDS : serverPartIds(b.number);
    parts.set(ids.server, perServer[i]!.server);
    parts.set(ids.nginx, perServer[i]!.nginx);
    parts.set(ids.app, perServer[i]!.app);
  });
  const dbStatus = (db: Database): ComponentStatus => (db.stopped || db.machine.down ? 'down' : 'up');
  parts.set('mysql', dbStatus(m.databases[0]!));
  if (m.databases[1]) parts.set('mysql-replica', dbStatus(m.databases[1]));
  m.balancer?.machines.forEach((lb, i) => parts.set(i === 0 ? 'lb' : 'lb-2', lb.down ? 'down' : 'up'));
  const pick = <T extends ComponentStatus>(get: (p: (typeof perServer)[number]) => T): T => perServer.find((p) => get(p) === 'up') ? ('up' as T) : get(perServer[0]!);
  const summary: Record<Gauged, ComponentStatus> = {
    server: pick((p) => p.server),
    nginx: pick((p) => p.nginx),
    'app-server': pick((p) => p.app),
    mysql: dbStatus(m.databases[0]!),
  };
  return { parts, summary };
}
