/**
 * Rehearse the whiteboard: the items task 0 asks a learner to explain, each with a model answer and the
 * key points to tick. Facts from /work/shared/research/content.md §1.2, as the cards tell them.
 * Loaded with the rehearsal view, not with the first view.
 */
import { SERVER_IP, SITE_HOST } from '../sim/topology';
import type { MisconceptionRef } from './questions';
import { SOURCES as S } from './sources';
import type { ExplanationId, Source } from './types';
import type { CurriculumItem } from './walkthrough';

export interface RehearsalItem {
  id: CurriculumItem;
  /** What the mentor asks at the whiteboard. */
  prompt: string;
  /** Two or three sentences a reviewer would accept. */
  modelAnswer: string;
  /** Short key points the learner ticks when their own answer covered them. */
  checklist: readonly string[];
  /** The card that explains it, when one does. */
  card?: ExplanationId;
  /** Wrong answers this item makes the learner face (the cards' misconceptions). */
  misconceptions: readonly MisconceptionRef[];
  sources: readonly Source[];
}

export const REHEARSAL: readonly RehearsalItem[] = [
  {
    id: 'server',
    prompt: 'What is a server?',
    modelAnswer: `A computer, physical or virtual and usually in a data centre, that runs an operating system and server programs and answers clients’ requests over the network. Here one machine with one IP address, ${SERVER_IP}, runs everything.`,
    checklist: ['Serves clients: waits for requests and answers them', 'Physical or virtual, reached over the network', 'An IPv4 address is four numbers from 0 to 255'],
    card: 'server',
    misconceptions: [
      { card: 'server', myth: 'Any four numbers make an IP address' },
      { card: 'server', myth: `${SERVER_IP} is one computer in one place` },
    ],
    sources: [S.rfc791],
  },
  {
    id: 'domain-name',
    prompt: 'What is the role of the domain name?',
    modelAnswer: `A name people can remember instead of an IP address: DNS turns ${SITE_HOST} into ${SERVER_IP}. The owner can move the site by changing one record, and nobody changes their bookmarks.`,
    checklist: ['Human-readable name instead of an IP address', 'DNS maps the name to the IP address', 'www is a host name (subdomain) inside foobar.com'],
    card: 'domain',
    misconceptions: [
      { card: 'domain', myth: 'www.foobar.com and foobar.com are automatically the same site.' },
      { card: 'resolver', myth: 'Your browser asks foobar.com’s own name server' },
    ],
    sources: [S.cloudflareDns, S.rfc1034],
  },
  {
    id: 'dns-record-type',
    prompt: `What type of DNS record is www in ${SITE_HOST}?`,
    modelAnswer: `An A record: www.foobar.com. IN A ${SERVER_IP}. An A record maps a name to an IPv4 address; a CNAME points to another name, never to an address, so it cannot be the answer here.`,
    checklist: ['A record', 'Maps a name to an IPv4 address', 'Not a CNAME: a CNAME points to another name'],
    card: 'dns-record',
    misconceptions: [{ card: 'dns-record', myth: 'www in www.foobar.com is a CNAME record.' }],
    sources: [S.rfc1035, S.cloudflareARecord, S.cloudflareCname],
  },
  {
    id: 'web-server',
    prompt: 'What is the role of the web server?',
    modelAnswer: 'Nginx accepts the browsers’ HTTP and HTTPS connections on ports 80 and 443, serves static files itself and passes requests for dynamic pages to the application server (a reverse proxy). It can also terminate TLS.',
    checklist: ['Accepts connections on ports 80 and 443', 'Serves static files itself', 'Forwards dynamic requests to the application server'],
    card: 'nginx',
    misconceptions: [
      { card: 'nginx-app-server', myth: 'It is a LAMP stack' },
      { card: 'server', myth: 'The IP address takes the request to Nginx.' },
    ],
    sources: [S.nginxBeginners, S.nginxReverseProxy],
  },
  {
    id: 'application-server',
    prompt: 'What is the role of the application server?',
    modelAnswer: 'It runs the code base, the application files, to build dynamic pages: the business logic. It reads and writes the database and hands the page back to Nginx. Examples: Gunicorn for Python, PHP-FPM for PHP.',
    checklist: ['Runs the code base (business logic)', 'Builds dynamic pages', 'Talks to the database', 'Not the same program as the web server'],
    card: 'app-server',
    misconceptions: [
      { card: 'app-server', myth: 'The web server and the application server are the same thing.' },
      { card: 'app-files', myth: 'The application files are the application server.' },
    ],
    sources: [S.gunicornDeploy, S.phpFpmConf],
  },
  {
    id: 'database',
    prompt: 'What is the role of the database?',
    modelAnswer: 'MySQL stores the site’s data so it lasts between requests, and the application reads and writes it with SQL. It listens on port 3306, which only the application should reach.',
    checklist: ['Stores the data persistently', 'The application queries it with SQL', 'Port 3306, reached only by the application'],
    card: 'mysql',
    misconceptions: [{ card: 'mysql', myth: 'The browser talks to the database.' }],
    sources: [S.mysqlPorts],
  },
  {
    id: 'communication',
    prompt: 'What does the server use to communicate with the user’s computer?',
    modelAnswer: 'The TCP/IP suite over the internet: IP carries the packets, TCP makes them a reliable connection, and on top HTTPS (HTTP over TLS) on port 443, or plain HTTP on port 80.',
    checklist: ['TCP/IP', 'HTTP, or HTTPS (HTTP over TLS)', 'Ports 80 and 443'],
    card: 'browser-nginx',
    misconceptions: [{ card: 'browser-nginx', myth: 'The server communicates with the user’s computer using HTTP.' }],
    sources: [S.rfc9110, S.rfc8446],
  },
  {
    id: 'spof',
    prompt: 'Issue 1: why is this design a single point of failure?',
    modelAnswer: 'Everything (Nginx, the application, the code and MySQL) runs on one machine with one IP address. If it fails, the whole site is down and nothing can take over; the fix is redundancy, servers behind a load balancer.',
    checklist: ['Everything on one machine', 'One failure takes the whole site down', 'Fix: redundant servers behind a load balancer'],
    card: 'server',
    misconceptions: [
      { card: 'dns', myth: 'The DNS server is this site’s single point of failure.' },
      { card: 'mysql', myth: 'Add more web servers behind a load balancer' },
    ],
    sources: [S.haproxyActiveActive, S.keepalived],
  },
  {
    id: 'maintenance-downtime',
    prompt: 'Issue 2: why is there downtime during maintenance?',
    modelAnswer: 'To deploy new code a program must restart or reload, and there is no second server to take the traffic meanwhile. Restarting Nginx refuses connections and restarting the application server gives 502; a graceful reload loses nothing.',
    checklist: ['No second server to send users to', 'A restart leaves a gap of failed requests', 'A graceful reload (nginx -s reload) loses none'],
    card: 'nginx',
    misconceptions: [{ card: 'nginx', myth: 'To apply a change the web server has to be restarted' }],
    sources: [S.nginxControl, S.fowlerBlueGreen],
  },
  {
    id: 'scalability',
    prompt: 'Issue 3: why can this design not scale?',
    modelAnswer: 'One machine has a fixed number of CPU cores and workers, so it serves only so many requests a second. Past that, requests queue, pages slow down and fail; it can only grow by a bigger machine (scaling up), not by adding servers.',
    checklist: ['Fixed cores and workers: a ceiling on requests per second', 'Past it, queues grow and requests fail', 'Only scaling up, not out'],
    card: 'app-server',
    misconceptions: [{ card: 'app-server', myth: 'When the site is slow, add more workers.' }],
    sources: [S.phpFpmConf, S.gunicornDesign],
  },
];
