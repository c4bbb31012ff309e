/**
 * Predict, then watch: a short question before a scene's control acts (and at two steps of the journey).
 * The wrong choices are the wrong answers learners really give (the cards' misconceptions), so the
 * scene that plays right after contradicts them. Loaded with the predictions, not with the first view.
 */
import { SERVER_IP } from '../sim/topology';
import { APP_WORKERS, CPU_CORES } from '../sim/defaults';
import type { BreakSceneId } from './sceneIds';
import { SOURCES as S } from './sources';
import { getExplanation } from './explanations';
import type { ExplanationId, Misconception, Source } from './types';

/** Where a question is asked: before a scene of "Break it", or in the journey of one request. */
export type QuestionScene = BreakSceneId | 'journey';

/**
 * When: `before` the scene's control acts, or about its `fix` once the scene has played; in the journey,
 * before the DNS lookup or before the second (warm) request.
 */
export type QuestionMoment = 'before' | 'fix' | 'dns' | 'second-request';

/** A misconception on a card: the card's id and the start of its myth, as written there. */
export interface MisconceptionRef {
  card: ExplanationId;
  myth: string;
}

export interface QuestionChoice {
  text: string;
  /** The misconception this wrong answer comes from, when it is one the cards list. */
  misconception?: MisconceptionRef;
}

export interface Question {
  /** Stable: reported to the course page (`answer` messages) and kept in the learner's progress. */
  id: string;
  scene: QuestionScene;
  moment: QuestionMoment;
  prompt: string;
  /** Three or four, each a plausible answer. */
  choices: readonly QuestionChoice[];
  /** Index into `choices`. */
  correct: number;
  /** One or two sentences, shown with the answer once the scene has played. */
  why: string;
  /** The card that explains it. */
  card: ExplanationId;
  sources: readonly Source[];
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'spof-browser',
    scene: 'spof',
    moment: 'before',
    prompt: 'The one server goes down. What does a visitor’s browser show?',
    choices: [
      { text: '404 Not Found' },
      {
        text: 'A DNS error: the name no longer resolves',
        misconception: { card: 'dns', myth: 'The DNS server is this site’s single point of failure.' },
      },
      { text: 'A spinner, then ERR_CONNECTION_TIMED_OUT' },
      { text: '502 Bad Gateway' },
    ],
    correct: 2,
    why: `DNS still answers ${SERVER_IP}, but nothing there answers the browser’s connection attempts, so no program is left to send a 404 or a 502. The visitor’s operating system resends its connection request (SYN), at growing gaps, and gives up after about two minutes on Linux.`,
    card: 'server',
    sources: [S.linuxIpSysctl, S.chromiumNetErrors],
  },
  {
    id: 'spof-fix',
    scene: 'spof',
    moment: 'fix',
    prompt: 'You add a second server behind a load balancer; both use the one MySQL. Is a single point of failure left?',
    choices: [
      {
        text: 'No: if one server fails, the other one serves',
        misconception: { card: 'mysql', myth: 'Add more web servers behind a load balancer' },
      },
      { text: 'Yes: the one MySQL server and the one load balancer' },
      {
        text: 'Yes: the DNS name servers for foobar.com',
        misconception: { card: 'dns', myth: 'The DNS server is this site’s single point of failure.' },
      },
    ],
    correct: 1,
    why: 'Every server depends on the one database, and every request passes the one balancer. The database needs a replica that can be promoted, the balancer a partner sharing a virtual IP.',
    card: 'mysql',
    sources: [S.mysqlReplication, S.haproxyActiveActive, S.keepalived],
  },
  {
    id: 'deploy-restart',
    scene: 'deploy',
    moment: 'before',
    prompt: 'You deploy new code by restarting the application server. For those few seconds, what do visitors get?',
    choices: [
      { text: 'Nothing: a restart is too quick to notice' },
      {
        text: 'ERR_CONNECTION_REFUSED: the whole site is down',
        misconception: { card: 'app-server', myth: 'The web server and the application server are the same thing.' },
      },
      { text: '502 Bad Gateway for pages; static files still load' },
      { text: 'A spinner, then ERR_CONNECTION_TIMED_OUT' },
    ],
    correct: 2,
    why: 'Nginx keeps running and accepts the connection, but finds no application server behind it, so it answers 502 Bad Gateway; the files it serves itself still load. Restarting Nginx instead gives ERR_CONNECTION_REFUSED.',
    card: 'app-server',
    sources: [S.nginxReverseProxy, S.chromiumNetErrors, S.gunicornSignals],
  },
  {
    id: 'deploy-reload',
    scene: 'deploy',
    moment: 'fix',
    prompt: 'You change Nginx’s configuration and apply it with nginx -s reload. How many requests fail?',
    choices: [
      { text: 'None: the old workers finish, new ones take over' },
      {
        text: 'A few seconds of them: every change needs a restart',
        misconception: { card: 'nginx', myth: 'To apply a change the web server has to be restarted' },
      },
      { text: 'Every request already in progress at that moment' },
    ],
    correct: 0,
    why: 'On a reload the master process starts workers with the new configuration while the old ones finish their requests, so the port never closes. Choose “Reload Nginx gracefully” and deploy to see an empty window.',
    card: 'nginx',
    sources: [S.nginxControl, S.nginxBeginners],
  },
  {
    id: 'scale-ceiling',
    scene: 'scale',
    moment: 'before',
    prompt: 'Traffic grows to twice what the server can serve. What happens to the pages served per second?',
    choices: [
      { text: 'They keep rising with the traffic, only more slowly' },
      { text: 'They stop at the ceiling while the queue grows' },
      { text: 'They fall to zero at once: the server crashes' },
    ],
    correct: 1,
    why: `${APP_WORKERS} workers each handle one request at a time, so the server serves at most its capacity however much arrives. The rest wait in the queue, pages slow down, and once the queue is full requests fail.`,
    card: 'app-server',
    sources: [S.phpFpmConf, S.gunicornDesign, S.linuxListen],
  },
  {
    id: 'scale-workers',
    scene: 'scale',
    moment: 'fix',
    prompt: `The server’s ${CPU_CORES} CPU cores are busy all the time. What do ten more application workers bring?`,
    choices: [
      {
        text: 'About twice as many pages served per second',
        misconception: { card: 'app-server', myth: 'When the site is slow, add more workers.' },
      },
      { text: 'The same pages per second, each one slower' },
      { text: 'Fewer timeouts, because the queue empties faster' },
    ],
    correct: 1,
    why: 'Extra workers help only while requests wait for something else. With every core busy they queue for the CPU instead: the same throughput, slower pages. Growing needs more servers.',
    card: 'app-server',
    sources: [S.gunicornDesign, S.phpFpmConf],
  },
  {
    id: 'journey-dns-first',
    scene: 'journey',
    moment: 'dns',
    prompt: 'Nothing is cached yet. The browser asks its recursive resolver; which server answers the query first?',
    choices: [
      {
        text: 'foobar.com’s own name server, which holds the record',
        misconception: { card: 'resolver', myth: 'Your browser asks foobar.com’s own name server' },
      },
      { text: 'The root server, with a referral to .com' },
      { text: 'The .com server, which knows every .com address' },
    ],
    correct: 1,
    why: 'The resolver starts at the root, which only refers it to the .com servers; they refer it to foobar.com’s name server, which finally answers with the A record.',
    card: 'resolver',
    sources: [S.rfc1034, S.cloudflareDns],
  },
  {
    id: 'journey-second-skip',
    scene: 'journey',
    moment: 'second-request',
    prompt: 'A second request for www.foobar.com follows the first. What does it skip?',
    choices: [
      { text: 'Nothing: every request starts again from DNS' },
      { text: 'The DNS lookup and the TCP and TLS handshakes' },
      { text: 'The application and MySQL: the page is remembered' },
      { text: 'Only the DNS lookup: the address is cached' },
    ],
    correct: 1,
    why: 'The address is in the browser’s cache and the connection is kept open (keep-alive), so the request goes straight out. The application still builds the page and queries MySQL again.',
    card: 'browser-nginx',
    sources: [S.chromiumHostCache, S.rfc9112],
  },
];

/** The questions asked in one scene, in the order they are asked. */
export function questionsFor(scene: QuestionScene): Question[] {
  return QUESTIONS.filter((q) => q.scene === scene);
}

/**
 * The one misconception a reference names on its card; undefined when it names none or several. Matched on
 * the English cards (`getExplanation` is never localized), so a translation cannot break it: localize the
 * result to show it.
 */
export function findMisconception(ref: MisconceptionRef): Misconception | undefined {
  const found = (getExplanation(ref.card)?.misconceptions ?? []).filter((m) => m.myth.startsWith(ref.myth));
  return found.length === 1 ? found[0] : undefined;
}
