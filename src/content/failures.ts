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
      'The browser’s connection attempts (SYN packets) go unanswered. It retries with growing gaps (1, 2, 4, 8… seconds) and finally shows ERR_CONNECTION_TIMED_OUT, after about two minutes on Linux; requests already in flight are lost.',
    operatorSees: 'Silence: no logs, no metrics, SSH does not connect. Availability is zero until the machine is repaired or rebuilt.',
    fix: 'Redundancy: two or more servers behind a load balancer (such as HAProxy) that health-checks them and stops sending traffic to a dead one, and then a pair of load balancers sharing a virtual IP (keepalived) so the balancer is not the new single point of failure.',
    sources: [S.linuxIpSysctl, S.chromiumNetErrors, S.haproxyActiveActive, S.keepalived],
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
    fix: 'Reload gracefully (nginx -s reload, Gunicorn HUP, PHP-FPM USR2). With several servers behind a load balancer, deploy one server at a time (rolling deploy) or switch all traffic to an updated copy of production and back if needed (blue-green deploy).',
    sources: [S.nginxBeginners, S.nginxControl, S.gunicornSignals, S.phpFpmMan, S.chromiumNetErrors, S.fowlerBlueGreen, S.googleCre],
  },
  scalability: {
    title: 'Cannot scale with traffic',
    switchLabel: 'Too much traffic: the server cannot scale',
    what: 'More visitors arrive than the server can serve: a launch, a sale, a link shared widely.',
    why: 'One machine has a fixed number of CPUs and application workers (PHP-FPM’s default is 5), and each worker handles one request at a time. Throughput tops out near workers ÷ time per request (here 5 workers at about 43 ms each, about 116 dynamic requests per second); past that, requests queue, and waiting time explodes as the workers approach 100 % busy.',
    userSees:
      'Pages get slower and slower, then fail: once the application’s waiting line is full, new dynamic requests are turned away (502 Bad Gateway from Nginx); when the application itself is too slow, Nginx gives up after its proxy timeout (60 seconds by default) with 504 Gateway Timeout.',
    operatorSees: 'Every worker busy, a growing queue, p95 latency shooting up, and throughput stuck at the ceiling however much traffic arrives.',
    fix: 'Scale out, not only up: a bigger machine (scaling up) has a ceiling and needs downtime to move to, while scaling out adds servers behind a load balancer. Next steps are splitting web, application and database onto their own servers, and database replicas for reads.',
    sources: [S.phpFpmConf, S.gunicornDesign, S.nginxProxyModule, S.haproxyActiveActive, S.mysqlReplication],
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
