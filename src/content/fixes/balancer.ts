/**
 * Fixes built on a load balancer: a second server behind HAProxy, a pair of balancers sharing a virtual
 * IP, and the rolling deploy they make possible.
 */
import { SITE_HOST } from '../../sim/topology';
import { SOURCES as S } from '../sources';
import {
  ADVERT_INTERVAL,
  BACKUP_PRIORITY,
  CHECK_FALL,
  CHECK_INTERVAL,
  CHECK_RISE,
  DETECTION_TIME,
  MASTER_DOWN_INTERVAL,
  RECOVERY_TIME,
  SKEW_TIME,
} from './figures';
import type { Fix } from './types';

export const BALANCER_FIXES: Record<'lb' | 'lb-pair' | 'rolling', Fix> = {
  lb: {
    id: 'lb',
    title: 'A second server behind a load balancer',
    solves: ['spof', 'scalability'],
    points: [
      `${SITE_HOST} now points at HAProxy, which passes each request to server-1 or server-2.`,
      'Round robin takes the servers in turn; least connections picks the least busy one.',
      'Health checks every 2 s: after 3 failures in a row, a server leaves the pool.',
    ],
    role:
      `Your browser now reaches a load balancer, HAProxy on its own machine, because the A record of ${SITE_HOST} holds the balancer’s address instead of the server’s. ` +
      'HAProxy forwards each request to one of two identical servers, each with Nginx, the application server and the code base, and stops sending to a server that fails its health checks, so one dead server no longer takes the site down.',
    goodToKnow: [
      'balance roundrobin uses each server in turn (by weight) and is the usual choice for short HTTP requests; balance leastconn sends each new connection to the server with the fewest, which HAProxy recommends for long sessions such as SQL or LDAP.',
      'A server line with check is probed every inter (2000 ms by default); fall (default 3) failed checks in a row mark it down, rise (default 2) passed checks mark it up again.',
      'So a server that dies is noticed after about 6 seconds at the defaults: requests sent to it in that time fail. A repaired server gets traffic again about 4 seconds after it answers.',
      'Both servers serve at the same time, so their capacity adds up: this setup is active–active.',
      'What stays single: the one HAProxy machine, and the one MySQL database that both servers use.',
    ],
    misconceptions: [
      {
        myth: 'Round robin is active–active.',
        fact: 'Round robin is how the balancer picks a server. Active–active or active–passive says whether the spare machines serve or wait. Here both servers serve, but that is not what round robin means.',
        verdict: 'incomplete',
      },
      {
        myth: 'With a load balancer, a server that dies costs no requests.',
        fact: 'The balancer only learns from its health checks. Until 3 checks 2 s apart have failed, about 6 seconds, it still sends that server requests, and they fail.',
      },
      {
        myth: 'With two servers behind a load balancer there is no single point of failure left.',
        fact: 'Every request now passes through the one balancer, and both servers use the one MySQL database. If either stops, the whole site stops.',
      },
    ],
    newWeakness: 'The load balancer is now the single point of failure: if that one machine stops, no request reaches either server. Both servers still share the one MySQL database.',
    keyFacts: ['HAProxy', 'balance roundrobin', 'balance leastconn', 'inter 2s fall 3 rise 2', 'active–active'],
    sources: [S.haproxyConfig, S.haproxyActiveActive],
    quote: { text: 'If left unspecified, the delay defaults to 2000 ms.', credit: 'HAProxy Configuration Manual, on inter' },
    figures: {
      checkInterval: CHECK_INTERVAL,
      fall: CHECK_FALL,
      rise: CHECK_RISE,
      detectionTime: DETECTION_TIME,
      recoveryTime: RECOVERY_TIME,
    },
  },
  'lb-pair': {
    id: 'lb-pair',
    title: 'A pair of load balancers sharing a virtual IP',
    solves: ['spof'],
    points: [
      'Two HAProxy machines share one virtual IP address, which the DNS record points at.',
      'keepalived (VRRP) keeps the address on the active one; the other waits: active–passive.',
      'If the active one falls silent for about 3.6 s, the backup takes the address.',
    ],
    role:
      `Your browser still connects to one address for ${SITE_HOST}, but that address now belongs to no single machine: it is a virtual IP shared by two HAProxy machines running keepalived. ` +
      'The active one holds the address and sends a VRRP advertisement every second; when those stop, the backup takes the address over and your next connection reaches it instead.',
    goodToKnow: [
      'keepalived implements VRRP, the Virtual Router Redundancy Protocol: the machine with the highest priority becomes the master and holds the virtual IP.',
      'The master advertises once per Advertisement_Interval (1 second by default). A backup declares it down after Master_Down_Interval = 3 × Advertisement_Interval + Skew_Time.',
      'Skew_Time = ((256 − priority) × Advertisement_Interval) / 256, so a backup of priority 100 (the default) waits 3 + 0.61 ≈ 3.6 seconds.',
      'Connections that were open through the failed balancer are lost; new connections reach the backup.',
      'The DNS record does not change: it points at the virtual IP, so no cached record has to expire.',
      'Active–active pairs also exist (both balancers serving, for example with two virtual IPs in DNS), but the usual keepalived pair is active–passive.',
    ],
    misconceptions: [
      {
        myth: 'The two load balancers share the traffic.',
        fact: 'In the usual keepalived pair only the machine holding the virtual IP works; the other waits, listening for its advertisements. That is active–passive: a spare, not extra capacity.',
      },
      {
        myth: 'If the active balancer fails, the backup takes over instantly.',
        fact: 'The backup waits for three missed advertisements plus a skew time: about 3.6 seconds at the defaults. Requests in that gap fail.',
      },
      {
        myth: 'When a balancer fails, DNS is changed to point at the other one.',
        fact: 'The A record points at the virtual IP, and the address itself moves to the backup. DNS stays the same, so cached records do no harm.',
      },
    ],
    newWeakness: 'The backup balancer sits idle, and a failover still costs about 3.6 seconds of failed requests. The one MySQL primary is still the single point of failure behind them.',
    keyFacts: ['keepalived', 'VRRP', 'virtual IP', 'active–passive', 'advert_int 1'],
    sources: [S.keepalived, S.rfc5798, S.haproxyActiveActive],
    quote: {
      text: 'High availability is achieved by the Virtual Redundancy Routing Protocol (VRRP).',
      credit: 'Keepalived documentation, Introduction',
    },
    figures: {
      advertInterval: ADVERT_INTERVAL,
      backupPriority: BACKUP_PRIORITY,
      skewTime: SKEW_TIME,
      failoverTime: MASTER_DOWN_INTERVAL,
    },
  },
  rolling: {
    id: 'rolling',
    title: 'Deploy server by server (rolling deploy)',
    solves: ['maintenance'],
    points: [
      'Take one server out of the balancer, let it finish, update and restart it.',
      'Put it back once its health checks pass, then do the next server.',
      'The other servers carry the traffic meanwhile: no request fails.',
    ],
    role:
      'With two or more servers behind the balancer, you never have to stop them all at once: you drain one server (the balancer sends it no new requests), wait for its running requests to finish, deploy the new code and restart it. ' +
      'Once it passes its health checks it gets traffic again, and you move on to the next, so the users of the site never see a gap.',
    goodToKnow: [
      'Drain on purpose: HAProxy’s set server <backend>/<server> state drain stops new traffic to a server but keeps checking it; maint stops traffic and checks; ready puts it back.',
      'Stopping a server without draining it first lets the health checks find out, about 6 seconds later, and the requests sent to it meanwhile fail.',
      'A re-added server gets traffic after rise (2) passed checks, 2 s apart: about 4 seconds.',
      'A graceful restart lets running requests finish: Gunicorn gives its workers graceful_timeout (30 s by default) before it kills them.',
      'During the roll, old and new code serve at the same time, so a change (say, to the database tables) must work with both versions.',
      'While one server is out, the others carry all the traffic: with two servers, half the capacity, so roll when traffic is low.',
      'Blue-green is the other common way: run the new version on a second set of servers and switch all traffic over at once.',
    ],
    misconceptions: [
      {
        myth: 'A zero-downtime deploy means deploying very fast.',
        fact: 'Speed is not the point: there is always at least one server serving. Each server is drained before its restart and re-added after its checks pass, one at a time.',
      },
      {
        myth: 'Just stop the server; the load balancer will notice.',
        fact: 'It notices only after 3 failed health checks, about 6 seconds, and the requests sent to the server in that time fail. Drain it first.',
      },
      {
        myth: 'With a load balancer, restarting all the servers at once is safe.',
        fact: 'If all are down together, the balancer has nowhere to send requests and the site is down, just as with one server. Roll them one by one.',
      },
    ],
    newWeakness: 'While one server is out, the rest carry all the traffic, so a roll at peak time can overload them. Old and new code run side by side during the roll.',
    keyFacts: ['drain', 'state maint', 'one server at a time', 'graceful_timeout 30s', 'blue-green'],
    sources: [S.haproxyManagement, S.haproxyConfig, S.gunicornSettings, S.gunicornSignals, S.fowlerBlueGreen],
    quote: {
      text: 'Setting the mode to "drain" only removes the server from load balancing but still allows it to be checked and to accept new persistent connections.',
      credit: 'HAProxy Management Guide, set server … state',
    },
    figures: {
      checkInterval: CHECK_INTERVAL,
      rise: CHECK_RISE,
      readdTime: RECOVERY_TIME,
      detectionTimeUndrained: DETECTION_TIME,
      gracefulTimeout: { value: 30, unit: 's', source: S.gunicornSettings },
    },
  },
};
