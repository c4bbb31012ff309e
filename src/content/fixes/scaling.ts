/**
 * Fixes for traffic the one server cannot carry: a bigger server (vertical) or more servers (horizontal).
 */
import { CPU_CORES } from '../../sim/defaults';
import { SOURCES as S } from '../sources';
import { CHECK_INTERVAL, MYSQL_MAX_CONNECTIONS } from './figures';
import type { Fix } from './types';

export const SCALING_FIXES: Record<'scale-up' | 'scale-out', Fix> = {
  'scale-up': {
    id: 'scale-up',
    title: 'Scale up: more workers, more CPU cores',
    solves: ['scalability'],
    points: [
      'A bigger machine: more CPU cores, and more application workers to use them.',
      'More workers help only while requests wait; once every core is busy, they just queue.',
      'Still one machine, and changing its size usually means restarting it.',
    ],
    role:
      'When pages slow down under load, the quickest fix is a bigger server: more CPU cores to run the code that builds your page, and more application workers so more requests run at once. ' +
      'It raises the ceiling of requests per second, but you are still served by one machine.',
    goodToKnow: [
      `This model’s server has ${CPU_CORES} CPU cores. A worker uses a core only while it computes; while it waits for MySQL, another worker can use the core.`,
      'So more workers raise throughput only until the cores are busy all the time; beyond that, requests wait for the CPU and pages get slower, not faster.',
      'Gunicorn suggests (2 × CPU cores) + 1 workers as a starting point; PHP-FPM’s default pool runs 5 (pm.max_children = 5).',
      'More cores make the server handle more requests per second; they do not make one request faster.',
      'Every machine has a largest size: past it, scaling up has nowhere left to go.',
    ],
    misconceptions: [
      {
        myth: 'Doubling the workers doubles the requests the server can handle.',
        fact: 'Only while the workers spend their time waiting. Once the CPU cores are busy all the time, extra workers queue for the CPU: same throughput, slower pages.',
      },
      {
        myth: 'A bigger server also removes the single point of failure.',
        fact: 'It is still one machine: when it stops, the whole site stops. Only a second machine adds redundancy.',
      },
    ],
    newWeakness: 'Still one machine: a single point of failure, with a largest possible size, and resizing it usually means downtime.',
    keyFacts: ['vertical scaling', 'more cores', '(2 × cores) + 1', 'pm.max_children'],
    sources: [S.gunicornSettings, S.gunicornDesign, S.phpFpmConf],
    figures: {
      gunicornWorkersPerCore: { value: 2, unit: 'workers per CPU core, plus 1', source: S.gunicornSettings },
      phpFpmDefaultWorkers: { value: 5, unit: 'workers', source: S.phpFpmConf },
    },
  },
  'scale-out': {
    id: 'scale-out',
    title: 'Scale out: more application servers',
    solves: ['scalability'],
    points: [
      'Add identical servers behind the load balancer: 2, 3 or 4 here.',
      'Round robin gives each about an equal share of the requests.',
      'They all still share the balancer and the one MySQL database.',
    ],
    role:
      'Instead of one bigger machine, you add more machines like the first, and the load balancer spreads the requests for your pages across them. ' +
      'Each server has its own workers and cores, so the site can take more requests per second, and losing one server costs only its share of the capacity.',
    goodToKnow: [
      'With round robin and N equal servers, each gets about 1/N of the requests, so the queue on each grows as if traffic were N times lighter.',
      'The servers must be interchangeable: anything kept on one server’s disk or memory, like uploaded files or login sessions, must move to a shared place such as the database.',
      'Otherwise, balance source sends each client to the same server every time (by a hash of its IP address), at the cost of an uneven spread.',
      'Every server opens its own connections to MySQL, and they all count against its max_connections (151 by default).',
      'A new server starts getting traffic once its health checks pass (every 2 s).',
    ],
    misconceptions: [
      {
        myth: 'Four servers can always handle four times the traffic.',
        fact: 'Only if what they share keeps up: all four use the one balancer and the one MySQL database, which becomes the new limit.',
      },
      {
        myth: 'Any server can answer any request, whatever it stores.',
        fact: 'Only if the servers keep nothing of their own: a login kept in one server’s memory is unknown to the others. Keep it in a shared place.',
        verdict: 'incomplete',
      },
    ],
    newWeakness: 'The shared parts become the limit: the one load balancer and, above all, the one MySQL database, whose connections all the servers now share.',
    keyFacts: ['horizontal scaling', '2–4 servers', 'balance roundrobin', 'stateless servers'],
    sources: [S.haproxyConfig, S.mysqlTooManyConnections],
    figures: {
      checkInterval: CHECK_INTERVAL,
      sharedMysqlConnections: MYSQL_MAX_CONNECTIONS,
    },
  },
};
