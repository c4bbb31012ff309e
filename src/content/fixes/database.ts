/**
 * Fixes for the database: a primary–replica pair, and MySQL on its own server.
 */
import { SOURCES as S } from '../sources';
import { MYSQL_MAX_CONNECTIONS, MYSQL_PORT } from './figures';
import type { Fix } from './types';

export const DATABASE_FIXES: Record<'replica' | 'split-db', Fix> = {
  replica: {
    id: 'replica',
    title: 'MySQL primary and replica',
    solves: ['spof', 'scalability'],
    points: [
      'Every write goes to the primary; the replica copies the primary’s changes.',
      'Reads may go to the replica, but it can lag behind: asynchronous by default.',
      'If the primary stops, writes stop; if the replica stops, only read capacity is lost.',
    ],
    role:
      'When you post, buy or sign up, the application writes to one MySQL server, the primary; a second server, the replica, copies every change the primary makes, a moment later. ' +
      'Pages that only read, like your feed, can be served from the replica, which takes load off the primary and keeps a second, up-to-date copy of the data online.',
    goodToKnow: [
      'MySQL replication is asynchronous by default: the primary does not wait for the replica, so a page read from the replica can miss a change made a moment ago (replication lag).',
      'Read your own writes: after you post, the application should read from the primary for a while, or you may not see your own post.',
      'Replicas are made read-only so that no one writes to them by mistake: read_only blocks ordinary users, super_read_only blocks even administrators; replication itself still applies the primary’s changes.',
      'A replica is not read-only by itself: read_only and super_read_only are off by default and must be switched on.',
      'If the primary fails, the replica can be promoted to primary, but plain MySQL replication does not do it by itself: a person or a tool must, and writes fail until then.',
      'Primary–primary (multi-primary) is different: every server accepts writes, and conflicting writes made at the same time on two servers must be detected and rolled back, as MySQL Group Replication does.',
      'A replica is not a backup: a mistaken DELETE on the primary is copied to the replica moments later.',
    ],
    misconceptions: [
      {
        myth: 'The replica takes care of the writes.',
        fact: 'The primary takes every write; the replica only copies the primary’s changes and can answer reads. A write sent to the replica would never reach the primary.',
      },
      {
        myth: 'The replica is a standby that switches on when the primary goes down.',
        fact: 'It runs all the time, copying changes and serving reads. It can be promoted when the primary fails, but someone or some tool has to do it.',
        verdict: 'incomplete',
      },
      {
        myth: 'Primary–replica and primary–primary are the same: two databases that both take writes.',
        fact: 'Primary–replica has one writer. In primary–primary every server takes writes, so writes to the same rows on two servers can conflict and one must be rolled back.',
      },
      {
        myth: 'With a replica, the data is backed up.',
        fact: 'A replica copies mistakes too: a DELETE on the primary reaches it moments later. It protects against a lost machine, not a lost row.',
      },
    ],
    newWeakness: 'The one primary still takes every write: if it stops, nothing can be posted or bought until a replica is promoted. Reads from the replica can be slightly out of date.',
    keyFacts: ['primary = writes', 'replica = reads', 'asynchronous', 'replication lag', 'super_read_only'],
    sources: [S.mysqlReplication, S.mysqlSuperReadOnly, S.perconaReadOnly, S.mysqlMultiPrimary],
    quote: { text: 'Replication is asynchronous by default', credit: 'MySQL 8.0 Reference Manual, Replication' },
    figures: {
      maxConnectionsPerServer: MYSQL_MAX_CONNECTIONS,
      port: MYSQL_PORT,
    },
  },
  'split-db': {
    id: 'split-db',
    title: 'The database on its own server',
    solves: ['scalability'],
    points: [
      'MySQL moves to its own machine; the web servers reach it over the network, port 3306.',
      'The database and the application no longer compete for the same CPU and memory.',
      'It is still one database: one more machine that must stay up.',
    ],
    role:
      'The data your pages need now lives on a machine of its own, so the database no longer competes with Nginx and the application for CPU and memory. ' +
      'The application servers reach it over the private network on port 3306 instead of a local socket, and several application servers can share it.',
    goodToKnow: [
      'Each tier can now be sized and scaled on its own: a database server wants memory and fast disks, an application server wants CPU.',
      'Every query now crosses the network, which adds a little latency to each one; a page that runs many queries feels it most.',
      'Port 3306 must now listen on the network, so a firewall must let only the application servers reach it.',
      'All application servers share its connections: 151 by default (max_connections).',
    ],
    misconceptions: [
      {
        myth: 'Putting the database on its own server removes a single point of failure.',
        fact: 'There is still one database, and now two machines must both be up for a page to work. Splitting helps capacity; only a replica adds a second copy.',
      },
      {
        myth: 'The browser can now talk to the database server directly.',
        fact: 'Only the application servers talk to MySQL. Port 3306 should be reachable from them alone, never from the internet.',
      },
    ],
    newWeakness: 'The database is still one machine, now reached over the network: if it stops, every page that needs data fails, and each query pays a network round trip.',
    keyFacts: ['own server', 'port 3306', 'firewall', 'max_connections 151'],
    sources: [S.mysqlPorts, S.mysqlTooManyConnections, S.f5WebVsApp],
    figures: {
      port: MYSQL_PORT,
      maxConnections: MYSQL_MAX_CONNECTIONS,
    },
  },
};
