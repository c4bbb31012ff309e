/**
 * The three issues of the one-server stack, the deploy choices of the maintenance switch, and the
 * availability figures that go with them.
 */
import { OUTCOME_SYMPTOM, type FailedOutcome, type FailureKind } from '../sim/types';
import { SOURCES as S } from './sources';
import type { Source } from './types';

export { AVAILABILITY_SOURCES, NINES, allowedDowntime, deployDowntime, formatDuration, type NinesRow } from './availability';

export type IssueId = 'spof' | 'maintenance' | 'scalability';

export interface FailureExplanation {
  title: string;
  /** The text of the switch that turns the issue on. */
  switchLabel: string;
  what: string;
  why: string;
  userSees: string;
  operatorSees: string;
  /** How it is fixed, in short. */
  fix: string;
  sources: Source[];
}

export const FAILURE_EXPLANATIONS: Record<IssueId, FailureExplanation> = {
  spof: {
    title: 'Single point of failure',
    switchLabel: 'Single point of failure: the server goes down',
    what: 'The one server that runs everything stops: a power cut, a broken disk, a kernel crash or a network fault.',
    why: 'Nginx, the application server, the code and MySQL all live on that one machine, and the DNS record points only at its IP address. There is no second copy, so nothing can take over.',
    userSees:
      'The browser’s connection attempts (SYN packets) go unanswered. A Linux computer resends the SYN every second at first, then at doubling gaps (2, 4, 8… seconds), and shows ERR_CONNECTION_TIMED_OUT after about 131 seconds; Windows gives up after about 20 to 30 seconds and macOS after 75. The timings shown here are the Linux client’s. Requests already in flight are lost.',
    operatorSees: 'Silence: no logs, no metrics, SSH does not connect. Availability is zero until the machine is repaired or rebuilt.',
    fix: 'Redundancy: two or more servers behind a load balancer (such as HAProxy) that health-checks them and stops sending traffic to a dead one, and then a pair of load balancers sharing a virtual IP (keepalived) so the balancer is not the new single point of failure. That still leaves one MySQL server: while every web server depends on it, the database is the single point of failure, until it gets a replica that can be promoted to primary.',
    sources: [S.linuxIpSysctl, S.windowsSynRetries, S.xnuTcpTimer, S.chromiumNetErrors, S.haproxyActiveActive, S.keepalived, S.mysqlReplication],
  },
  maintenance: {
    title: 'Downtime during maintenance',
    switchLabel: 'Downtime during maintenance: deploy new code',
    what: 'You deploy new code or change a configuration, so a program on the server must pick up the change: the application server, Nginx, and now and then MySQL or the whole machine (a kernel update means a reboot).',
    why: 'With one server there is nowhere else to send users while a program restarts. How the change is applied decides the damage: a restart leaves a gap, a graceful reload does not.',
    userSees:
      'While Nginx restarts, nothing listens on ports 80 and 443, so the browser shows ERR_CONNECTION_REFUSED at once. While the application server restarts, Nginx is still up and answers 502 Bad Gateway. During a graceful reload nobody notices anything.',
    operatorSees:
      'A burst of failed requests for as long as the restart lasts, and in Nginx’s error log lines such as “connect() failed (111: Connection refused) while connecting to upstream”.',
    fix: 'Reload gracefully: nginx -s reload (SIGHUP), and Gunicorn’s SIGHUP, which loads new code unless preload_app is on. PHP-FPM’s SIGUSR2 is graceful only with process_control_timeout set (by default it cuts off running requests), and PHP code usually needs no reload: OPcache picks up changed files. With several servers behind a load balancer, deploy one server at a time (rolling deploy) or switch all traffic to an updated copy of production and back if needed (blue-green deploy).',
    sources: [S.nginxBeginners, S.nginxControl, S.gunicornSignals, S.phpFpmMan, S.phpFpmGlobalConf, S.phpOpcache, S.chromiumNetErrors, S.fowlerBlueGreen, S.googleCre],
  },
  scalability: {
    title: 'Cannot scale with traffic',
    switchLabel: 'Too much traffic: the server cannot scale',
    what: 'More visitors arrive than the server can serve: a launch, a sale, a link shared widely.',
    why: 'One machine has a fixed number of CPU cores and application workers (PHP-FPM’s default is 5), and each worker handles one request at a time. A request holds its worker for its CPU work plus its waiting (for MySQL, say), so throughput tops out at the lower of two ceilings: workers ÷ time each request holds a worker, and CPU cores ÷ CPU time per request. Past that, requests queue, and waiting time explodes as the server approaches 100 % busy; once the cores are full, more workers add nothing.',
    userSees:
      'Pages get slower and slower, then fail. Once the application’s waiting line (its listen backlog on 127.0.0.1:8000) is full, Linux silently drops Nginx’s new connection attempts, so Nginx keeps retrying until proxy_connect_timeout (60 seconds by default) and answers 504 Gateway Timeout. If Nginx itself runs out of connections (worker_connections, counting both sides of every forwarded request), it closes new ones at once (ERR_CONNECTION_RESET or ERR_EMPTY_RESPONSE), and a request with no connection left to reach the application gets 500 Internal Server Error.',
    operatorSees: 'Every worker busy, the CPU at 100 %, a growing queue, p50 and p95 latency shooting up, and throughput stuck at the ceiling however much traffic arrives; Nginx’s error log fills with “upstream timed out (110: Connection timed out) while connecting to upstream”.',
    fix: 'In this design the only way to grow is a bigger machine (scaling up), which has a ceiling and needs downtime to move to; scaling out, adding servers behind a load balancer, needs the next design. Next steps are splitting web, application and database onto their own servers, and database replicas for reads.',
    sources: [S.phpFpmConf, S.gunicornDesign, S.nginxProxyModule, S.nginxCoreModule, S.linuxListen, S.haproxyActiveActive, S.mysqlReplication],
  },
};

/** The three ways the maintenance switch can apply a change. */
export type DeployMethod = Extract<FailureKind, 'nginx-restart' | 'app-restart' | 'nginx-reload'>;

export interface DeployMethodInfo {
  label: string;
  /** The command an operator would type. */
  command: string;
  /** One sentence: what happens to requests meanwhile. */
  explanation: string;
  /** What users end up with for requests that hit the window; `null` when none is lost. */
  outcome: FailedOutcome | null;
  /** What the browser shows, or that nothing is lost. */
  symptom: string;
}

export const DEPLOY_METHODS: Record<DeployMethod, DeployMethodInfo> = {
  'nginx-restart': {
    label: 'Restart Nginx',
    command: 'systemctl restart nginx',
    explanation:
      'Nginx stops and starts again, and while it is down nothing listens on ports 80 and 443, so new connections are reset and the browser shows ERR_CONNECTION_REFUSED.',
    outcome: 'refused',
    symptom: OUTCOME_SYMPTOM.refused,
  },
  'app-restart': {
    label: 'Restart the application server',
    command: 'systemctl restart gunicorn',
    explanation:
      'Nginx stays up but finds nobody at 127.0.0.1:8000 until the new application server is ready, so it answers dynamic requests with 502 Bad Gateway (static files are still served).',
    outcome: 'bad-gateway',
    symptom: OUTCOME_SYMPTOM['bad-gateway'],
  },
  'nginx-reload': {
    label: 'Reload Nginx gracefully',
    command: 'nginx -s reload',
    explanation:
      'The master process starts new workers with the new configuration while the old ones finish their current requests, so the port never closes and no request is lost.',
    outcome: null,
    symptom: 'None: no request is lost',
  },
};
